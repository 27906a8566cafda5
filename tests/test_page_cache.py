"""Public pages from the shared cache: served without rendering, cleared by a
publish in every language at once, never for what must stay private."""

import pytest
from django.core.cache import caches

from home.models import Hotline, PortalSettings
from tests.conftest import url_in

LANGUAGES = ["th", "ms", "en"]


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


def get_twice(client, url):
    first = client.get(url)
    second = client.get(url)
    return first, second


@pytest.mark.parametrize("key", ["home", "info", "directory", "service", "news"])
def test_a_public_page_is_served_from_the_cache(client, tree, key):
    url = url_in(tree[key], "th")
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert (
        "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]
    )
    assert second.cookies == {} and "Cookie" not in second.get("Vary", "")


def test_a_cached_page_costs_no_query(client, tree, django_assert_num_queries):
    url = url_in(tree["service"], "en")
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url)["X-Page-Cache"] == "hit"


def test_filters_and_languages_are_cached_apart(client, tree):
    base = url_in(tree["directory"], "en")
    pattani = client.get(base + "?province=pattani")
    yala = client.get(base + "?province=yala")
    assert pattani.content != yala.content
    assert client.get(base + "?province=pattani").content == pattani.content
    thai = client.get(url_in(tree["directory"], "th")).content
    assert thai != client.get(base).content


def test_sitemap_and_robots_are_cached(client, tree):
    for path in ("/sitemap.xml", "/robots.txt"):
        client.get(path)
        response = client.get(path)
        assert response["X-Page-Cache"] == "hit"
        assert "Accept-Language" not in response.get("Vary", "")


def test_a_publish_shows_at_once_in_every_language(client, tree):
    info = tree["info"]
    urls = {code: url_in(info, code) for code in LANGUAGES}
    for url in urls.values():
        get_twice(client, url)
    info.intro_th, info.intro_ms, info.intro_en = "ใหม่ล่าสุด", "Terkini", "Latest"
    info.save_revision().publish()
    for code, text in [("th", "ใหม่ล่าสุด"), ("ms", "Terkini"), ("en", "Latest")]:
        response = client.get(urls[code])
        assert text in response.content.decode(), code
        assert response["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("change", ["unpublish", "move", "delete"])
def test_unpublish_move_and_delete_clear_the_cache(client, tree, change):
    home_url = url_in(tree["home"], "en")
    news = tree["news"]
    get_twice(client, home_url)
    title = news.title_en
    assert title in client.get(home_url).content.decode()
    if change == "unpublish":
        news.unpublish()
    elif change == "move":
        news.move(tree["info"], pos="last-child")
        news.refresh_from_db()
        news.unpublish()
    else:
        news.delete()
    assert client.get(home_url)["X-Page-Cache"] == "miss"
    assert title not in client.get(home_url).content.decode()


def test_hotlines_and_site_settings_clear_the_cache(client, tree):
    url = url_in(tree["home"], "th")
    get_twice(client, url)
    Hotline.objects.create(number="1111", name_th="สายด่วนใหม่", name="สายด่วนใหม่")
    assert "1111" in client.get(url).content.decode()
    get_twice(client, url)
    portal = PortalSettings.for_site(tree["home"].get_site())
    portal.footer_text_th = "ข้อความท้ายหน้าใหม่"
    portal.save()
    assert "ข้อความท้ายหน้าใหม่" in client.get(url).content.decode()


def test_private_pages_are_never_cached(client, report_page, tracking_page, tree):
    for url in [
        url_in(report_page, "th"),
        url_in(tracking_page, "ms"),
        "/en/search/?q=shelter",
        "/admin/login/",
    ]:
        first, second = get_twice(client, url)
        assert "X-Page-Cache" not in second, url
    response = client.post(url_in(tracking_page, "en"), {"action": "find", "code": "1"})
    assert "X-Page-Cache" not in response


def test_signed_in_staff_never_get_or_fill_the_cache(client, tree, django_user_model):
    url = url_in(tree["home"], "th")
    client.force_login(django_user_model.objects.create_user("editor"))
    first, second = get_twice(client, url)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    client.logout()
    client.cookies.clear()
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_a_missing_page_is_not_cached(client, tree):
    first, second = get_twice(client, "/th/no-such-page/")
    assert second.status_code == 404 and "X-Page-Cache" not in second


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_that_cannot_reach_the_database_asks_to_try_again(
    client, tree, monkeypatch, language
):
    from django.db import OperationalError
    from wagtail.models import Page

    def down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    url = url_in(tree["info"], language)
    monkeypatch.setattr(Page, "route_for_request", down)
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert 'href="tel:1300"' in html  # the hotlines, without a database
    assert f'lang="{language}"' in html
    if language != "en":
        assert "Please try again" not in html


def test_a_cached_page_costs_one_cache_round_trip(client, tree, monkeypatch):
    """The version and the page in one MGET (Redis in production)."""
    url = url_in(tree["info"], "th")
    get_twice(client, url)
    cache = caches["default"]
    calls, inside = [], []

    def counted(name, real):
        def call(*args, **kwargs):
            if not inside:  # local memory's get_many calls get: one call
                calls.append(name)
            inside.append(name)
            try:
                return real(*args, **kwargs)
            finally:
                inside.pop()

        return call

    for name in ("get", "get_many", "add", "set"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert calls == ["get_many"]
