"""The centre's figures for the ministry: counts and durations, never content.

Live cases and purged ones count alike: before a case is purged its
anonymous facts (month, category, province, who is affected, outcome,
agencies, durations) are kept as an ArchivedCase (reports/retention.py).

Everything is computed from a handful of columns in a few queries; with
10,000 cases the page answers well under a second (docs/benchmarks.md).
Small counts are hidden in exports (``suppressed``) so that a number cannot
point to a person.
"""

import statistics as stats
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home import dates
from home.models import Province

from .choices import Affected, Category, Outcome, State
from .models import ArchivedCase, Referral, Report
from .selectors import overdue

#: Counts from 1 to this are shown as "<5" in exports.
SMALLEST_SHOWN = 5


@dataclass
class Section:
    """One table of the statistics page (and one chart)."""

    key: str
    title: str
    rows: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Duration:
    key: str
    title: str
    count: int
    median_hours: float | None
    p90_hours: float | None


@dataclass
class Figures:
    start: date
    end: date
    total: int
    sections: list[Section]
    durations: list[Duration]
    overdue_now: int
    overdue_by_worker: list[tuple[str, int]]
    overdue_by_province: list[tuple[str, int]]


def _bounds(start: date, end: date):
    tz = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=tz),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=tz),
    )


def _months(start: date, end: date) -> list[date]:
    months, month = [], start.replace(day=1)
    while month <= end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _hours(later, earlier) -> float | None:
    if later is None or earlier is None:
        return None
    return (later - earlier).total_seconds() / 3600


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return stats.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def _labelled(counter: Counter, choices) -> list[tuple[str, int]]:
    return [(str(label), counter.get(value, 0)) for value, label in choices]


def figures(start: date, end: date) -> Figures:
    """The figures of cases received from ``start`` to ``end`` (inclusive)."""
    since, until = _bounds(start, end)
    live = list(
        Report.objects.filter(created_at__gte=since, created_at__lt=until).values(
            "created_at",
            "category",
            "province_id",
            "affected",
            "state",
            "outcome",
            "acknowledged_at",
            "answered_at",
            "closed_at",
        )
    )
    archived = list(
        ArchivedCase.objects.filter(
            month__gte=start.replace(day=1), month__lte=end
        ).values()
    )
    month_counts = Counter(
        timezone.localtime(row["created_at"]).date().replace(day=1) for row in live
    )
    month_counts.update(row["month"] for row in archived)
    rows = live + archived
    provinces = {p.pk: str(p) for p in Province.objects.all()}
    province_counts = Counter(row["province_id"] for row in rows)
    affected = Counter(code for row in rows for code in row["affected"] or [])
    states = Counter(row["state"] for row in live)
    states[State.CLOSED] += len(archived)
    agencies = Counter(
        Referral.objects.filter(
            report__created_at__gte=since, report__created_at__lt=until
        ).values_list("agency__name", flat=True)
    )
    agencies.update(name for row in archived for name in row["agencies"] or [])
    sections = [
        Section(
            "months",
            _("Cases received per month"),
            [
                (dates.month_year(month), month_counts.get(month, 0))
                for month in _months(start, end)
            ],
        ),
        Section(
            "categories",
            _("What happened"),
            _labelled(Counter(row["category"] for row in rows), Category.choices),
        ),
        Section(
            "provinces",
            _("Province"),
            [(name, province_counts.get(pk, 0)) for pk, name in provinces.items()]
            + [(str(_("Not said")), province_counts.get(None, 0))],
        ),
        Section(
            "affected", _("Who is affected"), _labelled(affected, Affected.choices)
        ),
        Section("states", _("State now"), _labelled(states, State.choices)),
        Section(
            "outcomes",
            _("How closed cases ended"),
            _labelled(
                Counter(row["outcome"] for row in rows if row["outcome"]),
                Outcome.choices,
            ),
        ),
        Section(
            "agencies",
            _("Referrals per agency"),
            sorted(agencies.items(), key=lambda item: (-item[1], item[0])),
        ),
    ]
    return Figures(
        start=start,
        end=end,
        total=len(rows),
        sections=sections,
        durations=_durations(live, archived),
        overdue_now=overdue(Report.objects.all()).count(),
        overdue_by_worker=_overdue_by("assignee"),
        overdue_by_province=_overdue_by("province"),
    )


def _durations(live, archived) -> list[Duration]:
    measures = [
        (
            "acknowledge",
            _("Time to acknowledge"),
            "acknowledged_at",
            "hours_to_acknowledge",
        ),
        ("answer", _("Time to a first answer"), "answered_at", "hours_to_answer"),
        ("close", _("Time to close"), "closed_at", "hours_to_close"),
    ]
    durations = []
    for key, title, moment, archived_field in measures:
        values = [
            hours
            for row in live
            if (hours := _hours(row[moment], row["created_at"])) is not None
        ] + [row[archived_field] for row in archived if row[archived_field] is not None]
        values.sort()
        durations.append(
            Duration(
                key,
                title,
                len(values),
                stats.median(values) if values else None,
                _percentile(values, 0.9),
            )
        )
    return durations


def _overdue_by(field_name) -> list[tuple[str, int]]:
    counts = Counter(
        overdue(Report.objects.all())
        .annotate(who=F(f"{field_name}__pk"))
        .values_list("who", flat=True)
    )
    if field_name == "assignee":
        from django.contrib.auth import get_user_model

        names = {
            user.pk: user.get_full_name() or user.get_username()
            for user in get_user_model().objects.filter(pk__in=[k for k in counts if k])
        }
        nobody = str(_("Nobody"))
    else:
        names = {
            p.pk: str(p)
            for p in Province.objects.filter(pk__in=[k for k in counts if k])
        }
        nobody = str(_("Not said"))
    return sorted(
        (
            (names.get(key, nobody) if key else nobody, count)
            for key, count in counts.items()
        ),
        key=lambda item: (-item[1], item[0]),
    )


def suppressed(count: int) -> str:
    """A count as an export may show it: 1 to 4 become "<5"."""
    return f"<{SMALLEST_SHOWN}" if 0 < count < SMALLEST_SHOWN else str(count)
