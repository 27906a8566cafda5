"""The service directory's filters: by province, type of help and language,
alone and combined, in every language, with shareable GET URLs."""

import pytest

from home.factories import ServicePageFactory
from home.models import SpokenLanguage
from tests.conftest import url_in


@pytest.fixture
def services(tree):
    directory = tree["directory"]
    made = {
        "pattani-shelter": ServicePageFactory(
            parent=directory,
            title_en="Pattani shelter",
            provinces=["pattani"],
            help_types=["shelter"],
        ),
        "yala-legal": ServicePageFactory(
            parent=directory,
            title_en="Yala legal aid",
            provinces=["yala"],
            help_types=["legal-aid"],
        ),
        "pattani-legal": ServicePageFactory(
            parent=directory,
            title_en="Pattani legal aid",
            provinces=["pattani", "narathiwat"],
            help_types=["legal-aid", "counselling"],
        ),
    }
    made["pattani-legal"].languages.set(SpokenLanguage.objects.filter(code="ms-patani"))
    made["pattani-legal"].save_revision().publish()
    return made


def titles(client, directory, lang, **params):
    response = client.get(url_in(directory, lang), params)
    assert response.status_code == 200
    return sorted(
        service.title_en for service in response.context["services"]
    ), response


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"province": "pattani"},
            ["Children's shelter", "Pattani legal aid", "Pattani shelter"],
        ),
        ({"help": "legal-aid"}, ["Pattani legal aid", "Yala legal aid"]),
        ({"language": "ms-patani"}, ["Pattani legal aid"]),
        ({"province": "pattani", "help": "legal-aid"}, ["Pattani legal aid"]),
        ({"province": "yala", "help": "shelter"}, ["Children's shelter"]),
        (
            {"province": "narathiwat", "help": "counselling", "language": "ms-patani"},
            ["Pattani legal aid"],
        ),
        ({"province": "satun"}, []),
    ],
)
def test_filters_alone_and_combined(client, tree, services, params, expected):
    found, response = titles(client, tree["directory"], "en", **params)
    assert found == expected
    html = response.content.decode()
    assert f"{len(expected)} service" in html
    assert "Clear filters" in html


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_filter_form_works_in_every_language(client, tree, services, language):
    found, response = titles(client, tree["directory"], language, province="pattani")
    assert len(found) == 3
    html = response.content.decode()
    assert 'method="get"' in html
    assert '<option value="pattani" selected>' in html
    # The switcher keeps the filters: the URL can be shared in any language.
    assert (
        "?province=pattani"
        in html.split('class="language-switcher"')[1].split("</nav>")[0]
    )


def test_unknown_filter_values_show_everything_and_never_fail(client, tree, services):
    found, _response = titles(
        client, tree["directory"], "th", province="atlantis", help="<script>"
    )
    assert len(found) == 4


def test_service_page_has_tel_links_for_each_number(client, tree):
    service = tree["service"]
    service.phones = [
        {"type": "phone", "value": {"kind": "office", "number": "0 7300 0001"}},
        {"type": "phone", "value": {"kind": "hotline", "number": "1300"}},
    ]
    service.save_revision().publish()
    html = client.get(url_in(service, "ms")).content.decode()
    assert 'href="tel:073000001"' in html and 'href="tel:1300"' in html
