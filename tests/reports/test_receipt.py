"""A complainant never loses their tracking code to a second press of Send.

The same form sent again within the receipt window shows the same code; after
it, the "already sent" page says how to reach the centre, and nothing on the
server can give the code back.
"""

import re
import threading
import time

import pytest
from django.db import connection

from reports import codes, crypto, services
from reports.models import PendingReceipt, Report
from tests.conftest import url_in

from .conftest import form_data


def code_in(html):
    match = re.search(r'id="tracking-code"[^>]*>(.*?)</p>', html, re.S)
    return re.sub(r"<[^>]+>|\s", "", match.group(1)) if match else None


def test_sending_the_same_form_again_shows_the_same_code(client, report_page):
    url = url_in(report_page, "th")
    data = form_data(client, url)
    first = client.post(url, data)
    again = client.post(url, data)
    assert first.status_code == again.status_code == 200
    code = code_in(first.content.decode())
    assert codes.is_valid(code)
    assert code_in(again.content.decode()) == code
    assert Report.objects.count() == 1


def test_after_the_window_the_page_says_how_to_reach_the_centre(
    client, report_page, monkeypatch
):
    url = url_in(report_page, "en")
    data = form_data(client, url)
    code = code_in(client.post(url, data).content.decode())
    later = time.time() + 16 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "reports/already_sent.html"
    assert code not in html and code_in(html) is None
    report = Report.objects.get()
    assert report.reference in html and "Call the centre" in html
    # Once the window has passed, the sealed receipt is gone for good.
    assert not PendingReceipt.objects.exists()


def test_the_sealed_code_cannot_be_opened_with_the_servers_keys_alone(submitted):
    receipt = PendingReceipt.objects.get(report=submitted.report)
    assert submitted.code not in receipt.sealed
    # Every key the server has, but not the form's nonce: nothing.
    for guess in ["", submitted.report.submission_key, "wrong-token"]:
        with pytest.raises(crypto.DecryptionError):
            crypto.unseal(receipt.sealed, key=crypto.purpose_key("receipt", guess))
    # The browser's form nonce opens it.
    key = crypto.purpose_key("receipt", "fixture-token")
    assert crypto.unseal(receipt.sealed, key=key)["code"] == submitted.code


def test_expired_receipts_are_swept(submitted, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    assert services.receipts_expire() == 0  # still within its window
    now = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: now + timedelta(hours=1, minutes=16))
    assert services.receipts_expire() == 1
    assert not PendingReceipt.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_presses_at_the_same_moment_give_one_report_and_one_code(
    client, report_page, settings
):
    """Two requests with the same form at once (a double press while the
    first is still being saved) both show the same code."""
    if connection.vendor == "sqlite" and "memory" in str(
        connection.settings_dict["NAME"]
    ):
        pytest.skip("needs a database that threads can share")
    url = url_in(report_page, "th")
    data = form_data(client, url)
    results = []

    def press():
        from django.test import Client

        results.append(Client().post(url, data).content.decode())

    threads = [threading.Thread(target=press) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    found = {code_in(html) for html in results}
    assert len(found) == 1 and None not in found
    assert Report.objects.count() == 1
