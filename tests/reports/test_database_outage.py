"""A report sent while the database is out of reach: the person is told,
in their language, and gets back what they wrote in a form that sends it
again (with the same token: never two reports)."""

import html

import pytest
from django.db import OperationalError
from wagtail.models import Page

from reports.models import Report
from tests.conftest import url_in

from .conftest import form_data, jpeg_with_gps
from .test_storage import upload


def down(*args, **kwargs):
    raise OperationalError("could not connect to server")


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_what_was_written_comes_back_in_a_form_that_sends_it_again(
    client, report_page, monkeypatch, language
):
    url = url_in(report_page, language)
    data = form_data(client, url, description="สิ่งที่ฉันเขียน <ไว้>")
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    monkeypatch.setattr(Page, "route_for_request", down)
    response = client.post(url, data)
    monkeypatch.undo()

    assert response.status_code == 503
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert f'lang="{language}"' in page
    assert f'<form method="post" action="{url}"' in page
    assert html.escape("สิ่งที่ฉันเขียน <ไว้>") in page  # in the text box, escaped
    assert f'name="token" value="{data["token"]}"' in page
    assert 'name="category" value="domestic-violence"' in page
    assert page.count('name="affected"') == 2
    if language != "en":
        assert "Send again" not in page and "could not be kept" not in page
    assert Report.objects.count() == 0

    # Back up: "Send again" sends the same fields; one report, the receipt.
    again = {key: value for key, value in data.items() if key != "files"}
    first = client.post(url, again)
    second = client.post(url, again)
    assert first.status_code == second.status_code == 200
    assert Report.objects.count() == 1
    assert 'id="tracking-code"' in second.content.decode()


def test_a_page_asked_for_without_a_form_keeps_the_plain_message(
    client, report_page, monkeypatch
):
    monkeypatch.setattr(Page, "route_for_request", down)
    response = client.get(url_in(report_page, "en"))
    assert response.status_code == 503
    assert "<form" not in response.content.decode()


def test_the_busy_page_has_the_quick_exit_and_it_works_without_a_database(
    client, report_page, monkeypatch
):
    from wagtail.models import Site

    from home.models import PortalSettings

    monkeypatch.setattr(Page, "route_for_request", down)
    page = client.get(url_in(report_page, "th")).content.decode()
    assert 'href="/exit/"' in page and "data-quick-exit" in page
    monkeypatch.setattr(Site, "find_for_request", down)
    leaving = client.get("/exit/")
    assert leaving.status_code == 302
    assert leaving["Location"] == PortalSettings.DEFAULT_EXIT_URL
    assert leaving["Clear-Site-Data"] == '"cache", "cookies", "storage"'


def test_a_staff_sign_in_during_an_outage_keeps_no_password_or_code(
    client, monkeypatch
):
    from django.contrib.auth.backends import ModelBackend

    monkeypatch.setattr(ModelBackend, "authenticate", down)
    response = client.post(
        "/admin/login/",
        {"username": "manager", "password": "s3cret-Passw0rd", "otp_token": "123456"},
    )
    assert response.status_code == 503
    page = response.content.decode()
    assert "s3cret-Passw0rd" not in page and "123456" not in page
    assert "manager" not in page
    assert "<form" not in page


def test_only_the_public_forms_fields_come_back(client, report_page, monkeypatch):
    url = url_in(report_page, "en")
    data = form_data(client, url, description="kept")
    data.update(
        password="s3cret-Passw0rd",
        code="ABCD-EFGH-JKLM",
        **{"g-recaptcha-response": "captcha-answer"},
    )
    monkeypatch.setattr(Page, "route_for_request", down)
    page = client.post(url, data).content.decode()
    assert 'name="token"' in page and "kept" in page
    for secret in ("s3cret-Passw0rd", "ABCD-EFGH-JKLM", "captcha-answer"):
        assert secret not in page
    assert page.count('name="csrfmiddlewaretoken"') == 1
