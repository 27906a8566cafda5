"""Rate limits that remember nothing identifying.

A client is counted under an HMAC of its address and the current window, so
the cache holds neither the address nor anything that outlives the window
(at most an hour). A site-wide counter catches attacks from many addresses.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache


def _client_address(request) -> str:
    """The client's address, to be hashed at once and never kept.

    Behind PORTAL_PROXY_HOPS trusted reverse proxies, the address is the one
    the outermost trusted proxy appended to X-Forwarded-For (a client can
    prepend anything, but not append).
    """
    hops = settings.PORTAL_PROXY_HOPS
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        chain = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(chain) >= hops:
            return chain[-hops]
    return request.META.get("REMOTE_ADDR", "")


def _key(scope: str, who: str, window: int) -> str:
    bucket = int(time.time() // window)
    secret = settings.REPORTS_HMAC_KEY.encode()
    digest = hmac.new(
        secret, f"rate:{scope}:{bucket}:{who}".encode(), hashlib.sha256
    ).hexdigest()
    return f"portal:rate:{digest[:32]}"


def _count(key: str, window: int) -> int:
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return 1


def limited(request, scope: str) -> bool:
    """Count one attempt; True when the client or the site is over its limit."""
    limits = settings.REPORTS_RATE_LIMITS[scope]
    client_max, client_window = limits["client"]
    site_max, site_window = limits["site"]
    client = _count(_key(scope, _client_address(request), client_window), client_window)
    site = _count(_key(scope, "*site*", site_window), site_window)
    return client > client_max or site > site_max
