"""Every page type renders in each language, with Thai as the fallback."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    HomePage,
    InformationPage,
    NewsIndexPage,
    NewsPage,
    ServiceIndexPage,
    ServicePage,
)
from reports.models import ReportFormPage, TrackingPage
from tests.conftest import url_in

LANGUAGES = ["th", "ms", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "key", ["home", "info", "directory", "service", "news_index", "news"]
)
def test_every_page_type_renders_in_every_language(client, tree, key, language):
    url = url_in(tree[key], language)
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    # Crisis strip and quick exit are on every page.
    assert 'href="tel:1300"' in html
    assert "data-quick-exit" in html


def test_information_page_shows_its_blocks(client, tree):
    html = client.get(url_in(tree["info"], "th")).content.decode()
    assert "<h2>อนุสัญญาว่าด้วยสิทธิเด็ก</h2>" in html
    assert 'class="callout"' in html
    # The FAQ opens without JavaScript.
    assert "<details>" in html and "<summary>ใครช่วยได้</summary>" in html


def test_empty_translation_falls_back_to_thai(client, tree):
    html = client.get(url_in(tree["info"], "ms")).content.decode()
    assert "Hak kanak-kanak" in html  # Malay title given
    assert "เด็กทุกคนมีสิทธิได้รับการคุ้มครอง" in html  # intro: Thai fallback
    assert "อนุสัญญาว่าด้วยสิทธิเด็ก" in html  # body: Thai fallback
    news_html = client.get(url_in(tree["news_index"], "en")).content.decode()
    assert tree["news"].title_th not in news_html  # English title given
    assert "News item" in news_html


def test_service_page_lists_provinces_and_tel_links(client, tree):
    html = client.get(url_in(tree["service"], "en")).content.decode()
    assert "Pattani" in html and "Yala" in html
    assert 'href="tel:073000001"' in html
    html_th = client.get(url_in(tree["service"], "th")).content.decode()
    assert "ปัตตานี" in html_th and "ยะลา" in html_th


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_keeps_the_page(client, tree, language):
    html = client.get(url_in(tree["service"], language)).content.decode()
    for other in LANGUAGES:
        other_url = url_in(tree["service"], other)
        assert f'href="{other_url}" lang="{other}" hreflang="{other}"' in html
        assert (
            f'rel="alternate" hreflang="{other}" href="http://testserver{other_url}"'
            in html
        )
    response = client.get(url_in(tree["service"], "ms"))
    assert "Rumah perlindungan" in response.content.decode()


def test_thai_slug_under_english_prefix_is_404(client, tree):
    assert client.get("/en/sitthi-dek/").status_code == 404
    assert client.get(url_in(tree["info"], "th")).status_code == 200


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("ms,th;q=0.5", "/ms/"), ("en-GB,en;q=0.9", "/en/"), ("fr", "/th/"), ("", "/th/")],
)
def test_root_redirects_to_best_language(client, site, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/xx/", "/fr/about/", "/zz-zz/a/b/", "/%E0%B8/"])
def test_unknown_language_prefix_is_404(client, site, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_404_page_is_in_the_visitors_language(client, tree, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'href="tel:1300"' in html
    # Its language switcher offers each home page, not a missing page.
    assert f'href="/{language}/" lang="{language}"' in html


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                InformationPage,
                ServiceIndexPage,
                NewsIndexPage,
                ReportFormPage,
                TrackingPage,
            },
        )

    def test_information_pages_nest(self):
        self.assertAllowedSubpageTypes(InformationPage, {InformationPage})
        self.assertAllowedParentPageTypes(InformationPage, {HomePage, InformationPage})

    def test_services_live_in_the_directory(self):
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServicePage, set())
        self.assertCanNotCreateAt(HomePage, ServicePage)
        self.assertCanNotCreateAt(InformationPage, ServicePage)

    def test_news_lives_in_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)


@pytest.mark.parametrize(
    ("language", "text"),
    [("th", "เกิดข้อผิดพลาด"), ("ms", "Berlaku"), ("en", "Something went wrong")],
)
def test_500_page_is_in_the_visitors_language(
    client, tree, monkeypatch, language, text
):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", broken)
    client.raise_request_exception = False
    response = client.get(f"/{language}/")
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert 'href="tel:1300"' in html
