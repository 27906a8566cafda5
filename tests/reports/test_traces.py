"""No trace in places nobody looks: error emails, times, ciphertext, file
metadata, references, sessions, local files."""

import io
import os
import re
import stat
import subprocess
import sys
from urllib.parse import quote

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection

from reports import crypto, services, storage, tracking
from reports.models import Attachment, Message, Report, StatusChange
from tests.conftest import url_in

from .conftest import form_data, jpeg_with_gps


def upload(content, name):
    file = io.BytesIO(content)
    file.name = name
    return file


class FakeGunicornSocket:
    def __repr__(self):
        return (
            "<socket.socket fd=9, family=2, type=1, proto=0, "
            "laddr=('10.0.0.5', 8000), raddr=('203.0.113.5', 51234)>"
        )


def test_error_emails_hold_no_file_name_address_or_port(
    client, report_page, settings, monkeypatch
):
    settings.ADMINS = [("Ops", "ops@example.org")]
    client.raise_request_exception = False

    def broken(**kwargs):
        raise RuntimeError("storage exploded")

    monkeypatch.setattr(services, "report_submit", broken)
    url = url_in(report_page, "th")
    data = form_data(client, url, description="เรื่องลับมาก")
    data["files"] = [upload(jpeg_with_gps(), "สมชาย_บ้าน.jpg")]
    response = client.post(
        url,
        data,
        REMOTE_ADDR="203.0.113.5",
        REMOTE_PORT="51234",
        HTTP_USER_AGENT="SecretPhone/1.0",
        HTTP_REFERER="https://example.org/from",
        QUERY_STRING="q=" + quote("ความลับ"),
        **{"gunicorn.socket": FakeGunicornSocket()},
    )
    assert response.status_code == 500
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    text = (
        email.subject
        + email.body
        + "".join(str(content) for content, _type in getattr(email, "alternatives", []))
    )
    assert "storage exploded" in text  # still useful to whoever fixes it
    for secret in [
        "สมชาย",
        "203.0.113.5",
        "51234",
        "SecretPhone",
        "example.org/from",
        "เรื่องลับ",
        "ความลับ",
        quote("ความลับ"),
        "raddr",
    ]:
        assert secret not in text, secret


def test_complainant_actions_are_recorded_to_the_hour(client, report_page):
    url = url_in(report_page, "en")
    data = form_data(client, url)
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    assert client.post(url, data).status_code == 200
    report = Report.objects.get()
    times = [
        report.created_at,
        report.updated_at,
        *StatusChange.objects.values_list("created_at", flat=True),
        *Attachment.objects.values_list("created_at", flat=True),
    ]
    for when in times:
        assert (when.minute, when.second, when.microsecond) == (0, 0, 0)


def test_a_reply_comes_after_the_staff_message_it_answers(submitted):
    question = services.case_message(
        case=submitted.report, user=None, body="?", question=True
    )
    answer = services.complainant_reply(
        report=submitted.report, body="!", files=[], token_nonce="r1"
    )
    assert answer.created_at > question.created_at
    thread = list(submitted.report.messages.all())
    assert thread == [question, answer]


def test_ciphertext_carries_no_time(submitted):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT description FROM reports_report WHERE id = %s",
            [submitted.report.pk],
        )
        stored = cursor.fetchone()[0]
    token = crypto.from_text(stored)
    plain = "เด็กถูกทำร้ายที่บ้านข้างๆ".encode()
    # Version, random nonce, ciphertext, tag: no room for a timestamp.
    assert token[:1] == crypto.VERSION
    assert len(token) == 1 + crypto.NONCE_BYTES + len(plain) + 16
    assert not stored.startswith("gAAAA")  # not Fernet


def test_files_are_private_and_timed_to_the_hour(client, report_page, settings):
    url = url_in(report_page, "en")
    data = form_data(client, url)
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    client.post(url, data)
    name = Attachment.objects.get().stored_name
    path = storages_path(name)
    info = os.stat(path)
    assert stat.S_IMODE(info.st_mode) == 0o600
    assert info.st_mtime % 3600 == 0 and info.st_atime % 3600 == 0
    assert [n for n in storage.names() if n.startswith(".partial")] == []


def storages_path(name):
    from django.core.files.storage import storages

    return storages["reports"].path(name)


def test_references_and_ids_reveal_neither_order_nor_count(db):
    reports = [
        services.report_submit(
            category="other",
            affected=["other"],
            relation="self",
            province=None,
            district="",
            when="today",
            description="x",
            in_danger=False,
            contact={},
            files=[],
            token_nonce=f"n{i}",
            language="th",
        ).report
        for i in range(5)
    ]
    for report in reports:
        assert re.fullmatch(
            r"CW-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", report.reference
        )
    ids = [report.pk for report in reports]
    assert sorted(ids) != list(range(min(ids), min(ids) + 5))
    assert max(ids) > 10**6  # random, not a count


def test_tracking_leaves_no_session_row_and_a_sealed_cookie(
    client, tracking_page, submitted
):
    url = url_in(tracking_page, "en")
    response = client.post(url, {"action": "find", "code": submitted.code})
    assert response.status_code == 302
    cookie = response.cookies[tracking.COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert not cookie["max-age"] and not cookie["expires"]  # dies with the browser
    assert str(submitted.report.pk) not in cookie.value
    assert "Your report" in client.get(url).content.decode()
    assert Session.objects.count() == 0
    # Altered, the cookie opens nothing.
    client.cookies[tracking.COOKIE] = cookie.value[:-4] + "AAAA"
    assert "Your report" not in client.get(url).content.decode()


def test_a_deleted_case_cannot_be_opened_from_an_old_cookie(
    client, tracking_page, submitted
):
    url = url_in(tracking_page, "en")
    client.post(url, {"action": "find", "code": submitted.code})
    Report.objects.filter(pk=submitted.report.pk).delete()
    response = client.get(url)
    assert 'name="code"' in response.content.decode()
    assert response.cookies[tracking.COOKIE].value == ""  # deleted


def test_local_state_is_private(tmp_path):
    var = tmp_path / "var"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PORTAL_VAR_DIR": str(var),
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    base = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    subprocess.run(
        [sys.executable, "manage.py", "check", "--database", "default"],
        cwd=base,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert stat.S_IMODE(var.stat().st_mode) == 0o700
    for name in ["db.sqlite3", "dev-secret-key", "dev-reports-hmac-key"]:
        assert stat.S_IMODE((var / name).stat().st_mode) == 0o600, name


def test_messages_from_the_complainant_are_timed_to_the_hour(submitted):
    message = services.complainant_reply(
        report=submitted.report, body="คำตอบ", files=[], token_nonce="r2"
    )
    assert message.created_at.minute == 0
    assert Message.objects.get().created_at == message.created_at


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_the_quick_exit_deletes_the_tracking_cookie(
    client, tracking_page, submitted, language
):
    client.post(
        url_in(tracking_page, language), {"action": "find", "code": submitted.code}
    )
    response = client.get("/exit/")
    assert response.cookies[tracking.COOKIE].value == ""
