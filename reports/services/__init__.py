"""Writes to reports, in plain functions that the pages, the admin, commands
and tests share; each is one transaction.

- ``complaints``: what complainants do (report, find with the code, answer)
- ``casework``: what staff do (triage, assign, refer, state, note, message)
"""

from .casework import (
    case_assign,
    case_hold,
    case_message,
    case_note,
    case_opened,
    case_refer,
    case_take,
    case_triage,
    referral_outcome,
    state_change,
)
from .complaints import (
    QuotaExceeded,
    Submission,
    complainant_reply,
    quota_left,
    receipts_expire,
    report_find,
    report_resent,
    report_submit,
    stored_bytes,
    submission_key,
)

__all__ = [
    "QuotaExceeded",
    "Submission",
    "case_assign",
    "case_hold",
    "case_message",
    "case_note",
    "case_opened",
    "case_refer",
    "case_take",
    "case_triage",
    "complainant_reply",
    "quota_left",
    "receipts_expire",
    "referral_outcome",
    "report_find",
    "report_resent",
    "report_submit",
    "state_change",
    "stored_bytes",
    "submission_key",
]
