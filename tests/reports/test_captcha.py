"""reCAPTCHA: off by default; when on, Google never gets the complainant's
address, and an unreachable Google never costs them what they typed."""

import io
import json
import socket
from urllib.error import URLError

import pytest

from reports.models import Report
from tests.conftest import url_in

from .conftest import form_data


@pytest.fixture
def captcha_on(settings):
    settings.RECAPTCHA_ENABLED = True
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"
    settings.RECAPTCHA_VERSION = "v2"


def fake_google(monkeypatch, *, answer=None, error=None):
    """Replace the one call that goes to Google; record what it was sent."""
    sent = []

    def request(params):
        sent.append(params.decode())
        if error:
            raise error
        return io.BytesIO(json.dumps(answer).encode())

    monkeypatch.setattr("django_recaptcha.client.recaptcha_request", request)
    return sent


def test_off_by_default_loads_nothing_from_google(client, report_page):
    response = client.get(url_in(report_page, "th"))
    html = response.content.decode()
    assert "recaptcha" not in html.lower()
    assert 'src="https://' not in html
    assert "google" not in response["Content-Security-Policy"]


def test_on_the_page_says_google_is_used(client, report_page, captcha_on):
    response = client.get(url_in(report_page, "en"))
    html = response.content.decode()
    assert "Google reCAPTCHA" in html
    assert 'src="https://www.google.com/recaptcha/api.js"' in html
    assert "https://www.google.com" in response["Content-Security-Policy"]


def test_a_valid_answer_submits_without_sending_the_address(
    client, report_page, captcha_on, monkeypatch
):
    sent = fake_google(monkeypatch, answer={"success": True})
    url = url_in(report_page, "th")
    data = form_data(client, url, **{"g-recaptcha-response": "token-from-widget"})
    response = client.post(url, data, REMOTE_ADDR="198.51.100.23")
    assert response.status_code == 200
    assert Report.objects.count() == 1
    assert len(sent) == 1
    assert "198.51.100.23" not in sent[0] and "remoteip" not in sent[0]


def test_a_failed_check_keeps_the_text(client, report_page, captcha_on, monkeypatch):
    fake_google(monkeypatch, answer={"success": False})
    url = url_in(report_page, "en")
    data = form_data(client, url, **{"g-recaptcha-response": "bad"})
    response = client.post(url, data)
    assert response.status_code == 400
    assert data["description"] in response.content.decode()
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    "error",
    [
        URLError(ConnectionRefusedError(111, "Connection refused")),
        URLError(socket.gaierror(-2, "Name or service not known")),
        TimeoutError("timed out"),
        URLError(TimeoutError("handshake timed out")),
    ],
    ids=["refused", "dns", "timeout", "tls-stall"],
)
def test_unreachable_google_reshows_the_form_with_hotlines(
    client, report_page, captcha_on, monkeypatch, error
):
    fake_google(monkeypatch, error=error)
    url = url_in(report_page, "th")
    data = form_data(client, url, **{"g-recaptcha-response": "token"})
    response = client.post(url, data)
    assert response.status_code == 400  # never a 500
    html = response.content.decode()
    assert data["description"] in html  # what they typed is kept
    assert 'href="tel:1300"' in html.split('id="main"', 1)[1]
    assert "Google" in html
    assert Report.objects.count() == 0


def test_v3_loads_the_script_with_the_site_key(
    client, report_page, captcha_on, settings
):
    settings.RECAPTCHA_VERSION = "v3"
    html = client.get(url_in(report_page, "en")).content.decode()
    assert (
        'src="https://www.google.com/recaptcha/api.js?render=public-test-key"' in html
    )
    assert 'data-recaptcha-v3="public-test-key"' in html
