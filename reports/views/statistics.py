"""Statistics for the ministry, for case managers only: a page with charts
and tables, and the same figures as CSV (counts and durations only; small
counts hidden; every export in the audit trail)."""

import csv
from datetime import timedelta

from django import forms
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log

from .. import charts, statistics
from ..models import StatisticsExport
from ..permissions import case_policy

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=_("Received from"), widget=AdminDateInput)
    date_to = forms.DateField(label=_("Received until"), widget=AdminDateInput)

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data


def default_period():
    today = timezone.localdate()
    return today.replace(day=1) - timedelta(days=335), today


def safe_cell(value) -> str:
    """A CSV cell that no spreadsheet runs as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class StatisticsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/statistics.html"
    page_title = _("Case statistics")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not case_policy.user_has_permission(request.user, "stats"):
            raise Http404  # as if there were nothing here
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        start, end = default_period()
        self.form = PeriodForm(
            request.GET or None, initial={"date_from": start, "date_to": end}
        )
        if self.form.is_bound and self.form.is_valid():
            start, end = (
                self.form.cleaned_data["date_from"],
                self.form.cleaned_data["date_to"],
            )
        self.figures = statistics.figures(start, end)
        if request.GET.get("format") == "csv" and not self.form.errors:
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figures = self.figures
        context.update(
            form=self.form,
            figures=figures,
            charts=[
                (
                    section,
                    charts.bar_chart(section.rows, horizontal=section.key != "months"),
                )
                for section in figures.sections
                if section.rows
            ],
            csv_query=f"date_from={figures.start}&date_to={figures.end}&format=csv",
        )
        return context

    def csv_response(self):
        figures = self.figures
        export = StatisticsExport.objects.create(
            user=self.request.user, date_from=figures.start, date_to=figures.end
        )
        log(instance=export, action="reports.export", user=self.request.user)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="case-statistics-{figures.start}-{figures.end}.csv"'
        )
        response["Cache-Control"] = "no-store, private"
        response.write("\ufeff")  # so spreadsheet programs read the Thai as UTF-8
        writer = csv.writer(response)
        writer.writerow(
            [safe_cell(_("Figure")), safe_cell(_("Item")), safe_cell(_("Cases"))]
        )
        writer.writerow([_("Period"), f"{figures.start} – {figures.end}", ""])
        writer.writerow([_("Cases received"), "", statistics.suppressed(figures.total)])
        for section in figures.sections:
            for label, count in section.rows:
                writer.writerow(
                    [
                        safe_cell(section.title),
                        safe_cell(label),
                        statistics.suppressed(count),
                    ]
                )
        for duration in figures.durations:
            shown = duration.count >= statistics.SMALLEST_SHOWN
            writer.writerow(
                [
                    safe_cell(duration.title),
                    _("median hours"),
                    f"{duration.median_hours:.1f}"
                    if shown and duration.median_hours is not None
                    else "",
                ]
            )
            writer.writerow(
                [
                    safe_cell(duration.title),
                    _("90th percentile, hours"),
                    f"{duration.p90_hours:.1f}"
                    if shown and duration.p90_hours is not None
                    else "",
                ]
            )
        writer.writerow(
            [_("Overdue now"), "", statistics.suppressed(figures.overdue_now)]
        )
        return response
