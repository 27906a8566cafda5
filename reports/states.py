"""The staff's working state of a case, and what the complainant sees of it.

Staff move a case through ``State``; the complainant sees five plain steps
(``Status``) on the tracking page. The table below is the only place that
says which moves make sense; ``services.state_change`` refuses the rest.

"In progress" means an agency is working on the case: the complainant reads
"Referred for help", so a case can only be in progress once it has been
referred. A question to the complainant puts the case in WAITING and
remembers where it was; their answer returns it there (a further question
while waiting keeps it waiting). An answer to a closed case is kept
and shown to staff, and the case stays closed (a case worker decides
whether to reopen it, which is a move like any other).
"""

from .choices import State, Status

TRANSITIONS: dict[str, set[str]] = {
    State.NEW: {
        State.TRIAGE,
        State.ASSESSING,
        State.REFERRED,  # someone is in danger: straight to the police
        State.WAITING,
        State.CLOSED,
    },
    State.TRIAGE: {State.ASSESSING, State.REFERRED, State.WAITING, State.CLOSED},
    State.ASSESSING: {State.REFERRED, State.IN_PROGRESS, State.WAITING, State.CLOSED},
    State.REFERRED: {State.ASSESSING, State.IN_PROGRESS, State.WAITING, State.CLOSED},
    State.IN_PROGRESS: {State.REFERRED, State.WAITING, State.CLOSED},
    State.WAITING: {
        State.WAITING,  # another question
        State.TRIAGE,
        State.ASSESSING,
        State.REFERRED,
        State.IN_PROGRESS,
        State.CLOSED,
    },
    State.CLOSED: {State.ASSESSING},  # reopen
}

PUBLIC_STATUS: dict[str, str] = {
    State.NEW: Status.RECEIVED,
    State.TRIAGE: Status.ASSESSING,
    State.ASSESSING: Status.ASSESSING,
    State.REFERRED: Status.REFERRED,
    State.IN_PROGRESS: Status.REFERRED,
    State.WAITING: Status.WAITING,
    State.CLOSED: Status.CLOSED,
}


class TransitionRefused(ValueError):
    """A move the table does not allow (or closing without an outcome)."""


def allowed(current: str, target: str, *, referred: bool = True) -> bool:
    """Whether a case in ``current`` may move to ``target`` (``referred``:
    whether it has been referred to an agency)."""
    if target == State.IN_PROGRESS and not referred:
        return False
    return target in TRANSITIONS.get(current, set())


def allowed_for(case, target: str) -> bool:
    # all(), not exists(): the case page has the referrals prefetched.
    return allowed(case.state, target, referred=bool(case.referrals.all()))
