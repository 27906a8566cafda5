"""The tracking page: a code opens one case for a short while, nothing more."""

import time

import pytest

from reports import codes, services
from reports.choices import Status
from reports.models import Message, Report
from tests.conftest import url_in


def find(client, page, code, language="th"):
    return client.post(url_in(page, language), {"action": "find", "code": code})


def test_a_code_opens_the_case(client, tracking_page, submitted):
    url = url_in(tracking_page, "th")
    response = find(client, tracking_page, codes.grouped(submitted.code))
    assert response.status_code == 302
    assert response["Location"] == url  # the code is not in the URL
    response = client.get(url)
    html = response.content.decode()
    from django.utils import translation

    with translation.override("th"):
        received = str(Status.RECEIVED.label)
    assert "<strong>" + received + "</strong>" in html
    assert submitted.code not in html
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Robots-Tag"].startswith("noindex")


def test_thai_digits_and_dashes_work(client, tracking_page, submitted):
    thai = "".join(chr(0x0E50 + int(d)) for d in submitted.code)
    response = find(client, tracking_page, f"{thai[:10]}-{thai[10:]}")
    assert response.status_code == 302


def test_a_typo_gets_a_check_the_digits_hint(client, tracking_page, submitted):
    code = submitted.code
    typo = code[:5] + str((int(code[5]) + 1) % 10) + code[6:]
    response = find(client, tracking_page, typo, "en")
    assert response.status_code == 400
    assert "check the digits" in response.content.decode()


def test_unknown_and_purged_codes_get_the_same_answer(client, tracking_page, submitted):
    never_issued = codes.generate()
    first = find(client, tracking_page, never_issued, "en")
    Report.objects.filter(pk=submitted.report.pk).delete()  # purged
    second = find(client, tracking_page, submitted.code, "en")

    def visible(response):
        html = response.content.decode()
        return (
            html.split('name="csrfmiddlewaretoken" value="')[0]
            + html.split('name="code"')[1]
        )

    assert first.status_code == second.status_code == 400
    assert visible(first).replace(never_issued, "") == visible(second).replace(
        submitted.code, ""
    )
    assert "could not find a report" in first.content.decode()


def test_tracking_attempts_are_rate_limited(client, tracking_page, db, settings):
    settings.REPORTS_RATE_LIMITS = {
        **settings.REPORTS_RATE_LIMITS,
        "track": {"client": (3, 900), "site": (100, 3600)},
    }
    statuses = [
        find(client, tracking_page, codes.generate(), "ms").status_code
        for _ in range(4)
    ]
    assert statuses == [400, 400, 400, 429]


def test_reply_with_a_message(client, tracking_page, submitted):
    services.case_message(
        case=submitted.report, user=None, body="เกิดเหตุที่ไหน", question=True
    )
    find(client, tracking_page, submitted.code)
    url = url_in(tracking_page, "th")
    html = client.get(url).content.decode()
    assert "เกิดเหตุที่ไหน" in html
    token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
    response = client.post(
        url, {"action": "reply", "body": "ที่บ้านเลขที่ 5", "token": token}
    )
    assert response.status_code == 200
    reply = Message.objects.get(direction=Message.Direction.FROM_COMPLAINANT)
    assert reply.body == "ที่บ้านเลขที่ 5"
    submitted.report.refresh_from_db()
    # Answered: back where it was before the question (a new case: triage).
    assert submitted.report.status == Status.ASSESSING
    assert submitted.report.state == "triage"


def test_exit_ends_the_case_session(client, tracking_page, submitted):
    find(client, tracking_page, submitted.code)
    url = url_in(tracking_page, "en")
    assert "Your report" in client.get(url).content.decode()
    client.post(url, {"action": "exit"})
    html = client.get(url).content.decode()
    assert "Your report" not in html and 'name="code"' in html


def test_the_case_closes_after_30_idle_minutes(
    client, tracking_page, submitted, monkeypatch
):
    find(client, tracking_page, submitted.code)
    url = url_in(tracking_page, "en")
    later = time.time() + 31 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    html = client.get(url).content.decode()
    assert 'name="code"' in html and "Your report" not in html


def test_a_reply_without_a_session_changes_nothing(client, tracking_page, submitted):
    response = client.post(
        url_in(tracking_page, "th"), {"action": "reply", "body": "x"}
    )
    assert response.status_code == 200
    assert Message.objects.count() == 0


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_tracking_page_renders_in_every_language(client, tracking_page, language):
    response = client.get(url_in(tracking_page, language))
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    assert 'inputmode="numeric"' in response.content.decode()


def test_quick_exit_ends_an_open_case(client, tracking_page, submitted):
    find(client, tracking_page, submitted.code)
    url = url_in(tracking_page, "en")
    assert "Your report" in client.get(url).content.decode()
    response = client.get("/exit/")
    assert response.status_code == 302
    assert response["Location"].startswith("https://")
    assert response["Referrer-Policy"] == "no-referrer"
    assert "cookies" in response["Clear-Site-Data"]
    html = client.get(url).content.decode()
    assert "Your report" not in html and 'name="code"' in html


def test_a_resent_reply_is_saved_once(client, tracking_page, submitted):
    find(client, tracking_page, submitted.code)
    url = url_in(tracking_page, "th")
    html = client.get(url).content.decode()
    token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
    data = {"action": "reply", "body": "คำตอบ", "token": token}
    assert client.post(url, data).status_code == 200
    assert client.post(url, data).status_code == 200
    assert (
        Message.objects.filter(direction=Message.Direction.FROM_COMPLAINANT).count()
        == 1
    )


def test_a_reply_that_cannot_be_stored_keeps_the_text(
    client, tracking_page, submitted, monkeypatch
):
    from django.db import OperationalError

    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "complainant_reply", locked)
    find(client, tracking_page, submitted.code)
    url = url_in(tracking_page, "en")
    html = client.get(url).content.decode()
    token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
    response = client.post(url, {"action": "reply", "body": "my words", "token": token})
    assert response.status_code == 503
    assert "my words" in response.content.decode()
