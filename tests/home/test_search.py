"""Site search: Thai words inside unsegmented text, every language, odd input,
and recall measured on a fixed evaluation set over the demo content."""

import io
import statistics
import time

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.factories import HotlineFactory, InformationPageFactory
from home.search import query_terms, segment
from home.views import run_search

from .search_eval import EVALUATION

THAI_BODY = "ศูนย์ประสานงานในจังหวัดชายแดนภาคใต้รับเรื่องร้องเรียนของเด็กและสตรีทุกวัน"


@pytest.fixture
def thai_page(home_page, site):
    return InformationPageFactory(
        parent=home_page,
        title_th="เกี่ยวกับศูนย์",
        title_ms="Tentang pusat",
        title_en="About the centre",
        slug_ms="tentang",
        slug_en="about",
        intro_th=THAI_BODY,
        intro_ms="Pusat ini menerima aduan daripada kanak-kanak dan wanita.",
        intro_en="The centre receives complaints from children and women.",
    )


def result_titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result["page"].title for result in response.context["results"]], response


@pytest.mark.parametrize("word", ["ร้องเรียน", "เด็ก", "สตรี", "ชายแดนภาคใต้"])
def test_thai_words_inside_a_run_are_found(client, thai_page, word):
    titles, response = result_titles(client, "th", word)
    assert "เกี่ยวกับศูนย์" in titles
    # Each matched word is highlighted (a compound may come back as its parts).
    html = response.content.decode()
    assert all(f"<mark>{part}</mark>" in html for part in segment(word).split())


def test_each_language_finds_its_own_text(client, thai_page):
    assert "Tentang pusat" in result_titles(client, "ms", "aduan wanita")[0]
    assert "About the centre" in result_titles(client, "en", "complaints")[0]
    # Thai text still answers a Thai query asked from the English site.
    assert "About the centre" in result_titles(client, "en", "ร้องเรียน")[0]


@pytest.mark.parametrize(
    "query",
    [
        'AND OR NOT ( ) " * ^ : -',
        '"unterminated',
        "title:foo body:bar",
        "!!!???...,,,",
        "่่่่ ้้้ ๊๊",  # Thai combining marks alone
        "x" * 10_000,
        "ร้องเรียน" * 2_000,
        "%00 \x00 \ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "<script>alert(1)</script>",
        "NEAR(a b) a* {col}: b",
    ],
    ids=[
        "operators",
        "quote",
        "fields",
        "punctuation",
        "marks",
        "10k",
        "thai-10k",
        "nul",
        "html",
        "fts5",
    ],
)
def test_odd_queries_never_fail(client, thai_page, query):
    response = client.get("/th/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert len(query_terms(query)) <= 12


def test_empty_state_offers_hotlines_and_the_directory(client, thai_page):
    HotlineFactory(number="1300")
    titles, response = result_titles(client, "en", "zzzyyyxxx")
    assert titles == []
    assert 'href="tel:' in response.content.decode().split('id="main"', 1)[1]


def test_results_are_paginated(client, home_page, site):
    for n in range(13):
        InformationPageFactory(parent=home_page, intro_th=f"คุ้มครองเด็ก หน้า {n}")
    first = client.get("/th/search/", {"q": "คุ้มครอง"})
    second = client.get("/th/search/", {"q": "คุ้มครอง", "page": 2})
    assert len(first.context["results"]) == 10 and len(second.context["results"]) == 3
    assert 'rel="next"' in first.content.decode()


def test_search_pages_are_not_indexed_or_cached(client, thai_page):
    response = client.get("/th/search/", {"q": "เด็ก"})
    assert response["X-Robots-Tag"] == "noindex"
    assert (
        "no-cache" in response["Cache-Control"]
        or "no-store" in response["Cache-Control"]
    )


def test_segmentation_keeps_other_scripts():
    assert segment("hello ร้องเรียนเด็ก 1387") == "hello ร้องเรียน เด็ก 1387"
    assert query_terms("Childline 1387!") == ["childline", "1387"]


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def test_recall_on_the_evaluation_set(demo):
    assert len(EVALUATION) >= 30
    by_language = {"th": [], "ms": [], "en": []}
    timings, misses = [], []
    for language, query, expected in EVALUATION:
        started = time.perf_counter()
        ids = run_search(query_terms(query))[:5]
        slugs = dict(Page.objects.filter(pk__in=ids).values_list("pk", "slug_th"))
        top = [slugs[pk] for pk in ids]
        timings.append(time.perf_counter() - started)
        recall = len(set(expected) & set(top)) / len(expected)
        by_language[language].append(recall)
        if recall < 1:
            misses.append((language, query, expected, top))
    overall = [r for values in by_language.values() for r in values]
    report = {lang: round(sum(v) / len(v), 3) for lang, v in by_language.items()}
    print(
        f"\nrecall@5 overall {sum(overall) / len(overall):.3f} {report}; "
        f"median search {statistics.median(timings) * 1000:.1f} ms over {len(timings)} queries"
    )
    for miss in misses:
        print("  miss:", miss)
    assert (
        len(by_language["th"]) >= 15
        and len(by_language["ms"]) >= 8
        and len(by_language["en"]) >= 7
    )
    assert sum(overall) / len(overall) >= 0.9
    assert sum(by_language["th"]) / len(by_language["th"]) >= 0.9


def test_search_engine_settings_use_the_thai_analyzer():
    import json
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from django.conf import settings; "
            "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))",
        ],
        env={
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "SEARCH_URL": "https://search.internal:9200",
            "SEARCH_ENGINE": "elasticsearch8",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    backend = json.loads(result.stdout)
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://search.internal:9200"]
    analyzer = backend["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert analyzer == {"type": "thai"}
