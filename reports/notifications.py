"""Tell case managers that a case exists: never what it says.

Rows in the Notification outbox are written in the report's transaction and
sent after commit. A failing mail server leaves the row unsent, to be retried
by ``manage.py send_notifications``; the submission itself never fails.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import F
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Notification

logger = logging.getLogger(__name__)


def recipients() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=settings.REPORTS_NOTIFY_GROUP)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def case_url(report) -> str:
    try:
        path = reverse("reports_case:inspect", args=[report.pk])
    except NoReverseMatch:
        path = reverse("wagtailadmin_home")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(notification_id: int) -> bool:
    """Send one outbox row; True when sent (or nothing left to send).

    Never raises: a row that could not be sent stays for the retry command.
    """
    try:
        return _send(notification_id)
    except Exception as error:
        logger.warning(
            "Notification %s not sent: %s", notification_id, type(error).__name__
        )
        return False


def _send(notification_id: int) -> bool:
    """No transaction is held while talking to the mail server (on SQLite that
    would block every other write); delivery is at least once."""
    notification = (
        Notification.objects.select_related("report")
        .filter(pk=notification_id, sent_at__isnull=True)
        .first()
    )
    if notification is None:
        return True
    report = notification.report
    with translation.override(settings.LANGUAGE_CODE):
        template = (
            _("Urgent: new case %(reference)s")
            if notification.urgent
            else _("New case %(reference)s")
        )
        subject = template % {"reference": report.reference}
        body = _(
            "A new case has been received. Open it in the case queue:\n%(url)s\n\n"
            "This email holds no details of the case on purpose."
        ) % {"url": case_url(report)}
    pending = Notification.objects.filter(pk=notification.pk)
    try:
        to = recipients()
        if to:
            send_mail(subject, body, None, to)
    except Exception as error:  # any mail failure: keep the row, retry later
        pending.update(
            attempts=F("attempts") + 1, last_error=type(error).__name__[:200]
        )
        logger.warning(
            "Notification %s not sent: %s", notification.pk, type(error).__name__
        )
        return False
    pending.update(attempts=F("attempts") + 1, last_error="", sent_at=timezone.now())
    return True


def send_pending() -> tuple[int, int]:
    """Retry every unsent row; returns (sent, failed)."""
    sent = failed = 0
    for pk in Notification.objects.filter(sent_at__isnull=True).values_list(
        "pk", flat=True
    ):
        if send(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed
