"""Small template helpers for the base layout."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from home import dates, layout

register = template.Library()

# Each language is offered in its own name, so people find theirs.
NATIVE_NAMES = {"th": "ไทย", "ms": "Bahasa Melayu", "en": "English"}


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language: for the switcher and hreflang.

    A Wagtail page has one URL per language (translated slugs); another view
    keeps its path under the other prefix; a page that does not exist (404)
    links to each language's home page.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            if context.get("is_error_page") or request is None:
                url = f"/{code}/"
            elif isinstance(page, Page):
                url = page.get_url(request)
                if url and request.GET:  # keep filters and page numbers
                    url = f"{url}?{request.GET.urlencode()}"
            else:
                url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": NATIVE_NAMES.get(code, code),
                "url": url,
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def hotlines(context):
    """The crisis hotlines (cached, see home/layout.py)."""
    return layout.hotlines()


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the current site (for the logo link and main menu)."""
    return layout.home_for(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level sections as (page, is_current) pairs."""
    home = site_home(context)
    if home is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return [
        (item, current_path.startswith(item.path)) for item in layout.menu_pages(home)
    ]


@register.simple_tag
def breadcrumbs(page):
    """Ancestors from the home page down, without the tree's root."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return layout.ancestors(page)


@register.simple_tag(takes_context=True)
def report_links(context):
    """(report form, tracking page) of the current site, for the header."""
    home = site_home(context)
    if home is None:
        return (None, None)
    return layout.report_pages(home)


OG_LOCALES = {"th": "th_TH", "ms": "ms_MY", "en": "en_GB"}


@register.filter
def meta_description(page):
    """The page's description for search engines and link previews: the
    editor's search description, else its introduction or lead."""
    for name in ("search_description", "intro", "lead"):
        text = getattr(page, name, "") or ""
        if text:
            return Truncator(" ".join(strip_tags(str(text)).split())).chars(160)
    return ""


@register.simple_tag
def og_locales():
    """(current, others) Open Graph locales."""
    current = translation.get_language()
    return {
        "current": OG_LOCALES.get(current, current),
        "alternates": [v for k, v in OG_LOCALES.items() if k != current],
    }


@register.filter
def long_date(value):
    """A date the way the page's language writes it (Thai: Buddhist era)."""
    return dates.long_date(value)


@register.filter
def long_datetime(value):
    return dates.long_date(value, with_time=True)


@register.filter
def era_date(value, fmt):
    """Django's ``date`` filter, with the year in the era of the page's
    language (Thai: Buddhist era): ``{{ when|era_date:"j M Y, H:i" }}``.
    Keep ``|date:'Y-m-d'`` for ``datetime`` attributes."""
    return dates.format_date(value, fmt)
