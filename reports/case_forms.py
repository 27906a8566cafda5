"""The small forms of the case page, one per action (reports/views/cases.py).

Each form knows which permission its action needs (``action``, as in
reports/permissions.py) and which service function it calls.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import services
from .choices import Category, Outcome, ReferralOutcome, State
from .models import Agency
from .notifications import MANAGERS, WORKERS
from .states import allowed, allowed_for


def case_staff():
    """Active members of the case groups, for assignment."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[MANAGERS, WORKERS])
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class CaseActionForm(forms.Form):
    action = ""  # the permission the action needs
    prefix_name = ""
    heading = ""
    submit_label = _("Save")

    def __init__(self, *args, case, user, **kwargs):
        self.case, self.user = case, user
        super().__init__(*args, prefix=self.prefix_name, **kwargs)

    def save(self):
        raise NotImplementedError


class TriageForm(CaseActionForm):
    action = "change"
    prefix_name = "triage"
    heading = _("Triage")
    urgent = forms.BooleanField(label=_("Urgent"), required=False)
    category = forms.ChoiceField(label=_("What happened"), choices=Category.choices)

    def __init__(self, *args, case, **kwargs):
        kwargs.setdefault("initial", {"urgent": case.urgent, "category": case.category})
        super().__init__(*args, case=case, **kwargs)

    def save(self):
        return services.case_triage(
            case=self.case,
            user=self.user,
            urgent=self.cleaned_data["urgent"],
            category=self.cleaned_data["category"],
        )


class AssignForm(CaseActionForm):
    action = "assign"
    prefix_name = "assign"
    heading = _("Assign")
    assignee = StaffChoiceField(
        label=_("Assign to"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody"),
    )

    def __init__(self, *args, case, **kwargs):
        kwargs.setdefault("initial", {"assignee": case.assignee_id})
        super().__init__(*args, case=case, **kwargs)
        self.fields["assignee"].queryset = case_staff()

    def save(self):
        return services.case_assign(
            case=self.case, user=self.user, assignee=self.cleaned_data["assignee"]
        )


class TakeForm(CaseActionForm):
    """A case worker takes an unassigned case of their provinces."""

    action = "change"
    prefix_name = "take"
    heading = _("Take this case")
    submit_label = _("Take it")

    def clean(self):
        if self.case.assignee_id is not None:
            raise forms.ValidationError(_("Someone already has this case."))
        return super().clean()

    def save(self):
        return services.case_take(case=self.case, user=self.user)


class ReferForm(CaseActionForm):
    action = "refer"
    prefix_name = "refer"
    heading = _("Refer to an agency")
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        agencies = Agency.objects.all()
        if case.province_id:  # those of the case's province, and those of all
            agencies = agencies.filter(
                Q(provinces=case.province_id) | Q(provinces__isnull=True)
            ).distinct()
        self.fields["agency"].queryset = agencies

    def clean(self):
        if self.case.state != State.REFERRED and not allowed(
            self.case.state, State.REFERRED
        ):
            raise forms.ValidationError(_("A case in this state cannot be referred."))
        return super().clean()

    def save(self):
        return services.case_refer(
            case=self.case, user=self.user, agency=self.cleaned_data["agency"]
        )


class ReferralOutcomeForm(CaseActionForm):
    action = "refer"
    prefix_name = "referral"
    heading = _("What came of a referral")
    referral = forms.ModelChoiceField(
        label=_("Referral"), queryset=None, widget=forms.HiddenInput
    )
    outcome = forms.ChoiceField(
        label=_("What came of it"), choices=ReferralOutcome.choices
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        self.fields["referral"].queryset = case.referrals.all()

    def save(self):
        return services.referral_outcome(
            referral=self.cleaned_data["referral"],
            user=self.user,
            outcome=self.cleaned_data["outcome"],
        )


# Moves that have their own action: a referral, a question to the complainant.
OWN_ACTIONS = {State.REFERRED, State.WAITING}


class StateForm(CaseActionForm):
    action = "change"
    prefix_name = "state"
    heading = _("Move the case on")
    state = forms.ChoiceField(label=_("Move to"))
    outcome = forms.ChoiceField(
        label=_("Outcome (to close)"),
        choices=[("", "---------"), *Outcome.choices],
        required=False,
    )

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, case=case, user=user, **kwargs)
        may_close = user.has_perm("reports.close_report")
        self.fields["state"].choices = [
            (value, label)
            for value, label in State.choices
            if allowed_for(case, value)
            and value not in OWN_ACTIONS
            and (value != State.CLOSED or may_close)
        ]

    def clean(self):
        data = super().clean()
        if data.get("state") == State.CLOSED and not data.get("outcome"):
            self.add_error("outcome", _("Choose how the case ended to close it."))
        return data

    def save(self):
        return services.state_change(
            case=self.case,
            user=self.user,
            state=self.cleaned_data["state"],
            outcome=self.cleaned_data["outcome"]
            if self.cleaned_data["state"] == State.CLOSED
            else "",
        )


class NoteForm(CaseActionForm):
    action = "change"
    prefix_name = "note"
    heading = _("Add an internal note")
    body = forms.CharField(
        label=_("Internal note"),
        help_text=_("Only staff see notes. The complainant never does."),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def save(self):
        return services.case_note(
            case=self.case, user=self.user, body=self.cleaned_data["body"]
        )


class MessageForm(CaseActionForm):
    action = "read"
    prefix_name = "message"
    heading = _("Write to the complainant")
    submit_label = _("Send")
    body = forms.CharField(
        label=_("Message to the complainant"),
        help_text=_(
            "They read it on the tracking page with their code, signed "
            "“the centre”, never with your name. Write plainly; they "
            "may read it in a hurry, on a shared phone."
        ),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    question = forms.BooleanField(
        label=_("Ask the complainant to answer"),
        help_text=_("The case waits for their answer, then returns to where it was."),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("question") and not allowed(self.case.state, State.WAITING):
            self.add_error(
                "question", _("A case in this state cannot wait for an answer.")
            )
        return data

    def save(self):
        return services.case_message(
            case=self.case,
            user=self.user,
            body=self.cleaned_data["body"],
            question=self.cleaned_data["question"],
        )


class LegalHoldForm(CaseActionForm):
    """Keep a closed case past the retention period (a court, an inquiry)."""

    action = "oversee"
    prefix_name = "hold"
    heading = _("Legal hold")
    legal_hold = forms.BooleanField(
        label=_("Keep this case past the retention period"),
        help_text=_(
            "While this is ticked the case is never purged. Untick it when the "
            "court or inquiry no longer needs it."
        ),
        required=False,
    )

    def __init__(self, *args, case, **kwargs):
        kwargs.setdefault("initial", {"legal_hold": case.legal_hold})
        super().__init__(*args, case=case, **kwargs)

    def save(self):
        return services.case_hold(
            case=self.case, user=self.user, hold=self.cleaned_data["legal_hold"]
        )


ACTION_FORMS = {
    form.prefix_name: form
    for form in (
        TriageForm,
        AssignForm,
        TakeForm,
        ReferForm,
        ReferralOutcomeForm,
        StateForm,
        NoteForm,
        MessageForm,
        LegalHoldForm,
    )
}
