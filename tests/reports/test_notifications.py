"""Staff hear about new cases and answers by email, from the worker's
outbox job (``send_due``, every minute): one email per recipient, no
content, a link that opens the case page; a failing mail server delays,
never loses, never fails a complainant's request."""

import io
import smtplib
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from reports import notifications, services
from reports.models import Notification
from tests.conftest import url_in

from .conftest import form_data, member, signed_in


@pytest.fixture
def people(db, django_user_model):
    return {
        "manager": member(django_user_model, "manager", "Case managers"),
        "yala": member(django_user_model, "yala", "Case workers", provinces=["yala"]),
        "pattani": member(
            django_user_model, "pattani", "Case workers", provinces=["pattani"]
        ),
        "editor": member(django_user_model, "editor", "Editors"),
    }


@pytest.fixture
def reported(people):
    """A case in Yala, sent once the staff exist; its emails are sent."""
    from home.models import Province

    submission = services.report_submit(
        category="other",
        affected=["other"],
        relation="self",
        province=Province.objects.get(code="yala"),
        district="",
        when="today",
        description="ลับ",
        in_danger=False,
        contact={},
        files=[],
        token_nonce="reported",
        language="th",
    )
    notifications.send_due()  # the worker's outbox job
    return submission.report


def reply(case, body, nonce):
    services.complainant_reply(report=case, body=body, files=[], token_nonce=nonce)
    notifications.send_due()


def test_a_new_case_tells_managers_and_the_workers_of_its_province(
    client, report_page, people
):
    from home.models import Province

    url = url_in(report_page, "th")
    data = form_data(
        client, url, in_danger="yes", province=Province.objects.get(code="yala").pk
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert mail.outbox == []  # nothing is sent in the complainant's request
    notifications.send_due()
    recipients = sorted(address for email in mail.outbox for address in email.to)
    assert recipients == ["manager@example.org", "yala@example.org"]
    assert all(len(email.to) == 1 for email in mail.outbox)  # one each
    html = response.content.decode()
    code = "".join(
        ch
        for ch in html.split('id="tracking-code"')[1].split("</p>")[0]
        if ch.isdigit()
    )
    for email in mail.outbox:
        text = email.subject + email.body
        assert code not in text and data["description"] not in text
        assert "ด่วน" in email.subject  # urgent, in the recipient's Thai
    assert Notification.objects.filter(sent_at__isnull=False).count() == 2
    sent = Notification.objects.first().sent_at
    assert (sent.minute, sent.second, sent.microsecond) == (0, 0, 0)


def test_the_link_in_the_email_opens_the_case_page(client, people, reported):
    email = next(e for e in mail.outbox if e.to == ["manager@example.org"])
    link = next(line for line in email.body.splitlines() if "/admin/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    signed_in(client, people["manager"])
    response = client.get("/" + path)
    assert response.status_code == 200
    assert reported.reference in response.content.decode()


def test_an_answer_tells_the_assignee_or_else_the_managers(people, reported):
    mail.outbox.clear()
    reply(reported, "คำตอบ", "1")
    assert [e.to for e in mail.outbox] == [["manager@example.org"]]
    services.case_assign(case=reported, user=people["manager"], assignee=people["yala"])
    mail.outbox.clear()
    reply(reported, "อีกครั้ง", "2")
    assert [e.to for e in mail.outbox] == [["yala@example.org"]]
    assert "คำตอบ" not in mail.outbox[0].body


def test_a_failing_mail_server_delays_but_never_loses_a_notification(
    client, report_page, people, monkeypatch
):
    def refused(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(notifications, "send_mail", refused)
    url = url_in(report_page, "th")
    response = client.post(url, form_data(client, url))
    assert response.status_code == 200  # the receipt, at once
    notifications.send_due()  # fails
    notifications.send_due()  # the next minute: fails again
    row = Notification.objects.get()
    assert row.sent_at is None and row.attempts == 2
    assert row.last_error == "SMTPServerDisconnected"
    assert row.claimed_until is None
    monkeypatch.undo()
    # After two failures the next try waits for an even minute.
    minute = timezone.now().replace(second=0, microsecond=0)
    odd = minute if minute.minute % 2 else minute + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: odd)
    assert notifications.send_due() == (0, 0)
    assert mail.outbox == []
    monkeypatch.setattr(timezone, "now", lambda: odd + timedelta(minutes=1))
    call_command("send_notifications", stdout=io.StringIO())
    row.refresh_from_db()
    assert row.sent_at is not None and len(mail.outbox) == 1


def test_backoff_grows_with_each_failure_and_stores_no_time():
    start = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    minutes = [start + timedelta(minutes=m) for m in range(120)]
    tries = [
        sum(notifications.is_due(attempts, moment) for moment in minutes)
        for attempts in range(8)
    ]
    assert tries == [120, 120, 60, 24, 12, 4, 2, 2]
    names = {field.name for field in Notification._meta.get_fields()}
    assert not names & {"next_attempt_at", "last_attempt_at"}


def test_a_row_held_by_a_live_worker_is_not_sent_twice(people, reported):
    row = Notification.objects.filter(recipient=people["manager"]).first()
    Notification.objects.filter(pk=row.pk).update(
        sent_at=None, attempts=0, claimed_until=timezone.now() + timedelta(hours=1)
    )
    mail.outbox.clear()
    assert notifications.send_due() == (0, 0)
    assert mail.outbox == []
    # The worker died: once its claim lapses, the row goes, once.
    Notification.objects.filter(pk=row.pk).update(
        claimed_until=timezone.now() - timedelta(seconds=1)
    )
    assert notifications.send_due() == (1, 0)
    assert notifications.send_due() == (0, 0)
    assert len(mail.outbox) == 1


def test_the_email_is_in_the_recipients_admin_language(people, reported):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(people["manager"])
    profile.preferred_language = "en"
    profile.save()
    mail.outbox.clear()
    reply(reported, "x", "lang")
    assert mail.outbox[0].subject.startswith("Answer from the complainant")
