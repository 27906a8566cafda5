"""Forget closed cases on schedule (REPORTS_RETENTION_DAYS after closing).

A case closed longer ago than the retention period, and not under legal
hold, is purged: first its anonymous facts become an ArchivedCase (so the
statistics stay right), then the case is deleted with everything that hangs
on it (timeline, messages, notes, referrals, attachments, outbox rows, the
sealed receipt); its files are removed from storage once the deletion is
committed (reports/signals.py), and the labels of its audit entries are
replaced, so the trail keeps who did what and when, but no longer names the
case. The tracking code then answers exactly as an unknown code does.

Each case is purged in its own transaction: a crash loses nothing and leaves
nothing half-done, and running it again simply carries on (files of a crash
between commit and file removal are swept by ``sweep_reports``).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import audit
from .choices import State
from .models import ArchivedCase, CaseLogEntry, Report

PURGED_LABEL = "—"


def due_for_purge():
    cutoff = timezone.now() - timedelta(days=settings.REPORTS_RETENTION_DAYS)
    return Report.objects.filter(
        state=State.CLOSED, closed_at__lt=cutoff, legal_hold=False
    )


def _hours(later, earlier):
    if later is None or earlier is None:
        return None
    return (later - earlier).total_seconds() / 3600


def archive(case: Report) -> ArchivedCase:
    local = timezone.localtime(case.created_at)
    return ArchivedCase.objects.create(
        month=local.date().replace(day=1),
        category=case.category,
        province_id=case.province_id,
        affected=list(case.affected),
        outcome=case.outcome,
        agencies=sorted(case.referrals.values_list("agency__name", flat=True), key=str),
        hours_to_acknowledge=_hours(case.acknowledged_at, case.created_at),
        hours_to_answer=_hours(case.answered_at, case.created_at),
        hours_to_close=_hours(case.closed_at, case.created_at),
    )


def purge(case: Report) -> bool:
    """Archive and delete one case; False if it is no longer due (someone
    reopened it or put it on hold meanwhile)."""
    with transaction.atomic():
        case = due_for_purge().select_for_update().filter(pk=case.pk).first()
        if case is None:
            return False
        archive(case)
        audit.record(case, "reports.purge", None)
        CaseLogEntry.objects.filter(case_id=case.pk).update(label=PURGED_LABEL)
        case.delete()
    return True


def purge_due(*, limit: int | None = None) -> int:
    """Purge every case that is due; returns how many went."""
    purged = 0
    for case in due_for_purge().only("pk").iterator():
        if limit is not None and purged >= limit:
            break
        purged += purge(case)
    return purged
