"""Dates on the complainant's pages and the staff screens: the Buddhist era
when the page (or the admin) is in Thai, the Gregorian year otherwise, ISO in
every ``datetime`` attribute."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from reports import services
from reports.models import Message, Report, StatusChange
from tests.conftest import url_in

from .conftest import signed_in

BANGKOK = ZoneInfo("Asia/Bangkok")
RECEIVED = datetime(2024, 5, 15, 9, tzinfo=BANGKOK)
ANSWERED = datetime(2024, 5, 16, 14, 5, tzinfo=BANGKOK)

PUBLIC = {
    "th": ("15 พฤษภาคม 2567", "16 พฤษภาคม 2567"),
    "ms": ("15 Mei 2024", "16 Mei 2024"),
    "en": ("15 May 2024", "16 May 2024"),
}
STAFF = {
    "th": ("15 พ.ค. 2567, 09:00", "16 พ.ค. 2567, 14:05"),
    "en": ("15 May 2024, 09:00", "16 May 2024, 14:05"),
}


def backdate(report):
    Report.objects.filter(pk=report.pk).update(created_at=RECEIVED)
    StatusChange.objects.filter(report=report).update(created_at=RECEIVED)
    Message.objects.filter(report=report).update(created_at=ANSWERED)


@pytest.mark.parametrize(("language", "expected"), PUBLIC.items())
def test_tracking_timeline_and_messages_per_language(
    client, tracking_page, submitted, staff, language, expected
):
    services.case_message(
        case=submitted.report, user=staff["manager"], body="ได้รับเรื่องแล้ว"
    )
    backdate(submitted.report)
    url = url_in(tracking_page, language)
    client.post(url, {"action": "find", "code": submitted.code})
    html = client.get(url).content.decode()
    received, answered = expected
    assert f'<time datetime="2024-05-15">{received}</time>' in html
    assert f'<time datetime="2024-05-16">{answered}</time>' in html


@pytest.mark.parametrize(("language", "expected"), STAFF.items())
def test_the_staff_case_screens_follow_the_admin_language(
    client, staff, case, language, expected
):
    manager = staff["manager"]
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = language
    profile.save()
    services.case_message(case=case, user=manager, body="ได้รับเรื่องแล้ว")
    backdate(case)
    signed_in(client, manager)
    received, answered = expected

    html = client.get(reverse("reports_case:inspect", args=[case.pk])).content.decode()
    assert f"<dd>{received}</dd>" in html  # received
    assert f", {answered}</p>" in html  # the message
    if language == "th":
        assert "พ.ค. 2024" not in html

    queue = client.get(reverse("reports_case:index")).content.decode()
    assert f'<time datetime="2024-05-15T09:00:00+07:00">{received}</time>' in queue
