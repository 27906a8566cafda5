"""Site search (GET /<lang>/search/?q=...): works without JavaScript."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from . import layout
from .models import PortalSettings, private_page_models
from .search import query_terms, text_of

PER_PAGE = 10
SNIPPET_CHARS = 180
SNIPPET_FIELDS = [
    "search_description",
    "intro",
    "lead",
    "body",
    "address",
    "eligibility",
]


def snippet(page, terms):
    """A short passage of the page around the first matched word, with every
    matched word in <mark>; the page's own description when nothing matches."""
    texts = [text_of(getattr(page, name, None)) for name in SNIPPET_FIELDS]
    texts = [" ".join(text.split()) for text in texts if text]
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    chosen, start = (texts[0] if texts else ""), 0
    for text in texts:
        match = pattern.search(text)
        if match:
            chosen, start = text, max(match.start() - SNIPPET_CHARS // 3, 0)
            break
    passage = chosen[start : start + SNIPPET_CHARS]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_CHARS < len(chosen) else ""
    highlighted, last = [], 0
    for match in pattern.finditer(passage):
        highlighted.append(escape(passage[last : match.start()]))
        highlighted.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    highlighted.append(escape(passage[last:]))
    return mark_safe(prefix + "".join(highlighted) + suffix)  # noqa: S308 (escaped above)


MAX_RESULTS = 200


def run_search(terms):
    """Ids of live public pages, best first: pages holding every term, then
    pages holding some of them.

    Database full-text ranking weighs a common word ("ใน", "the") like a rare
    one, so a plain OR search can bury the page a person wants under pages
    that share only the common word; asking for all the words first fixes
    that, and the OR search still answers when no page has them all.
    """
    pages = Page.objects.live().public()
    query = " ".join(terms)
    ids = [page.pk for page in pages.search(query, operator="and")[:MAX_RESULTS]]
    if len(terms) > 1:
        seen = set(ids)
        for page in pages.search(query, operator="or")[:MAX_RESULTS]:
            if page.pk not in seen:
                ids.append(page.pk)
                seen.add(page.pk)
    return ids


@require_safe
def search(request):
    raw_query = request.GET.get("q", "")[:1000]
    terms = query_terms(raw_query)
    results, paginator_page, failed = [], None, False
    if terms:
        try:
            paginator_page = Paginator(run_search(terms), PER_PAGE).get_page(
                request.GET.get("page")
            )
            ids = list(paginator_page.object_list)
        except DatabaseError:  # an odd query the backend still refused
            ids, failed = [], True
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        results = [
            {"page": pages[pk], "snippet": snippet(pages[pk], terms)}
            for pk in ids
            if pk in pages
        ]
    home = layout.home_for(request)
    response = TemplateResponse(
        request,
        "pages/search.html",
        {
            "query": raw_query.strip()[:200],
            "terms": terms,
            "results": results,
            "results_page": paginator_page,
            "failed": failed,
            "service_directory": home and layout.service_directory(home),
        },
    )
    add_never_cache_headers(response)  # a search can say a lot on a shared phone
    response["X-Robots-Tag"] = "noindex"
    return response


def public_pages():
    """Live, public pages that belong in a sitemap: not the private pages
    such as the report form (robots.txt keeps crawlers off those)."""
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .not_type(*private_page_models())
        .order_by("path")
    )


@require_safe
def sitemap(request):
    """Every public page in each language, with hreflang alternates."""
    entries = []
    for page in public_pages():
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                url = page.get_url(request)
            if url:
                urls[code] = request.build_absolute_uri(url)
        for url in urls.values():
            entries.append(
                {"loc": url, "lastmod": page.last_published_at, "alternates": urls}
            )
    return TemplateResponse(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml"
    )


@require_safe
def robots(request):
    """Keep crawlers off the admin, search results and the private pages."""
    disallow = ["/admin/", "/django-admin/"]
    for code, _name in settings.LANGUAGES:
        disallow.append(f"/{code}/search/")
    for page in Page.objects.type(*private_page_models()):
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                path = page.get_url(request)
            if path and path not in disallow:
                disallow.append(path)
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallow)]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def quick_exit(request):
    """Leave at once: end this browser's session here, delete every cookie of
    ours (an open tracking case included), ask the browser to forget this
    site, go to the neutral site."""
    try:
        request.session.flush()
        site = Site.find_for_request(request)
        destination = PortalSettings.for_site(site).quick_exit_url if site else None
    except DatabaseError:  # the way out works even while the database is down
        destination = None
    response = HttpResponseRedirect(destination or PortalSettings.DEFAULT_EXIT_URL)
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "no-referrer"
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    for name in request.COOKIES:  # for browsers without Clear-Site-Data
        response.delete_cookie(name)
    return response
