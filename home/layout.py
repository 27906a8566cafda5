"""Cached pieces of every page: hotlines, main menu, breadcrumbs, the report
pages, the service directory and the fixed reference lists.

They appear on every page (or every directory page), change rarely, and would
otherwise cost several queries per request. Each is cached under a version
number that any change to a page or a hotline bumps (see signals.py), so
editors see their changes at once; the timeout is a safety net for
per-process caches.
"""

from django.core.cache import cache

VERSION_KEY = "portal:layout-version"
TIMEOUT = 300
MISSING = "portal:missing"  # cached stand-in for None


def version():
    """The current layout version (also part of every cached page's key)."""
    return _version()


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


def _remember(name, compute):
    """compute() once per layout version, then from the cache."""
    key = f"portal:{name}:{_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, MISSING if value is None else value, TIMEOUT)
    return None if value == MISSING else value


def home_for(request):
    """The home page of the request's site (once per request; routing has
    already loaded it, so this costs no query on a page)."""
    if request is None:
        return None
    if not hasattr(request, "_portal_home"):
        from wagtail.models import Site

        site = Site.find_for_request(request)
        request._portal_home = site.root_page.specific if site else None
    return request._portal_home


def hotlines():
    from .models import Hotline

    return _remember("hotlines", lambda: list(Hotline.objects.all()))


def menu_pages(home):
    """Live pages directly under ``home`` marked "show in menus"."""
    return _remember(
        f"menu:{home.pk}",
        lambda: list(home.get_children().live().public().in_menu()),
    )


def ancestors(page):
    """The page's ancestors from the home page down (for breadcrumbs)."""
    return _remember(
        f"ancestors:{page.pk}",
        lambda: list(page.get_ancestors().filter(depth__gte=2)),
    )


def report_pages(home):
    """(report form, tracking page) under ``home``, either may be None: the
    live private pages (models.PrivatePage) with the roles "report" and
    "track", found in one query."""
    from .models import private_page_models

    def query():
        pages = {
            page.specific_class.role: page
            for page in home.get_children().live().type(*private_page_models())
        }
        return pages.get("report"), pages.get("track")

    return _remember(f"report-pages:{home.pk}", query)


def service_directory(home):
    """The live service directory under ``home``, or None."""
    from .models import ServiceIndexPage

    return _remember(
        f"directory:{home.pk}",
        lambda: ServiceIndexPage.objects.child_of(home).live().first(),
    )


def reference_terms():
    """Provinces, types of help and spoken languages (fixed lists)."""
    from .models import HelpType, Province, SpokenLanguage

    return _remember(
        "terms",
        lambda: {
            "provinces": list(Province.objects.all()),
            "help_types": list(HelpType.objects.all()),
            "languages": list(SpokenLanguage.objects.all()),
        },
    )
