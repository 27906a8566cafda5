"""Admin sessions of staff who can read cases (docs/security-and-privacy.md).

- Second factor: anyone who can read a case (and every superuser) must pass
  a TOTP code or a backup code after the password before any other admin
  page opens: the first time they set their authenticator up
  (reports/views/second_factor.py). django_otp's OTPMiddleware, before this
  one, tells whether this session has passed it.
- Idle time: their session ends after REPORTS_STAFF_IDLE_SECONDS without a
  request.
- Admin pages are never stored by a browser or a proxy (no-store).
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from .permissions import needs_second_factor

SEEN_KEY = "case_staff_seen"
# Requests a page makes by itself (editing sessions ping every few seconds).
BACKGROUND_NAMESPACES = {"wagtailadmin_editing_sessions"}
# What an admin user who has not passed the second factor may open.
OPEN_WITHOUT_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "reports_second_factor",
    "reports_second_factor_setup",
}


class CaseStaffMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_root = reverse("wagtailadmin_home")
        in_admin = request.path.startswith(admin_root)
        user = getattr(request, "user", None)
        if in_admin and user is not None and user.is_authenticated:
            refused = self._check(request, user)
            if refused is not None:
                return refused
        response = self.get_response(request)
        if in_admin:
            response["Cache-Control"] = "no-store, private"
        return response

    def _check(self, request, user):
        if not needs_second_factor(user):
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        now = time.time()
        seen = request.session.get(SEEN_KEY)
        if seen and now - seen > settings.REPORTS_STAFF_IDLE_SECONDS:
            logout(request)
            return redirect(self._with_next(reverse("wagtailadmin_login"), request))
        # An open editor pings the server on its own: that is not a person.
        if not (match and match.namespace in BACKGROUND_NAMESPACES):
            request.session[SEEN_KEY] = now
        if user.is_verified():
            return None
        url_name = match.url_name if match else None
        if url_name in OPEN_WITHOUT_SECOND_FACTOR:
            return None
        from django_otp import user_has_device

        target = (
            "reports_second_factor"
            if user_has_device(user, confirmed=True)
            else "reports_second_factor_setup"
        )
        return redirect(self._with_next(reverse(target), request))

    @staticmethod
    def _with_next(url, request):
        return f"{url}?{urlencode({'next': request.get_full_path()})}"
