"""Tell staff that something happened to a case: never what it says.

One Notification row per event and recipient is written in the same
transaction as the event (the outbox). Every minute the task worker's
"outbox" job (reports/tasks.py) runs ``send_due``: it claims each due row,
sends one email (the case reference and a link to its page in the admin,
nothing else) and marks it sent. No complainant ever waits for a mail
server, and nothing is queued from their request (a task row would record
the second it was queued). A failure counts the attempt; the row is tried
again with backoff, in minutes that are multiples of BACKOFF_MINUTES, so no
retry time is stored either. ``manage.py send_notifications`` does the same
from cron. Delivery is at least once: a worker killed after the mail server
accepted a message and before the row was marked sends it again (after its
claim, kept to the hour, lapses).

Who is told:
- a new case: every case manager, and the case workers whose provinces
  include the case's province;
- an answer from the complainant: the case's assignee, or the case managers
  when nobody has it.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .clock import coarse_now
from .models import Notification

logger = logging.getLogger(__name__)

MANAGERS = "Case managers"
WORKERS = "Case workers"
#: How long a worker may hold a row while it talks to the mail server,
#: counted from the hour (a claim records no finer time).
CLAIM = timedelta(hours=2)
#: After n failed tries a row is tried again only in minutes that are a
#: multiple of BACKOFF_MINUTES[n - 1] (the last for every further try).
BACKOFF_MINUTES = [1, 2, 5, 10, 30, 60]


def _staff():
    return get_user_model().objects.filter(is_active=True).exclude(email="")


def managers():
    return _staff().filter(groups__name=MANAGERS).distinct()


def new_case_recipients(report):
    """Case managers, and the case workers who cover the case's province."""
    covering = Q(groups__name=WORKERS, case_scope__provinces=report.province_id)
    if report.province_id is None:
        covering = Q(pk__in=[])
    return _staff().filter(Q(groups__name=MANAGERS) | covering).distinct()


def reply_recipients(report):
    assignee = report.assignee
    if assignee is not None and assignee.is_active and assignee.email:
        return [assignee]
    return list(managers())


def new_case(report) -> None:
    """Queue "a new case exists" for its recipients (call inside the
    report's transaction)."""
    _queue(report, Notification.Kind.NEW_CASE, new_case_recipients(report))


def reply(report) -> None:
    """Queue "the complainant answered" (inside the reply's transaction)."""
    _queue(report, Notification.Kind.REPLY, reply_recipients(report))


def _queue(report, kind, recipients) -> None:
    rows = Notification.objects.bulk_create(
        Notification(report=report, kind=kind, recipient=user, urgent=report.urgent)
        for user in recipients
    )
    if not rows:
        logger.warning("Nobody with an email address to tell about a case.")


def case_url(report) -> str:
    path = reverse("reports_case:inspect", args=[report.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _claim(notification_id: int) -> bool:
    """Take the row for this worker, unless it is sent or being sent."""
    now = timezone.now()
    return bool(
        Notification.objects.filter(pk=notification_id, sent_at__isnull=True)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(claimed_until=coarse_now() + CLAIM)
    )


def is_due(attempts: int, now) -> bool:
    """Whether a row that failed ``attempts`` times is tried in this minute."""
    if attempts == 0:
        return True
    every = BACKOFF_MINUTES[min(attempts - 1, len(BACKOFF_MINUTES) - 1)]
    return int(now.timestamp() // 60) % every == 0


def deliver(notification_id: int) -> bool:
    """Send one outbox row; True when it is sent (or nothing is left to do).

    No transaction is held while talking to the mail server (on SQLite that
    would block every other write). Never raises.
    """
    try:
        if not _claim(notification_id):
            return True
        notification = Notification.objects.select_related("report", "recipient").get(
            pk=notification_id
        )
        subject, body = _message(notification)
        send_mail(subject, body, None, [notification.recipient.email])
    except Exception as error:  # any failure: keep the row, try again later
        _failed(notification_id, error)
        return False
    Notification.objects.filter(pk=notification_id).update(
        sent_at=coarse_now(),
        attempts=F("attempts") + 1,
        last_error="",
        claimed_until=None,
    )
    return True


def _failed(notification_id: int, error: Exception) -> None:
    name = type(error).__name__
    logger.warning("Notification %s not sent: %s", notification_id, name)
    Notification.objects.filter(pk=notification_id).update(
        attempts=F("attempts") + 1, last_error=name[:200], claimed_until=None
    )


def language_of(user) -> str:
    """The language the recipient chose for the admin (Thai by default)."""
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language()


def _message(notification) -> tuple[str, str]:
    report = notification.report
    with translation.override(language_of(notification.recipient)):
        if notification.kind == Notification.Kind.REPLY:
            subject = _("Answer from the complainant in case %(reference)s")
            intro = _("The complainant has answered in a case. Open it here:")
        elif notification.urgent:
            subject = _("Urgent: new case %(reference)s")
            intro = _("A new urgent case has been received. Open it here:")
        else:
            subject = _("New case %(reference)s")
            intro = _("A new case has been received. Open it here:")
        body = "\n".join(
            [
                intro,
                case_url(report),
                "",
                _("This email holds no details of the case on purpose."),
            ]
        )
        return subject % {"reference": report.reference}, body


def send_due() -> tuple[int, int]:
    """Send every unsent row that is due this minute and not held by a live
    worker; returns (sent, failed)."""
    now = timezone.now()
    rows = (
        Notification.objects.filter(sent_at__isnull=True)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .values_list("pk", "attempts")
    )
    sent = failed = 0
    for pk, attempts in list(rows):
        if not is_due(attempts, now):
            continue
        if deliver(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed
