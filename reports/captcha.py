"""Optional reCAPTCHA, only when an operator sets keys (RECAPTCHA_ENABLED).

django-recaptcha 4.1 sends the client's address to Google and lets urllib's
URLError (DNS failure, refused connection, stalled TLS) escape as a 500. This
field sends only the token and turns every failure to reach Google into a
form error, so the complainant keeps what they typed.
"""

import json
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.middleware import content_security_policy

logger = logging.getLogger(__name__)

UNAVAILABLE = "captcha_unavailable"
SCRIPT_URL = "https://www.google.com/recaptcha/api.js"
# What the form page must allow when reCAPTCHA is on (and only then).
CSP = content_security_policy(
    script_src="https://www.google.com https://www.gstatic.com",
    frame_src="https://www.google.com https://recaptcha.google.com",
    connect_src="https://www.google.com",
)


def script_url(public_key: str) -> str:
    """Google's script: v3 names the site key, v2 finds the widget itself."""
    if settings.RECAPTCHA_VERSION == "v3":
        return f"{SCRIPT_URL}?{urlencode({'render': public_key})}"
    return SCRIPT_URL


def verify(token: str) -> dict:
    """Ask Google about a token, without the client's address."""
    from django_recaptcha import client

    params = urlencode({"secret": settings.RECAPTCHA_PRIVATE_KEY, "response": token})
    response = client.recaptcha_request(params.encode())
    try:
        return json.loads(response.read().decode("utf-8"))
    finally:
        response.close()


def captcha_field():
    """A form field for the configured reCAPTCHA version (import on demand:
    the django_recaptcha app is installed only when keys are set)."""
    from django_recaptcha.fields import ReCaptchaField
    from django_recaptcha.widgets import ReCaptchaV2Checkbox, ReCaptchaV3

    class PrivateReCaptchaField(ReCaptchaField):
        default_error_messages = {
            "captcha_invalid": _("Please confirm that you are not a robot."),
            UNAVAILABLE: _(
                "We could not check the anti-robot test because Google's service "
                "cannot be reached. Your report is not lost: please try again in "
                "a few minutes, or call a hotline."
            ),
        }

        def get_remote_ip(self):
            return None

        def validate(self, value):
            if not value:
                raise ValidationError(
                    self.error_messages["captcha_invalid"], code="captcha_invalid"
                )
            try:
                result = verify(value)
                if not isinstance(result, dict):
                    raise ValueError("unexpected answer")
            except Exception as error:  # URLError, timeouts, IncompleteRead, bad JSON
                logger.warning("reCAPTCHA unreachable: %s", type(error).__name__)
                raise ValidationError(
                    self.error_messages[UNAVAILABLE], code=UNAVAILABLE
                ) from None
            score = float(result.get("score", 0))
            if not result.get("success") or (
                settings.RECAPTCHA_VERSION == "v3"
                and score < settings.RECAPTCHA_REQUIRED_SCORE
            ):
                raise ValidationError(
                    self.error_messages["captcha_invalid"], code="captcha_invalid"
                )

    if settings.RECAPTCHA_VERSION == "v3":
        widget = ReCaptchaV3(action="report")
    else:
        widget = ReCaptchaV2Checkbox()
    return PrivateReCaptchaField(widget=widget, label=_("Anti-robot check"))
