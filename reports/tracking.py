"""Which case this browser opened with its code, kept in the browser alone.

After a complainant types their code, the tracking page must remember the
case for a while, without a row on the server that links a browser to a case
(a session row would, and would outlive both). So the browser keeps it: a
cookie holding the case id and the time of the last visit, sealed with
AES-GCM under a key derived from REPORTS_HMAC_KEY, so that nobody holding the
phone can read or change it. It is a session cookie (gone when the browser
closes), HttpOnly, SameSite=Strict, Secure in production, and it lapses
after REPORTS_TRACKING_IDLE_SECONDS without a visit. "Close my case on this
device" and the quick exit delete it; a purged case simply is not found.
"""

import time

from django.conf import settings

from . import crypto

COOKIE = "case"


def _key() -> bytes:
    return crypto.purpose_key("tracking-cookie")


def tracked_report_id(request) -> int | None:
    """The case id this browser opened, if its visit is recent enough."""
    value = request.COOKIES.get(COOKIE)
    if not value:
        return None
    try:
        state = crypto.unseal(value, key=_key())
        report_id, seen = int(state["r"]), float(state["s"])
    except (crypto.DecryptionError, KeyError, TypeError, ValueError):
        return None
    if time.time() - seen > settings.REPORTS_TRACKING_IDLE_SECONDS:
        return None
    return report_id


def remember(response, report_id: int) -> None:
    """(Re)start the idle time of the case this browser opened."""
    value = crypto.seal({"r": report_id, "s": int(time.time())}, key=_key())
    response.set_cookie(
        COOKIE,
        value,
        max_age=None,  # a session cookie: gone when the browser closes
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Strict",
    )


def forget(response) -> None:
    response.delete_cookie(COOKIE, samesite="Strict")
