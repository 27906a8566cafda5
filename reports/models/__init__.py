"""Complaints and the staff's work on them.

Nothing here holds an IP address, a user agent or a tracking code. The code
is stored only as an HMAC (``Report.code_hash``); what a complainant wrote,
staff notes and messages are encrypted at rest. ``__str__`` of every model
returns only the case reference (and a number), because Wagtail's audit log
shows it to other staff.

- ``ids``: random primary keys and references (reveal no order or count)
- ``case``: the report, its timeline, messages, files, receipt and outbox
- ``work``: agencies, referrals, internal notes, case workers' scopes
- ``audit``: the case audit trail (Wagtail log entries of their own), and
  each export of statistics
- ``archive``: the anonymous facts the statistics keep of purged cases
- ``pages``: the report form and tracking page types
- ``jobs``: when the worker's periodic jobs run next
"""

from .archive import ArchivedCase
from .audit import CaseLogEntry, StatisticsExport
from .case import (
    Attachment,
    Message,
    Notification,
    PendingReceipt,
    Report,
    StatusChange,
)
from .ids import RandomIdModel, new_reference, random_id
from .jobs import ScheduledJob
from .pages import ReportFormPage, TrackingPage
from .work import Agency, Note, Referral, StaffScope

__all__ = [
    "Agency",
    "ArchivedCase",
    "Attachment",
    "CaseLogEntry",
    "Message",
    "Note",
    "Notification",
    "PendingReceipt",
    "RandomIdModel",
    "Referral",
    "Report",
    "ReportFormPage",
    "ScheduledJob",
    "StaffScope",
    "StatisticsExport",
    "StatusChange",
    "TrackingPage",
    "new_reference",
    "random_id",
]
