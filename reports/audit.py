"""Record what staff do with a case, without its content.

Every view of a case page, every download, every action and every export is
a CaseLogEntry (models/audit.py): who, when (exactly: staff actions are not
a complainant's), which case (its reference as the label) and what kind of
thing happened, with ``data`` naming what changed (a state, an agency, a
file number), never what anyone wrote.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

# action -> (label for the audit trail, message template)
ACTIONS = {
    "reports.view": (_("Opened the case"), _("Opened the case")),
    "reports.view_content": (
        _("Read the report"),
        _("Read what the complainant wrote"),
    ),
    "reports.download": (_("Downloaded a file"), _("Downloaded a file")),
    "reports.triage": (_("Triaged"), _("Triaged the case")),
    "reports.assign": (_("Assigned"), _("Assigned the case")),
    "reports.refer": (_("Referred"), _("Referred the case to an agency")),
    "reports.referral_outcome": (
        _("Referral outcome"),
        _("Recorded what came of a referral"),
    ),
    "reports.state": (_("State changed"), _("Changed the state of the case")),
    "reports.note": (_("Note added"), _("Added an internal note")),
    "reports.message": (_("Message sent"), _("Sent a message to the complainant")),
    "reports.legal_hold": (_("Legal hold"), _("Changed the legal hold")),
    "reports.export": (_("Exported"), _("Exported case statistics")),
    "reports.purge": (_("Purged"), _("Removed by the retention schedule")),
}


def record(case, action: str, user, **data) -> None:
    """Add an entry to the case's audit trail."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    log(instance=case, action=action, user=user, data=data)


def register(actions) -> None:
    """The register_log_actions hook (wagtail_hooks.py)."""
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)
