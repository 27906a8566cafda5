"""What complainants do: send a report, find it with the code, answer.

Each function is one transaction; the form page, the tracking page, commands
and tests all go through them.
"""

import hashlib
import hmac
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from .. import codes, crypto, notifications, storage
from ..attachments import CleanAttachment
from ..choices import State, Status
from ..clock import coarse_now, complainant_time
from ..deadlines import set_deadlines
from ..models import Attachment, Message, PendingReceipt, Report, StatusChange
from ..states import PUBLIC_STATUS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submission:
    report: Report
    code: str | None  # None when the same form was sent after the window


class QuotaExceeded(Exception):
    """The case already holds as many attachment bytes as it may."""


def submission_key(token_nonce: str) -> str:
    secret = settings.REPORTS_HMAC_KEY.encode()
    return hmac.new(
        secret, f"submit:{token_nonce}".encode(), hashlib.sha256
    ).hexdigest()


def _store_files(report, files, saved, *, message=None, when=None):
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
            created_at=when or coarse_now(),
        )


def _receipt_key(token_nonce: str) -> bytes:
    return crypto.purpose_key("receipt", token_nonce)


def _seal_receipt(report: Report, code: str, token_nonce: str) -> None:
    deadline = int(time.time()) + settings.REPORTS_RECEIPT_WINDOW_SECONDS
    PendingReceipt.objects.create(
        report=report,
        sealed=crypto.seal(
            {"code": code, "until": deadline}, key=_receipt_key(token_nonce)
        ),
    )


def _resent(report: Report, token_nonce: str) -> Submission:
    """The same form again: the same code within the window, none after."""
    receipt = PendingReceipt.objects.filter(report=report).first()
    if receipt is not None:
        try:
            sealed = crypto.unseal(receipt.sealed, key=_receipt_key(token_nonce))
        except crypto.DecryptionError:
            sealed = {}
        if sealed.get("until", 0) >= time.time():
            return Submission(report, sealed["code"])
        receipt.delete()  # the window has passed: forget it now
    return Submission(report, None)


def receipts_expire() -> int:
    """Delete sealed receipts whose window has surely passed.

    A report's time is rounded down to the hour, so a receipt is surely
    expired once an hour plus the window has passed since that hour. Run by
    ``manage.py sweep_reports``; returns how many were deleted.
    """
    window = settings.REPORTS_RECEIPT_WINDOW_SECONDS
    cutoff = timezone.now() - timedelta(hours=1, seconds=window)
    deleted, _ = PendingReceipt.objects.filter(report__created_at__lt=cutoff).delete()
    return deleted


def _remove(saved):
    for name in saved:
        storage.delete_quietly(name)


def _insert_once(obj, **identity) -> bool:
    """Insert ``obj`` unless a row with one of its unique values exists, and
    say whether it was inserted (a row with ``identity`` now exists under its
    id). No error is raised on a conflict: the database is asked INSERT ...
    ON CONFLICT DO NOTHING (SQLite: INSERT OR IGNORE). A failed INSERT would
    be written, values and time, into PostgreSQL's log."""
    model = type(obj)
    model.objects.bulk_create([obj], ignore_conflicts=True)
    return model.objects.filter(pk=obj.pk, **identity).exists()


class _NotInserted(Exception):
    pass


def report_resent(token_nonce: str) -> Submission | None:
    """The report an earlier sending of this same form made, if any."""
    existing = Report.objects.filter(submission_key=submission_key(token_nonce)).first()
    return _resent(existing, token_nonce) if existing else None


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
    """Save a report whole (report, files, timeline, outbox rows) or not at all.

    Returns the plain tracking code. The same form sent again (same token),
    even at the same moment, returns the same report, with the same code
    within the receipt window (REPORTS_RECEIPT_WINDOW_SECONDS) and without a
    code after it.
    """
    key = submission_key(token_nonce)
    resent = report_resent(token_nonce)
    if resent:
        return resent
    for _attempt in range(3):  # another try only if a random value collided
        code = codes.generate()
        report = Report(
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
        set_deadlines(report)
        saved: list[str] = []
        try:
            with transaction.atomic():
                if not _insert_once(report, submission_key=key):
                    raise _NotInserted
                StatusChange.objects.create(
                    report=report, status=Status.RECEIVED, created_at=report.created_at
                )
                _seal_receipt(report, code, token_nonce)
                _store_files(report, files, saved, when=report.created_at)
                notifications.new_case(report)
        except _NotInserted:
            resent = report_resent(token_nonce)  # sent twice at the same moment
            if resent:
                return resent
            continue
        except BaseException:
            _remove(saved)
            raise
        return Submission(report, code)
    raise IntegrityError("no report could be inserted")


def report_find(code: str) -> Report | None:
    """The report for a normalised code, in one indexed query."""
    return Report.objects.filter(code_hash=codes.code_hash(code)).only("pk").first()


def stored_bytes(report: Report) -> int:
    """Total size of the attachments a case holds."""
    return report.attachments.aggregate(total=Sum("size"))["total"] or 0


def quota_left(report: Report) -> int:
    return max(settings.REPORTS_CASE_QUOTA_BYTES - stored_bytes(report), 0)


def complainant_reply(
    *, report: Report, body: str, files: list[CleanAttachment], token_nonce: str
) -> Message:
    """Save the complainant's answer (and files) once, however often it is sent.

    A case waiting for this answer goes back to where it was before the
    question. A closed case stays closed; the answer is kept and staff are
    told (reports/states.py). Raises QuotaExceeded (nothing saved) when the
    files would take the case over REPORTS_CASE_QUOTA_BYTES.
    """
    key = submission_key(f"reply:{token_nonce}")
    existing = Message.objects.filter(submission_key=key).first()
    if existing:
        return existing
    saved: list[str] = []
    try:
        with transaction.atomic():
            report = Report.objects.select_for_update().get(pk=report.pk)
            existing = Message.objects.filter(submission_key=key).first()
            if existing:  # sent twice at the same moment: saved by the other
                return existing
            if sum(len(f.data) for f in files) > quota_left(report):
                raise QuotaExceeded
            when = complainant_time(report)
            message = Message(
                report=report,
                direction=Message.Direction.FROM_COMPLAINANT,
                body=body,
                submission_key=key,
                created_at=when,
            )
            if not _insert_once(message, submission_key=key):
                return Message.objects.get(submission_key=key)
            _store_files(report, files, saved, message=message, when=when)
            if report.state == State.WAITING:
                back = report.state_before_waiting or State.ASSESSING
                report.state, report.state_before_waiting = back, ""
                status = PUBLIC_STATUS[back]
                if status != report.status:
                    report.status = status
                    StatusChange.objects.create(
                        report=report, status=status, created_at=when
                    )
            report.unread_reply = True
            report.updated_at = when
            report.save(
                update_fields=[
                    "state",
                    "state_before_waiting",
                    "status",
                    "unread_reply",
                    "updated_at",
                ]
            )
            notifications.reply(report)
    except BaseException:
        _remove(saved)
        raise
    return message
