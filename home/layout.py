"""Cached pieces of the base layout: hotlines, main menu and breadcrumbs.

They appear on every page, change rarely, and would otherwise cost three
queries per request. Both are cached under a version number that any change
to a page or a hotline bumps (see signals.py), so editors see their changes
at once; the timeout is a safety net for per-process caches.
"""

from django.core.cache import cache

VERSION_KEY = "portal:layout-version"
TIMEOUT = 300


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, None)
        version = cache.get(VERSION_KEY, 1)
    return version


def invalidate():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def hotlines():
    key = f"portal:hotlines:{_version()}"
    lines = cache.get(key)
    if lines is None:
        from .models import Hotline

        lines = list(Hotline.objects.all())
        cache.set(key, lines, TIMEOUT)
    return lines


def menu_pages(home):
    """Live pages directly under ``home`` marked "show in menus"."""
    key = f"portal:menu:{home.pk}:{_version()}"
    pages = cache.get(key)
    if pages is None:
        pages = list(home.get_children().live().public().in_menu())
        cache.set(key, pages, TIMEOUT)
    return pages


def ancestors(page):
    """The page's ancestors from the home page down (for breadcrumbs)."""
    key = f"portal:ancestors:{page.pk}:{_version()}"
    pages = cache.get(key)
    if pages is None:
        pages = list(page.get_ancestors().filter(depth__gte=2))
        cache.set(key, pages, TIMEOUT)
    return pages


def report_pages(home):
    """(report form, tracking page) under ``home``, either may be None."""
    from reports.selectors import report_pages as query

    key = f"portal:report-pages:{home.pk}:{_version()}"
    pages = cache.get(key)
    if pages is None:
        pages = query(home)
        cache.set(key, pages, TIMEOUT)
    return pages


def service_directory(home):
    """The live service directory under ``home``, or None."""
    from .models import ServiceIndexPage

    key = f"portal:directory:{home.pk}:{_version()}"
    page = cache.get(key)
    if page is None:
        page = ServiceIndexPage.objects.child_of(home).live().first() or False
        cache.set(key, page, TIMEOUT)
    return page or None


def reference_terms():
    """Provinces, types of help and spoken languages (fixed lists), cached."""
    from .models import HelpType, Province, SpokenLanguage

    key = f"portal:terms:{_version()}"
    terms = cache.get(key)
    if terms is None:
        terms = {
            "provinces": list(Province.objects.all()),
            "help_types": list(HelpType.objects.all()),
            "languages": list(SpokenLanguage.objects.all()),
        }
        cache.set(key, terms, TIMEOUT)
    return terms
