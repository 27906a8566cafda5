"""Reads of reports, shared by the pages, the admin and commands."""

from .choices import STATUS_EXPLANATIONS, Status
from .models import Report, ReportFormPage, TrackingPage


def report_for_tracking(pk: int) -> Report | None:
    return Report.objects.filter(pk=pk).first()


def timeline(report: Report) -> list[dict]:
    """Each status the case has reached, with its date, in plain language."""
    steps = []
    for change in report.status_changes.all():
        steps.append(
            {
                "status": Status(change.status).label,
                "explanation": STATUS_EXPLANATIONS[Status(change.status)],
                "date": change.created_at,
                "current": False,
            }
        )
    if steps:
        steps[-1]["current"] = True
    return steps


def tracking_page() -> TrackingPage | None:
    return TrackingPage.objects.live().first()


def report_pages(home):
    """The live report form and tracking page under ``home`` (one query)."""
    pages = {
        page.specific_class: page
        for page in home.get_children().live().type(ReportFormPage, TrackingPage)
    }
    return pages.get(ReportFormPage), pages.get(TrackingPage)
