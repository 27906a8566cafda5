"""What staff do with a case: triage, assign, refer, move it on, note, write
to the complainant. Each function is one transaction, checks that the move
makes sense (reports/states.py) and leaves an entry in the audit trail
without content. Permission checks belong to the views (reports/views/admin);
these functions trust their caller.
"""

from django.db import transaction
from django.utils import timezone

from .. import audit
from ..choices import State
from ..deadlines import set_deadlines
from ..models import Message, Note, Referral, Report, StatusChange
from ..states import PUBLIC_STATUS, TransitionRefused, allowed, allowed_for


def _locked(case: Report) -> Report:
    return Report.objects.select_for_update().get(pk=case.pk)


def _move(case: Report, state: str, when) -> None:
    """Set the state (the caller has checked the move), follow it with the
    public status, and record the complainant's timeline step."""
    if case.state == State.NEW and case.acknowledged_at is None:
        case.acknowledged_at = when
    case.state = state
    status = PUBLIC_STATUS[state]
    if status != case.status:
        case.status = status
        StatusChange.objects.create(report=case, status=status, created_at=when)


def _save(case: Report, when, *fields) -> None:
    case.updated_at = when
    case.save(update_fields=["updated_at", *fields])


def case_triage(*, case: Report, user, urgent: bool, category: str) -> Report:
    """Set urgency and correct the category; a new case moves to triage."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        changes = {}
        if urgent != case.urgent:
            changes["urgent"] = urgent
            case.urgent = urgent
            set_deadlines(case)
        if category != case.category:
            changes["category"] = [case.category, category]
            case.category = category
        if case.state == State.NEW:
            _move(case, State.TRIAGE, now)
            changes["state"] = [State.NEW, State.TRIAGE]
        _save(
            case,
            now,
            "urgent",
            "category",
            "acknowledge_by",
            "state",
            "status",
            "acknowledged_at",
        )
        audit.record(case, "reports.triage", user, **changes)
    return case


def case_assign(*, case: Report, user, assignee) -> Report:
    """Give the case to a member of staff (or to nobody: ``assignee=None``)."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        case.assignee = assignee
        _save(case, now, "assignee")
        audit.record(
            case,
            "reports.assign",
            user,
            assignee=assignee.get_username() if assignee else None,
        )
    return case


def case_take(*, case: Report, user) -> Report:
    """A case worker takes an unassigned case; refused (TransitionRefused)
    if someone got it meanwhile."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        if case.assignee_id is not None:
            raise TransitionRefused("taken")
        case.assignee = user
        _save(case, now, "assignee")
        audit.record(case, "reports.assign", user, assignee=user.get_username())
    return case


def case_refer(*, case: Report, user, agency) -> Referral:
    """Pass the case to an agency; the complainant sees "Referred for help"."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        if case.state != State.REFERRED and not allowed(case.state, State.REFERRED):
            raise TransitionRefused(case.state, State.REFERRED)
        referral = Referral.objects.create(
            report=case, agency=agency, created_by=user, created_at=now, updated_at=now
        )
        if case.state != State.REFERRED:
            _move(case, State.REFERRED, now)
        case.answered_at = case.answered_at or now
        _save(case, now, "state", "status", "acknowledged_at", "answered_at")
        audit.record(case, "reports.refer", user, agency=agency.name)
    return referral


def referral_outcome(*, referral: Referral, user, outcome: str) -> Referral:
    now = timezone.now()
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        referral.outcome, referral.updated_at = outcome, now
        referral.save(update_fields=["outcome", "updated_at"])
        audit.record(
            referral.report,
            "reports.referral_outcome",
            user,
            agency=referral.agency.name,
            outcome=outcome,
        )
    return referral


def state_change(*, case: Report, user, state: str, outcome: str = "") -> Report:
    """Move the case on. Closing needs an outcome; reopening clears it."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        if not allowed_for(case, state):
            raise TransitionRefused(case.state, state)
        if state == State.CLOSED and not outcome:
            raise TransitionRefused(case.state, state, "an outcome is needed")
        previous = case.state
        _move(case, state, now)
        if state == State.CLOSED:
            case.outcome, case.closed_at = outcome, now
            case.answered_at = case.answered_at or now
        elif previous == State.CLOSED:
            case.outcome, case.closed_at = "", None
        if previous == State.WAITING:
            case.state_before_waiting = ""
        _save(
            case,
            now,
            "state",
            "status",
            "outcome",
            "closed_at",
            "acknowledged_at",
            "answered_at",
            "state_before_waiting",
        )
        audit.record(
            case, "reports.state", user, state=[previous, state], outcome=outcome
        )
    return case


def case_note(*, case: Report, user, body: str) -> Note:
    """An internal note: encrypted, never shown to the complainant."""
    now = timezone.now()
    with transaction.atomic():
        note = Note.objects.create(report=case, body=body, author=user, created_at=now)
        audit.record(case, "reports.note", user)
    return note


def case_message(*, case: Report, user, body: str, question: bool = False) -> Message:
    """Write to the complainant; they read it on the tracking page, signed
    "the centre" (never a name). A question puts the case in WAITING until
    they answer, and remembers where it was."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        if question and not allowed(case.state, State.WAITING):
            raise TransitionRefused(case.state, State.WAITING)
        message = Message.objects.create(
            report=case,
            direction=Message.Direction.TO_COMPLAINANT,
            body=body,
            author=user,
            created_at=now,
        )
        if question and case.state != State.WAITING:
            # An answer returns the case where it was; a new one has been
            # read by now, so it returns to triage.
            case.state_before_waiting = (
                State.TRIAGE if case.state == State.NEW else case.state
            )
            _move(case, State.WAITING, now)
        elif case.state == State.NEW:
            _move(case, State.TRIAGE, now)
        case.answered_at = case.answered_at or now
        case.acknowledged_at = case.acknowledged_at or now
        _save(
            case,
            now,
            "state",
            "status",
            "state_before_waiting",
            "acknowledged_at",
            "answered_at",
        )
        audit.record(case, "reports.message", user, question=question)
    return message


def case_hold(*, case: Report, user, hold: bool) -> Report:
    """Put a case on legal hold (never purged) or take it off."""
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case)
        case.legal_hold = hold
        _save(case, now, "legal_hold")
        audit.record(case, "reports.legal_hold", user, hold=hold)
    return case


def case_opened(*, case: Report, user, content: bool) -> None:
    """A member of staff opened the case page (``content``: with what the
    complainant wrote, decrypted); an unread answer is now read."""
    audit.record(case, "reports.view_content" if content else "reports.view", user)
    if content and case.unread_reply:
        Report.objects.filter(pk=case.pk).update(unread_reply=False)
        case.unread_reply = False
