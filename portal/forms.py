"""Project-wide forms."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from reports import ratelimit


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, throttled against password guessing.

    Five wrong passwords for one user name, or twenty from one address,
    within 15 minutes (REPORTS_RATE_LIMITS["signin"]) and the form refuses
    every sign-in for that name or address, the right password included,
    until the window ends. The counters are keyed hashes in the cache
    (reports/ratelimit.py): no address, user agent or attempt is stored.

    Wagtail's password field also has no label of its own (Django then shows
    the field's name, "Password", untranslated): it gets one here.
    """

    error_locked = _(
        "Too many wrong passwords: signing in is locked for up to 15 minutes. "
        "Try again later, or ask an administrator."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip().lower()
        if ratelimit.exhausted(self.request, "signin", username=username):
            raise forms.ValidationError(self.error_locked, code="locked")
        try:
            return super().clean()
        except forms.ValidationError as error:
            if error.code == "invalid_login":
                ratelimit.limited(self.request, "signin", username=username)
            raise
