"""Dates the way each language writes them: the Buddhist era on Thai pages
(15 พฤษภาคม 2567), the Gregorian year in Malay and English; ``datetime``
attributes stay ISO whatever the language."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from home import dates
from home.models import NewsPage
from tests.conftest import url_in

BANGKOK = ZoneInfo("Asia/Bangkok")
NEWS_DAY = date(2024, 5, 15)
EXPECTED = {
    "th": "15 พฤษภาคม 2567",
    "ms": "15 Mei 2024",
    "en": "15 May 2024",
}


@pytest.mark.parametrize(("language", "expected"), EXPECTED.items())
def test_long_date_per_language(language, expected):
    with translation.override(language):
        assert dates.long_date(NEWS_DAY) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "15 พ.ค. 2567, 09:30"),
        ("ms", "15 Mei 2024, 09:30"),
        ("en", "15 May 2024, 09:30"),
    ],
)
def test_format_date_changes_only_the_year(language, expected):
    when = datetime(2024, 5, 15, 9, 30, tzinfo=BANGKOK)
    with translation.override(language):
        assert dates.format_date(when, "j M Y, H:i") == expected


def test_format_date_keeps_escapes_and_iso_formats():
    when = datetime(2024, 5, 15, 9, 30, tzinfo=BANGKOK)
    with translation.override("th"):
        assert dates.format_date(when, r"\Y Y y") == "Y 2567 67"
        assert dates.format_date(when, "c").startswith("2024-05-15T09:30")
        assert dates.format_date(when, "Y-m-d") == "2567-05-15"
        assert dates.format_date(None, "Y") == ""


def test_the_year_is_that_of_the_local_day():
    """23:30 on 31 December in UTC is already the new year in Bangkok."""
    when = datetime(2024, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC"))
    with translation.override("th"):
        assert dates.long_date(when) == "1 มกราคม 2568"
    with translation.override("en"):
        assert dates.long_date(when, with_time=True) == "1 January 2025, 06:30"


def test_era_date_filter():
    template = Template('{% load portal_tags %}{{ when|era_date:"j M Y" }}')
    with translation.override("th"):
        assert template.render(Context({"when": NEWS_DAY})) == "15 พ.ค. 2567"
    with translation.override("ms"):
        assert template.render(Context({"when": NEWS_DAY})) == "15 Mei 2024"


@pytest.fixture
def dated_news(tree):
    NewsPage.objects.filter(pk=tree["news"].pk).update(date=NEWS_DAY)
    return tree


@pytest.mark.parametrize(("language", "expected"), EXPECTED.items())
@pytest.mark.parametrize("key", ["home", "news_index", "news"])
def test_news_dates_per_language(client, dated_news, key, language, expected):
    html = client.get(url_in(dated_news[key], language)).content.decode()
    assert f'<time datetime="2024-05-15">{expected}</time>' in html
    other_year = "2024" if language == "th" else "2567"
    assert f"พฤษภาคม {other_year}" not in html
    assert f"May {other_year}" not in html
