"""Rate limits that remember nothing identifying.

A client is counted under an HMAC of its address and the current window, so
the cache holds neither the address nor anything that outlives the window.
Site-wide counters catch attacks from many addresses; a reply is also
counted per case, a failed staff sign-in per user name. Limits are in
REPORTS_RATE_LIMITS: for each scope, the dimensions it counts ("client",
"site", or any other name the caller gives a value for) as (requests,
seconds).

Counts live in the ``ratelimit`` cache: Redis shared by every app process in
production; while Redis is down, each process counts in its own memory
(portal/cache.py).
"""

import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)
_warned_about_proxy = False


def client_address(request) -> str:
    """The client's address, to be hashed at once and never kept.

    Behind PORTAL_PROXY_HOPS trusted reverse proxies, each appending the
    address it saw to X-Forwarded-For, the client is the entry the outermost
    of them appended: ``chain[-hops]``. Whatever a client sends in its own
    X-Forwarded-For comes before that entry and is never read.
    """
    hops = settings.PORTAL_PROXY_HOPS
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        chain = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(chain) >= hops:
            return chain[-hops]
    if forwarded and not hops:
        _warn_about_proxy()
    return request.META.get("REMOTE_ADDR", "")


def _warn_about_proxy() -> None:
    """Requests come through a proxy that nobody told us about: every client
    would share the proxy's limit. Say so once per process, loudly."""
    global _warned_about_proxy
    if not _warned_about_proxy and not settings.DEBUG:
        _warned_about_proxy = True
        logger.error(
            "Requests arrive with X-Forwarded-For but PORTAL_PROXY_HOPS is 0: "
            "rate limits count the proxy, so all clients share one limit. Set "
            "PORTAL_PROXY_HOPS to the number of proxies in front of the app "
            "(docs/operations.md)."
        )


def _key(scope: str, dimension: str, who: str, window: int) -> str:
    bucket = int(time.time() // window)
    secret = settings.REPORTS_HMAC_KEY.encode()
    digest = hmac.new(
        secret, f"rate:{scope}:{dimension}:{bucket}:{who}".encode(), hashlib.sha256
    ).hexdigest()
    return f"portal:rate:{digest[:32]}"


def _count(key: str, window: int) -> int:
    cache = caches["ratelimit"]
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return 1


def _counters(request, scope: str, keys: dict):
    """(cache key, limit, window) of each counter of ``scope``."""
    for dimension, (maximum, window) in settings.REPORTS_RATE_LIMITS[scope].items():
        if dimension == "client":
            who = client_address(request)
        elif dimension == "site":
            who = "*site*"
        else:  # e.g. case=report, username="somsri"
            value = keys[dimension]
            who = f"{dimension}:{getattr(value, 'pk', value)}"
        yield _key(scope, dimension, who, window), maximum, window


def limited(request, scope: str, **keys) -> bool:
    """Count one attempt; True when any counter of ``scope`` is over its limit.

    ``keys`` name what else is counted, e.g. ``case=report``.
    """
    over = False
    for key, maximum, window in _counters(request, scope, keys):
        if _count(key, window) > maximum:
            over = True
    return over


def exhausted(request, scope: str, **keys) -> bool:
    """True when a counter of ``scope`` has reached its limit (counts nothing)."""
    cache = caches["ratelimit"]
    return any(
        (cache.get(key) or 0) >= maximum
        for key, maximum, _window in _counters(request, scope, keys)
    )
