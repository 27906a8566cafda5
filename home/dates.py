"""Dates as people write them in each language.

Thai government sites write the year in the Buddhist era: 15 พฤษภาคม 2567,
not 2024 (BE = CE + 543). Malay and English keep the Gregorian year. Month
names come from Django's own translations; machine-readable values
(``datetime`` attributes) stay ISO and are not made here: keep using
Django's ``date`` filter (``|date:'Y-m-d'``, ``|date:'c'``) for those.
"""

from datetime import date, datetime

from django.utils import formats, timezone, translation

BUDDHIST_ERA_OFFSET = 543


def year_for(value: date, language: str | None = None) -> int:
    language = language or translation.get_language() or "th"
    offset = BUDDHIST_ERA_OFFSET if language.startswith("th") else 0
    return value.year + offset


def _local(value):
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _literal(text: str) -> str:
    """``text`` escaped so that Django's date format prints it as it is."""
    return "".join("\\" + char for char in text)


def format_date(value, fmt: str) -> str:
    """Django's ``date`` filter with the year of the page's language: on a
    Thai page ``Y`` is the Buddhist-era year and ``y`` its last two digits.
    The rest of ``fmt`` (month names, time) is Django's, in the active
    language; ISO formats (``c``, ``o``, ``U``) are left as they are."""
    if value is None or value == "":
        return ""
    value = _local(value)
    year = str(year_for(value))
    parts, escaped = [], False
    for char in fmt:
        if escaped:
            parts.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "Y":
            parts.append(_literal(year))
        elif char == "y":
            parts.append(_literal(year[-2:]))
        else:
            parts.append(char)
    return formats.date_format(value, "".join(parts))


def long_date(value, *, with_time: bool = False) -> str:
    """ "14 ธันวาคม 2569" / "14 Disember 2026" / "14 December 2026", in the
    active language (and ", 09:30" with ``with_time``)."""
    if with_time and isinstance(value, datetime):
        return format_date(value, "j F Y, H:i")
    return format_date(value, "j F Y")


def month_year(value: date) -> str:
    """ "ธ.ค. 2569" / "Dis 2026" / "Dec 2026": a month, short, for charts."""
    return format_date(value, "M Y")
