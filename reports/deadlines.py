"""Deadlines that keep every complaint moving (REPORTS_DEADLINES).

A case must be acknowledged within 7 days of arriving, within 24 hours when
the complainant said someone is in danger or staff marked it urgent, and the
complainant must get a first real answer within 3 months. The clock starts at
the hour the report came in (reports/clock.py).
"""

import calendar
from datetime import datetime

from django.conf import settings


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, or the month's last day if it is
    shorter (31 January + 1 month = 28 or 29 February)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def set_deadlines(report) -> None:
    """Set ``acknowledge_by`` and ``answer_by`` from ``created_at`` and the
    case's urgency (the caller saves). A case starts urgent when the
    complainant said someone is in danger; staff may change that at triage."""
    rules = settings.REPORTS_DEADLINES
    report.acknowledge_by = report.created_at + (
        rules["acknowledge_urgent"] if report.urgent else rules["acknowledge"]
    )
    report.answer_by = add_months(report.created_at, rules["answer_months"])
