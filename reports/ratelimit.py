"""Rate limits that remember nothing identifying.

A client is counted under an HMAC of its address and the current window, so
the cache holds neither the address nor anything that outlives the window.
Site-wide counters catch attacks from many addresses, and a reply is also
counted per case. Limits are in REPORTS_RATE_LIMITS: for each scope, the
dimensions it counts ("client", "site", "case") as (requests, seconds).

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


def limited(request, scope: str, *, case=None) -> bool:
    """Count one attempt; True when any counter of ``scope`` is over its limit.

    ``case``: the report a reply is for, counted under its own HMAC.
    """
    over = False
    for dimension, (maximum, window) in settings.REPORTS_RATE_LIMITS[scope].items():
        if dimension == "client":
            who = client_address(request)
        elif dimension == "site":
            who = "*site*"
        elif dimension == "case":
            who = f"case:{case.pk}"
        else:
            raise ValueError(f"unknown rate-limit dimension {dimension!r}")
        if _count(_key(scope, dimension, who, window), window) > maximum:
            over = True
    return over
