"""The report form and the tracking forms. Every message is translated."""

import secrets
import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from home.models import Province

from . import attachments
from .choices import Affected, Category, Relation, When

TOKEN_SALT = "reports.form-token"  # noqa: S105 (a signing salt)
TOKEN_MAX_AGE = 24 * 60 * 60
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def display_name(name: str) -> str:
    """A file name safe to show back: no control or direction characters."""
    return "".join(ch for ch in str(name) if unicodedata.category(ch)[0] != "C")[:80]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


def _file_error(name, rejected):
    return forms.ValidationError(
        "%(name)s: %(reason)s",
        params={"name": display_name(name), "reason": rejected.message},
    )


class AttachmentsField(forms.FileField):
    """Up to MAX_FILES files, inspected (type and declared size) but not yet
    decoded: ``FilesForm.decode_files`` does that, once the request may go on.
    """

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        uploads = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if len(uploads) > attachments.MAX_FILES:
            raise forms.ValidationError(
                _("You can send at most %(count)d files.")
                % {"count": attachments.MAX_FILES}
            )
        inspected, errors = [], []
        for upload in uploads:
            try:
                inspected.append(attachments.inspect(upload))
            except attachments.AttachmentRejected as rejected:
                errors.append(_file_error(upload.name, rejected))
        if errors:
            raise forms.ValidationError(errors)
        try:
            attachments.check_total_pixels(inspected)
        except attachments.AttachmentRejected as rejected:
            raise forms.ValidationError(rejected.message) from None
        return inspected


class FilesForm(forms.Form):
    """A form with an AttachmentsField named ``files``."""

    def decode_files(self) -> bool:
        """Clean the inspected files (the costly step); False, with the reasons
        on the field, when one cannot be accepted."""
        cleaned, errors = [], []
        for item in self.cleaned_data.get("files") or []:
            try:
                cleaned.append(attachments.clean(item))
            except attachments.AttachmentRejected as rejected:
                errors.append(_file_error(item.name, rejected))
        if errors:
            self.add_error("files", errors)
            return False
        self.cleaned_data["files"] = cleaned
        return True


phone_validator = RegexValidator(
    r"^\+?[0-9๐-๙ \-]{6,20}$", _("Enter a phone number using digits, spaces or dashes.")
)
# LINE IDs: 4 to 20 letters, digits, dots, dashes or underscores; official
# accounts start with "@".
line_id_validator = RegexValidator(
    r"^@?[A-Za-z0-9._-]{4,20}$",
    _("Enter a LINE ID: 4 to 20 letters, digits, dots, dashes or underscores."),
)


def new_token() -> str:
    return signing.dumps(
        {"n": secrets.token_urlsafe(16), "t": int(time.time())}, salt=TOKEN_SALT
    )


class ReportForm(FilesForm):
    category = forms.ChoiceField(
        label=_("What kind of problem is it?"),
        choices=Category.choices,
        widget=forms.RadioSelect,
    )
    affected = forms.MultipleChoiceField(
        label=_("Who is affected?"),
        help_text=_("Choose all that apply."),
        choices=Affected.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    relation = forms.ChoiceField(
        label=_("How do you know about it?"),
        choices=Relation.choices,
        widget=forms.RadioSelect,
    )
    province = forms.ModelChoiceField(
        label=_("In which province?"),
        queryset=Province.objects.all(),
        required=False,
        empty_label=_("Not sure, or I would rather not say"),
    )
    district = forms.CharField(
        label=_("District or area"), max_length=100, required=False
    )
    when = forms.ChoiceField(
        label=_("When did it happen?"), choices=When.choices, widget=forms.RadioSelect
    )
    description = forms.CharField(
        label=_("Tell us what happened"),
        help_text=_(
            "Write what you can: what happened, where, who was involved. "
            "You do not have to give names."
        ),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    in_danger = forms.ChoiceField(
        label=_("Is someone in danger right now?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    files = AttachmentsField(
        label=_("Photos or documents"),
        help_text=_(
            "Up to 5 files, 10 MB each: photos (JPEG, PNG, WebP, HEIC) or PDF. "
            "We remove location and camera details from them."
        ),
        required=False,
    )
    contact_name = forms.CharField(
        label=_("Name or nickname"), max_length=100, required=False
    )
    contact_phone = forms.CharField(
        label=_("Phone"), max_length=20, required=False, validators=[phone_validator]
    )
    contact_email = forms.EmailField(label=_("Email"), required=False)
    contact_line = forms.CharField(
        label=_("LINE ID"),
        max_length=21,
        required=False,
        validators=[line_id_validator],
    )
    safe_times = forms.CharField(
        label=_("Safe times to contact you"), max_length=200, required=False
    )
    may_leave_message = forms.ChoiceField(
        label=_("May we leave a message?"),
        choices=[("", _("Not said")), *YES_NO],
        required=False,
        widget=forms.RadioSelect,
    )
    code_word = forms.CharField(
        label=_("A code word we should use"),
        help_text=_("So you know it is us when we call."),
        max_length=50,
        required=False,
    )
    # Anti-abuse: a field people never see, and a signed token that carries
    # when the form was shown (too fast = a bot) and makes a resend harmless.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        # Out of the tab order and hidden from screen readers: people never
        # reach it, form-filling bots do.
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    token = forms.CharField(widget=forms.HiddenInput)

    error_not_saved = _(
        "We could not save your report, so nothing was sent. Please try again "
        "in a few minutes. If it keeps failing, call a hotline."
    )

    error_busy = _(
        "Too many reports have been sent from here in a short time, so this one "
        "was not sent yet. Your text is still below: please wait a while and "
        "send it again, or call a hotline now."
    )

    CONTACT_FIELDS = [
        "contact_name",
        "contact_phone",
        "contact_email",
        "contact_line",
        "safe_times",
        "may_leave_message",
        "code_word",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = new_token()
        if settings.RECAPTCHA_ENABLED:
            from .captcha import captcha_field

            self.fields["captcha"] = captcha_field()

    def clean_token(self):
        try:
            payload = signing.loads(
                self.cleaned_data["token"], salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE
            )
        except signing.BadSignature:
            raise forms.ValidationError(
                _("This form has expired. Please check your report and send it again."),
                code="expired",
            ) from None
        age = time.time() - payload["t"]
        if age < settings.REPORTS_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your report and send it again."),
                code="too_fast",
            )
        return payload["n"]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def contact(self) -> dict:
        return {name: self.cleaned_data.get(name) or "" for name in self.CONTACT_FIELDS}

    @property
    def token_problem(self):
        return "token" in self.errors


class TrackingCodeForm(forms.Form):
    error_format = _("A tracking code has 20 digits. Please check what you typed.")
    error_check_digits = _(
        "One of the digits is probably wrong. Please check the digits and try again."
    )
    # The same answer for a code never issued and a case already removed.
    error_not_found = _(
        "We could not find a report with this code. Please check the digits, "
        "or send a new report."
    )
    error_unavailable = _(
        "We could not open cases just now. Nothing is lost: please try again "
        "in a few minutes, or call a hotline."
    )

    code = forms.CharField(
        label=_("Your tracking code"),
        help_text=_("20 digits. Spaces and dashes do not matter."),
        max_length=60,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "off",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )


def token_nonce(token: str) -> str:
    """The nonce of a form token made by new_token(); raises BadSignature."""
    return signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)["n"]


class ReplyForm(FilesForm):
    token = forms.CharField(widget=forms.HiddenInput)
    body = forms.CharField(
        label=_("Your answer"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    files = AttachmentsField(
        label=_("Photos or documents"),
        help_text=_(
            "Up to 5 files, 10 MB each: photos (JPEG, PNG, WebP, HEIC) or PDF."
        ),
        required=False,
    )

    error_busy = _(
        "Too many answers have been sent in a short time, so this one was not "
        "sent yet. Your text is still below: please wait a while and send it "
        "again, or call a hotline."
    )
    error_quota = _(
        "Your case already holds as many files as it can. Your answer was not "
        "sent yet: send it without files, or call a hotline to give them to "
        "a case worker another way."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = new_token()

    def clean_token(self):
        try:
            return token_nonce(self.cleaned_data["token"])
        except signing.BadSignature:
            raise forms.ValidationError(
                _("This form has expired. Please check your answer and send it again."),
                code="expired",
            ) from None
