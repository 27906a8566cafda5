"""Time as the timestamp policy allows it (docs/security-and-privacy.md).

What a complainant does (sending a report, answering, attaching a file) is
recorded to the hour: whoever holds the database and a network or proxy log
must not be able to match a report to a connection. What staff do is
recorded exactly.
"""

from datetime import datetime, timedelta

from django.utils import timezone


def coarse_now() -> datetime:
    """Now, rounded down to the hour."""
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def complainant_time(report) -> datetime:
    """When to record a complainant's action on ``report``: the hour, but
    just after the case's last recorded event if that is later, so that a
    reply still comes after the staff message it answers. It reveals nothing
    finer than what is already recorded."""
    now = coarse_now()
    last = getattr(report, "updated_at", None)
    if last and last >= now:
        return last + timedelta(microseconds=1)
    return now
