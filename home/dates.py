"""Dates as people write them in each language.

Thai government sites write the year in the Buddhist era: 15 พฤษภาคม 2567,
not 2024 (BE = CE + 543). Malay and English keep the Gregorian year. Month
names come from Django's own translations; machine-readable values
(``datetime`` attributes) stay ISO and are not made here.
"""

from datetime import date, datetime

from django.utils import formats, timezone, translation

BUDDHIST_ERA_OFFSET = 543


def year_for(value: date, language: str | None = None) -> int:
    language = language or translation.get_language() or "th"
    offset = BUDDHIST_ERA_OFFSET if language.startswith("th") else 0
    return value.year + offset


def long_date(value, *, with_time: bool = False) -> str:
    """ "14 ธันวาคม 2569" / "14 Disember 2026" / "14 December 2026", in the
    active language (and ", 09:30" with ``with_time``)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    text = f"{formats.date_format(value, 'j F')} {year_for(value)}"
    if with_time and isinstance(value, datetime):
        text += f", {formats.date_format(value, 'H:i')}"
    return text


def month_year(value: date) -> str:
    """ "ธ.ค. 2569" / "Dis 2026" / "Dec 2026": a month, short, for charts."""
    return f"{formats.date_format(value, 'M')} {year_for(value)}"
