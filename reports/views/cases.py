"""The case queue in the Wagtail admin: Wagtail's generic index and inspect
views, narrowed to what each member of staff may see (reports/permissions.py).

The list never decrypts anything and searches by reference only. The case
page decrypts what the complainant wrote only for someone with the "read"
permission, and logs every opening; its small action forms post back to it
(reports/case_forms.py) and each leaves an audit entry. Files are downloaded
(or previewed, for pictures) through ``download``, which checks, logs and
sends them so that no browser renders them as a page.
"""

from datetime import timedelta
from urllib.parse import quote

import django_filters
from django import forms
from django.contrib import messages
from django.db.models import Case, F, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views import View
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, Table, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView

from .. import audit, selectors, services, storage
from ..case_forms import ACTION_FORMS, AssignForm, TakeForm
from ..choices import Category, State
from ..models import Agency, Report
from ..permissions import case_policy
from ..states import TransitionRefused

DUE_SOON = timedelta(days=2)


def annotated(cases):
    """What the list shows, computed in the same query."""
    return (
        selectors.with_latest_agency(cases)
        .select_related("province", "assignee")
        .annotate(
            due_on=Case(
                When(state=State.CLOSED, then=None),
                When(acknowledged_at__isnull=True, then=F("acknowledge_by")),
                When(answered_at__isnull=True, then=F("answer_by")),
                default=None,
            ),
            is_closed=Case(When(state=State.CLOSED, then=1), default=0),
        )
    )


class CaseFilterSet(WagtailFilterSet):
    received = django_filters.DateFromToRangeFilter(
        label=pgettext_lazy("date a case came in", "Received"),
        field_name="created_at",
        widget=DateRangePickerWidget,
    )
    state = django_filters.ChoiceFilter(label=_("State"), choices=State.choices)
    urgent = django_filters.BooleanFilter(
        label=_("Urgent"),
        widget=forms.Select(
            choices=[("", "---------"), (True, _("Yes")), (False, _("No"))]
        ),
    )
    category = django_filters.ChoiceFilter(
        label=_("What happened"), choices=Category.choices
    )
    province = django_filters.ModelChoiceFilter(
        label=_("Province"), queryset=Report.province.field.related_model.objects.all()
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=None, null_label=_("Nobody")
    )
    agency = django_filters.ModelChoiceFilter(
        label=_("Agency"),
        field_name="referrals__agency",
        queryset=Agency.objects.all(),
        distinct=True,
    )
    due = django_filters.ChoiceFilter(
        label=_("Due"),
        choices=[("overdue", _("Overdue")), ("soon", _("Due within 2 days"))],
        method="filter_due",
    )

    class Meta:
        model = Report
        fields = []

    def __init__(self, *args, **kwargs):
        from ..case_forms import case_staff

        super().__init__(*args, **kwargs)
        self.filters["assignee"].queryset = case_staff()

    def filter_due(self, queryset, name, value):
        now = timezone.now()
        if value == "overdue":
            return queryset.filter(due_on__lt=now)
        return queryset.filter(due_on__gte=now, due_on__lt=now + DUE_SOON)


class CaseTable(Table):
    def get_row_classname(self, instance):
        classes = []
        due = getattr(instance, "due_on", None)
        if due and due < timezone.now():
            classes.append("case-row--overdue")
        if instance.urgent and instance.state != State.CLOSED:
            classes.append("case-row--urgent")
        return " ".join(classes)


class ChoiceColumn(Column):
    """A choice field's label."""

    def get_value(self, instance):
        return getattr(instance, f"get_{self.accessor}_display")()


class DueColumn(Column):
    cell_template_name = "reports/admin/due_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        due = instance.due_on
        context["overdue"] = bool(due and due < timezone.now())
        return context


class ReceivedColumn(Column):
    """The hour a case came in (that is all that is recorded of it)."""

    cell_template_name = "reports/admin/received_cell.html"


class StateColumn(Column):
    cell_template_name = "reports/admin/state_cell.html"


class HiddenFromOthers:
    """To anyone without the permission a case view needs, it answers 404,
    as if the queue did not exist (Wagtail's own views redirect to the
    dashboard with "permission denied", which would say there is something
    to deny)."""

    hidden_unless = "view"

    def dispatch(self, request, *args, **kwargs):
        if not case_policy.user_has_permission(request.user, self.hidden_unless):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class CaseIndexView(HiddenFromOthers, IndexView):
    any_permission_required = ["view"]
    results_template_name = "reports/admin/index_results.html"
    default_ordering = ["is_closed", "-urgent", "created_at"]
    table_class = CaseTable
    search_fields = ["reference"]
    search_backend_name = None  # the ORM, on the reference: nothing is indexed

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = False  # no spreadsheet of cases (?export=csv)

    def get_base_queryset(self):
        return annotated(
            case_policy.instances_user_has_any_permission_for(
                self.request.user, ["view"]
            )
        )

    def get_valid_orderings(self):
        return [*super().get_valid_orderings(), self.default_ordering]

    def order_queryset(self, queryset):
        ordering = self.ordering
        if not isinstance(ordering, list | tuple):
            ordering = [ordering]
        return queryset.order_by(*ordering, "pk")  # pk: stable pages

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label=_("Reference"),
                url_name="reports_case:inspect",
                sort_key="reference",
            ),
            ReceivedColumn(
                "created_at",
                label=pgettext_lazy("date a case came in", "Received"),
                sort_key="created_at",
            ),
            ChoiceColumn("category", label=_("What happened")),
            Column("province", label=_("Province")),
            Column(
                "urgent",
                label=_("Urgent"),
                accessor=lambda case: _("Urgent") if case.urgent else "",
                sort_key="urgent",
            ),
            StateColumn("state", label=_("State"), sort_key="state"),
            Column(
                "assignee",
                label=_("Assigned to"),
                accessor=lambda case: (
                    case.assignee
                    and (case.assignee.get_full_name() or case.assignee.get_username())
                ),
            ),
            Column("latest_agency", label=_("Agency")),
            DueColumn("due_on", label=_("Due"), sort_key="due_on"),
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["state_counts"] = selectors.state_counts(self.get_base_queryset())
        return context


class CaseInspectView(HiddenFromOthers, InspectView):
    """The case page. GET shows it; POST runs one action form."""

    any_permission_required = ["view"]
    page_title = _("Case")
    template_name = "reports/admin/case.html"
    http_method_names = ["get", "post"]

    def get_object(self, queryset=None):
        visible = case_policy.instances_user_has_any_permission_for(
            self.request.user, ["view"]
        )
        return get_object_or_404(
            visible.select_related("province", "assignee").prefetch_related(
                "referrals__agency", "referrals__created_by"
            ),
            pk=self.pk,
        )

    def get_page_subtitle(self):
        return self.object.reference

    @cached_property
    def header_more_buttons(self):
        return []

    def may(self, action):
        return case_policy.user_has_permission(self.request.user, action)

    def get_fields(self):
        return []

    def action_forms(self, bound=None):
        """The forms this user may use, ``bound`` the one being posted."""
        user, case = self.request.user, self.object
        forms_ = {}
        for name, form_class in ACTION_FORMS.items():
            if not (self.may("change") and self.may(form_class.action)):
                continue
            if form_class is TakeForm and (
                case.assignee_id is not None or self.may("assign")
            ):
                continue
            if form_class is AssignForm and not self.may("assign"):
                continue
            if name == "referral" and not case.referrals.all():
                continue
            forms_[name] = (
                bound
                if bound is not None and bound.prefix_name == name
                else form_class(case=case, user=user)
            )
        if case.state == State.CLOSED:
            for name in ("triage", "refer", "take"):
                forms_.pop(name, None)
        return forms_

    def post(self, request, *args, **kwargs):
        name = request.POST.get("form")
        form_class = ACTION_FORMS.get(name)
        if form_class is None or not (
            self.may("change") and self.may(form_class.action)
        ):
            raise Http404
        form = form_class(request.POST, case=self.object, user=request.user)
        if name not in self.action_forms():
            raise Http404
        if form.is_valid():
            try:
                form.save()
            except TransitionRefused:
                form.add_error(None, _("The case moved on meanwhile; look again."))
            else:
                messages.success(request, _("Saved."))
                return redirect("reports_case:inspect", self.object.pk)
        return self.render_to_response(self.get_context_data(bound_form=form))

    def get_context_data(self, bound_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        can_read = self.may("read")
        services.case_opened(case=case, user=self.request.user, content=can_read)
        context.update(
            case=case,
            can_read=can_read,
            action_forms=self.action_forms(bound_form),
            referrals=case.referrals.all(),
            attachments=list(case.attachments.all()) if can_read else [],
            conversation=list(case.messages.select_related("author"))
            if can_read
            else [],
            notes=list(case.notes.select_related("author")) if can_read else [],
            contact_rows=selectors.contact_details(case) if can_read else [],
            timeline=case.status_changes.all(),
            audit_trail=(selectors.audit_trail(case) if self.may("audit") else None),
        )
        return context


class FileView(HiddenFromOthers, View):
    """One attachment, decrypted, to a member of staff allowed to read the
    case: as a download, or inline for a picture preview. Logged."""

    hidden_unless = "read"
    error_unavailable = _(
        "This file cannot be opened just now: the file storage did not answer. "
        "Try again in a few minutes; if it keeps failing, tell the administrator."
    )

    def get(self, request, pk, file_pk):
        visible = case_policy.instances_user_has_any_permission_for(
            request.user, ["read"]
        )
        case = get_object_or_404(visible, pk=pk)
        attachment = get_object_or_404(case.attachments, pk=file_pk)
        try:
            data = storage.read(attachment.stored_name)
        except OSError:  # the storage is down, or the file is gone
            messages.error(request, FileView.error_unavailable)
            return redirect("reports_case:inspect", case.pk)
        preview = "preview" in request.GET and attachment.content_type.startswith(
            "image/"
        )
        audit.record(
            case, "reports.download", request.user, file=attachment.pk, preview=preview
        )
        response = HttpResponse(data, content_type=attachment.content_type)
        disposition = "inline" if preview else "attachment"
        response["Content-Disposition"] = (
            f"{disposition}; filename*=UTF-8''{quote(attachment.original_name)}"
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response["Cache-Control"] = "no-store, private"
        response["Referrer-Policy"] = "no-referrer"
        return response


def file_url(case, attachment, *, preview=False) -> str:
    url = reverse("reports_case:file", args=[case.pk, attachment.pk])
    return f"{url}?preview=1" if preview else url
