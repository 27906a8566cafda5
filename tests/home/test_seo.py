"""Search engines and link previews: sitemap, robots, titles, descriptions."""

import re

import pytest
from django.utils.html import escape

from tests.conftest import url_in


@pytest.fixture
def with_report_pages(tree, report_page, tracking_page):
    return tree


def test_sitemap_lists_every_public_page_in_each_language(client, with_report_pages):
    tree = with_report_pages
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    xml = response.content.decode()
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    for key in ["home", "info", "directory", "service", "news_index", "news"]:
        for language in ["th", "ms", "en"]:
            assert f"http://testserver{url_in(tree[key], language)}" in locs
    assert len(locs) == 6 * 3
    assert xml.count('hreflang="ms"') == len(locs)
    # The complaint pages are not advertised.
    assert "chaeng-rueang" not in xml and "tidtam-rueang" not in xml


def test_robots_keeps_crawlers_off_private_pages(
    client, with_report_pages, report_page, tracking_page
):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    for language in ["th", "ms", "en"]:
        assert f"Disallow: /{language}/search/" in text
        assert f"Disallow: {url_in(report_page, language)}" in text
        assert f"Disallow: {url_in(tracking_page, language)}" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_titles_descriptions_and_open_graph_per_language(client, tree, language):
    page = tree["info"]
    page.search_description_th = "คำอธิบายภาษาไทย"
    page.search_description_ms = "Keterangan bahasa Melayu"
    page.search_description_en = "English description"
    page.save_revision().publish()
    html = client.get(url_in(page, language)).content.decode()
    description = {
        "th": "คำอธิบายภาษาไทย",
        "ms": "Keterangan bahasa Melayu",
        "en": "English description",
    }[language]
    title = {"th": "สิทธิเด็ก", "ms": "Hak kanak-kanak", "en": "Children's rights"}[
        language
    ]
    assert f'<meta name="description" content="{description}">' in html
    assert f'<meta property="og:description" content="{description}">' in html
    assert f"<title>{escape(title)} |" in html
    assert (
        f'<meta property="og:locale" content="{ {"th": "th_TH", "ms": "ms_MY", "en": "en_GB"}[language] }">'
        in html
    )
    assert (
        f'<link rel="canonical" href="http://testserver{url_in(page, language)}">'
        in html
    )
