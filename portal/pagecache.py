"""Public pages from the shared cache, at close to static-file speed.

A reader's GET of a public page (home, information, the directory with its
filters, services, news, sitemap, robots) is answered from the cache when it
can be, without touching the database or a session: Redis in production,
local memory by default. A page is stored under its host, path and query
string (the language is in the path) and the current version of the
layout, which every publish, unpublish, move or deletion of a page and every
change to hotlines or site settings moves on (home/signals.py): the next
request, on any app server, renders the page afresh.

Never from or into the cache: anything but GET and HEAD; a request that
carries a session cookie (signed-in staff); the admin, search, documents;
and any response that is not a plain 200, sets a cookie, varies on Cookie or
says private/no-store (the report form, its receipt and the tracking page
all do). What is stored is sent with ``Cache-Control: public, max-age=60``,
so a shared cache or CDN in front may keep it briefly too.

Built on Django's cache framework (``get_cache_key`` and friends are not
needed: nothing stored here varies by a request header). wagtail-cache, the
usual package for this, does not support Wagtail 8.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import patch_cache_control

from home import layout

CACHEABLE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
CACHEABLE_EXACT = {"/sitemap.xml", "/robots.txt"}
NEVER = ("/admin/", "/documents/", "/static/", "/exit/")
HIT_HEADER = "X-Page-Cache"


def _digest(request) -> str:
    url = f"{request.get_host()}{request.get_full_path()}"
    return hashlib.sha256(url.encode()).hexdigest()[:40]


def _key(version, digest) -> str:
    return f"page:{version}:{digest}"


# The layout version this process saw last. A hit asks Redis for the current
# version and the page under this one in one round trip (MGET); only when the
# version has moved on does it take a second one.
_seen = {"version": None}


def _lookup(cache, digest):
    """(the page or None, the current layout version)."""
    guess = _seen["version"]
    if guess is not None:
        found = cache.get_many([layout.VERSION_KEY, _key(guess, digest)])
        if found.get(layout.VERSION_KEY) == guess:
            return found.get(_key(guess, digest)), guess
    version = layout.version()
    _seen["version"] = version
    return cache.get(_key(version, digest)), version


def cacheable_request(request) -> bool:
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # someone signed in: their pages may differ
    path = request.path
    if path.startswith(NEVER) or "/search/" in path:
        return False
    return path in CACHEABLE_EXACT or path.startswith(CACHEABLE_PREFIXES)


def storable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    return "cookie" not in response.get("Vary", "").lower()


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        cache = caches["default"]
        digest = _digest(request)
        cached, version = _lookup(cache, digest)
        if cached is not None:
            cached[HIT_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if storable(response):
            patch_cache_control(
                response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE
            )
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            # Under the version read before rendering: a publish meanwhile
            # moves the version on, and this page is never served again.
            cache.set(_key(version, digest), response, settings.PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        return response
