"""Writes to reports. The form page, the tracking page, the admin, commands and
tests all go through these functions; each is one transaction."""

import functools
import hashlib
import hmac
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import codes, notifications, storage
from .attachments import CleanAttachment
from .choices import Status
from .models import Attachment, Message, Notification, Report, StatusChange

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submission:
    report: Report
    code: str | None  # None when the same form was already sent


def submission_key(token_nonce: str) -> str:
    secret = settings.REPORTS_HMAC_KEY.encode()
    return hmac.new(
        secret, f"submit:{token_nonce}".encode(), hashlib.sha256
    ).hexdigest()


def _store_files(report, files, saved, *, message=None):
    for clean in files:
        name = storage.save(clean.data)
        saved.append(name)
        Attachment.objects.create(
            report=report,
            message=message,
            stored_name=name,
            original_name=clean.original_name,
            content_type=clean.content_type,
            size=len(clean.data),
        )


def _remove(saved):
    for name in saved:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Could not remove an orphaned attachment file")


def report_submit(
    *,
    category: str,
    affected: list[str],
    relation: str,
    province,
    district: str,
    when: str,
    description: str,
    in_danger: bool,
    contact: dict,
    files: list[CleanAttachment],
    token_nonce: str,
    language: str,
) -> Submission:
    """Save a report whole (report, files, timeline, outbox row) or not at all.

    Returns the plain tracking code once; a second call with the same form
    token returns the existing report and no code.
    """
    key = submission_key(token_nonce)
    existing = Report.objects.filter(submission_key=key).first()
    if existing:
        return Submission(existing, None)
    code = codes.generate()
    saved: list[str] = []
    try:
        with transaction.atomic():
            report = Report.objects.create(
                code_hash=codes.code_hash(code),
                submission_key=key,
                category=category,
                affected=affected,
                relation=relation,
                province=province,
                district=district,
                when=when,
                description=description,
                in_danger=in_danger,
                urgent=in_danger,
                contact={k: v for k, v in contact.items() if v} or None,
                language=language,
            )
            report.reference = f"CW-{report.created_at:%Y}-{report.pk:06d}"
            report.save(update_fields=["reference"])
            StatusChange.objects.create(report=report, status=Status.RECEIVED)
            _store_files(report, files, saved)
            notification = Notification.objects.create(
                report=report, urgent=report.urgent
            )
            # robust: nothing that happens after commit may undo the answer.
            transaction.on_commit(
                functools.partial(notifications.send, notification.pk), robust=True
            )
    except IntegrityError:
        _remove(saved)
        existing = Report.objects.filter(submission_key=key).first()
        if existing:  # the same form, sent twice at the same moment
            return Submission(existing, None)
        raise
    except BaseException:
        _remove(saved)
        raise
    return Submission(report, code)


def report_find(code: str) -> Report | None:
    """The report for a normalised code, in one indexed query."""
    return Report.objects.filter(code_hash=codes.code_hash(code)).only("pk").first()


def complainant_reply(
    *, report: Report, body: str, files: list[CleanAttachment], token_nonce: str
) -> Message:
    """Save the complainant's answer (and files) once, however often it is sent."""
    key = submission_key(f"reply:{token_nonce}")
    existing = Message.objects.filter(submission_key=key).first()
    if existing:
        return existing
    saved: list[str] = []
    try:
        with transaction.atomic():
            message = Message.objects.create(
                report=report,
                direction=Message.Direction.FROM_COMPLAINANT,
                body=body,
                submission_key=key,
            )
            _store_files(report, files, saved, message=message)
            if report.status == Status.WAITING:
                status_change(report=report, status=Status.ASSESSING)
            else:
                Report.objects.filter(pk=report.pk).update(updated_at=timezone.now())
    except BaseException:
        _remove(saved)
        raise
    return message


def staff_message(
    *, report: Report, author, body: str, ask_for_answer: bool = False
) -> Message:
    with transaction.atomic():
        message = Message.objects.create(
            report=report,
            direction=Message.Direction.TO_COMPLAINANT,
            body=body,
            author=author,
        )
        if ask_for_answer:
            status_change(report=report, status=Status.WAITING)
    return message


def status_change(*, report: Report, status: str) -> None:
    with transaction.atomic():
        report.status = status
        report.save(update_fields=["status", "updated_at"])
        StatusChange.objects.create(report=report, status=status)
