"""The second sign-in step of staff who can read cases (TOTP).

After the password, reports/middleware.py sends such a user here: to set an
authenticator app up the first time (a QR code drawn on this server, the key
in text for typing), then to type its six-digit code at each sign-in. Setting
up gives ten one-time backup codes, shown once, for a lost phone.
django-otp throttles wrong codes per device.
"""

import base64

import segno
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODES = 10


class CodeForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        help_text=_(
            "The six digits your authenticator app shows now, or one of your "
            "backup codes."
        ),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off"}
        ),
    )

    error_wrong = _(
        "That code is not right, or was used already. Check the time on your "
        "phone, and try the code it shows now."
    )

    def clean_token(self):
        return "".join(self.cleaned_data["token"].split()).lower()


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def _to(url_name, request):
    return redirect(f"{reverse(url_name)}?{urlencode({'next': _next_url(request)})}")


def _page(request, template, context):
    return TemplateResponse(request, template, {"next": _next_url(request), **context})


@never_cache
@sensitive_post_parameters()
def verify(request):
    """Type the code of the authenticator app (or a backup code)."""
    if not user_has_device(request.user, confirmed=True):
        return _to("reports_second_factor_setup", request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", CodeForm.error_wrong)
    return _page(request, "reports/admin/second_factor.html", {"form": form})


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes with ten new ones (shown once)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="backup", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


@never_cache
@sensitive_post_parameters()
def setup(request):
    """Set an authenticator app up; then show the backup codes once."""
    user = request.user
    if user_has_device(user, confirmed=True):
        return _to("reports_second_factor", request)
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name="authenticator", confirmed=False
        )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = new_backup_codes(user)
            return _page(
                request, "reports/admin/second_factor_codes.html", {"codes": codes}
            )
        form.add_error("token", CodeForm.error_wrong)
    qr_code = segno.make(device.config_url, error="m").svg_inline(
        scale=5, title=str(_("QR code for your authenticator app"))
    )
    key = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return _page(
        request,
        "reports/admin/second_factor_setup.html",
        {
            "form": form,
            "qr_code": mark_safe(qr_code),  # noqa: S308 (drawn here, no input)
            "key_groups": [key[i : i + 4] for i in range(0, len(key), 4)],
        },
    )


@never_cache
def backup_codes(request):
    """New backup codes for a signed-in, verified user (the old ones stop
    working)."""
    if request.method == "POST":
        codes = new_backup_codes(request.user)
        return _page(
            request, "reports/admin/second_factor_codes.html", {"codes": codes}
        )
    remaining = StaticToken.objects.filter(device__user=request.user).count()
    messages.info(
        request,
        _("You have %(count)d unused backup codes.") % {"count": remaining},
    )
    return _page(request, "reports/admin/second_factor_backup.html", {})
