"""Reads of reports, shared by the pages, the admin and commands."""

from datetime import datetime, time, timedelta

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import STATUS_EXPLANATIONS, State, Status
from .models import CaseLogEntry, Referral, Report, StaffScope, TrackingPage


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


def reply_by(report: Report):
    """By when the complainant can expect a first real answer: only while
    one is still owed (not answered, not waiting for them, not closed)."""
    if report.answered_at or report.state in (State.WAITING, State.CLOSED):
        return None
    return report.answer_by


def tracking_page() -> TrackingPage | None:
    return TrackingPage.objects.live().first()


# --- Staff side -------------------------------------------------------------


def scope_provinces(user) -> list[int]:
    return list(
        StaffScope.provinces.through.objects.filter(staffscope__user=user).values_list(
            "province_id", flat=True
        )
    )


def cases_visible_to(user):
    """The cases ``user`` may see: every case for those who oversee (case
    managers), else the cases assigned to them and the unassigned cases in
    the provinces of their scope. The caller has checked the user may see
    cases at all (reports/permissions.py)."""
    cases = Report.objects.all()
    if user.has_perm("reports.oversee_report"):
        return cases
    return cases.filter(
        Q(assignee=user)
        | Q(assignee__isnull=True, province_id__in=scope_provinces(user))
    )


def with_latest_agency(cases):
    """Annotate ``latest_agency``: the agency of the case's last referral
    (one subquery, whatever the number of cases)."""
    latest = Referral.objects.filter(report=OuterRef("pk")).order_by("-created_at")
    return cases.annotate(latest_agency=Subquery(latest.values("agency__name")[:1]))


def state_counts(cases) -> list[tuple[str, str, int]]:
    """(state, label, count) for every state, in workflow order."""
    counts = dict(
        cases.order_by()
        .values_list("state")
        .annotate(n=Count("pk"))
        .values_list("state", "n")
    )
    return [(state, label, counts.get(state, 0)) for state, label in State.choices]


def audit_trail(case: Report):
    return CaseLogEntry.objects.for_instance(case).select_related("user")


def overdue(cases):
    """Open cases past their next deadline."""
    now = timezone.now()
    return cases.exclude(state=State.CLOSED).filter(
        Q(acknowledged_at__isnull=True, acknowledge_by__lt=now)
        | Q(acknowledged_at__isnull=False, answered_at__isnull=True, answer_by__lt=now)
    )


CONTACT_LABELS = {  # as staff read them (the form speaks to the complainant)
    "contact_name": _("Name or nickname"),
    "contact_phone": _("Phone"),
    "contact_email": _("Email"),
    "contact_line": _("LINE ID"),
    "safe_times": _("Safe times to contact them"),
    "may_leave_message": _("A message may be left"),
    "code_word": _("Code word to use"),
}


def contact_details(case: Report) -> list[tuple[str, str]]:
    """(label, value) of what the complainant left to reach them, decrypted:
    only for someone allowed to read the case."""
    contact = case.contact or {}
    answers = {
        "yes": _("Yes, a message may be left"),
        "no": _("No: never leave a message"),
    }
    rows = []
    for name, label in CONTACT_LABELS.items():
        value = contact.get(name) or ""
        if name == "may_leave_message" and value:
            value = answers.get(value, value)
        if value:
            rows.append((label, value))
    return rows


def deadline_counts(cases, *, today=None) -> tuple[int, int]:
    """(due today, overdue) among open cases: their next deadline falls later
    today (local time) / has passed."""
    now = timezone.now()
    today = today or timezone.localdate()
    end_of_day = timezone.make_aware(
        datetime.combine(today + timedelta(days=1), time())
    )
    open_cases = cases.exclude(state=State.CLOSED)
    due_today = open_cases.filter(
        Q(
            acknowledged_at__isnull=True,
            acknowledge_by__gte=now,
            acknowledge_by__lt=end_of_day,
        )
        | Q(
            acknowledged_at__isnull=False,
            answered_at__isnull=True,
            answer_by__gte=now,
            answer_by__lt=end_of_day,
        )
    ).count()
    return due_today, overdue(cases).count()
