"""A public page renders in at most 12 SQL queries, whatever its type."""

import pytest
from django.core.management import call_command

from tests.conftest import url_in

MAX_QUERIES = 12


@pytest.mark.parametrize("language", ["th", "ms", "en"])
@pytest.mark.parametrize(
    "key", ["home", "info", "directory", "service", "news_index", "news"]
)
def test_page_query_budget(client, tree, key, language, django_assert_max_num_queries):
    url = url_in(tree[key], language)
    client.get(url)  # warm the site-root cache, as a running server has
    with django_assert_max_num_queries(MAX_QUERIES) as queries:
        response = client.get(url)
    assert response.status_code == 200
    print(f"\n{key} ({language}): {len(queries)} queries")


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize(
    "path",
    [
        "/th/",
        "/ms/hak-dan-bantuan/",
        "/en/find-a-service/",
        "/th/khonha-borikan/pattani-social-development-office/",
        "/en/news/",
    ],
)
def test_demo_pages_query_budget(client, demo, path, django_assert_max_num_queries):
    client.get(path)
    with django_assert_max_num_queries(MAX_QUERIES) as queries:
        response = client.get(path)
    assert response.status_code == 200
    print(f"\n{path}: {len(queries)} queries")
