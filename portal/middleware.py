"""Response headers that keep public pages to this origin only, and the
language middleware."""

import logging

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

logger = logging.getLogger(__name__)

# Every byte of a public page comes from this origin: no inline script or
# style, no CDN, no web font from elsewhere. The admin sets its own policy.
CSP_SOURCES = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
    "object-src": "'none'",
}


def content_security_policy(**extra):
    """The public policy, with ``extra`` origins added per directive
    (``script_src="https://..."``); only reCAPTCHA, when an operator turns it
    on, ever adds any."""
    directives = dict(CSP_SOURCES)
    for name, sources in extra.items():
        directive = name.replace("_", "-")
        directives[directive] = f"{directives.get(directive, '')} {sources}".strip()
    return "; ".join(f"{name} {value}" for name, value in directives.items())


PUBLIC_CSP = content_security_policy()
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.admin_prefix):
            response.headers.setdefault("Content-Security-Policy", PUBLIC_CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # Nothing of ours may be embedded or read by another site's page.
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the public site
    stays a 404. Django retries a 404 under the language prefix, and Wagtail's
    catch-all page route makes every such path look valid, so a missing
    admin page (or a case someone may not see) became a redirect to
    /th/admin/..."""

    unprefixed = (
        "/admin/",
        "/documents/",
        "/static/",
        "/exit/",
        "/sitemap.xml",
        "/robots.txt",
    )

    def process_response(self, request, response):
        if request.path.startswith(self.unprefixed):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, a page that needed it answers a
    translated 503 "try again in a few minutes" with the hotlines (the page
    needs no database), instead of a 500.

    A public form sent meanwhile (a report, an answer on the tracking page)
    is given back: its fields in a form that sends them again to the same
    address, the text in a box the person can read and copy. The form's
    token comes along, so sending again never makes a second report. Only
    the fields of those two forms are kept, by name: never a password, a
    sign-in or second-factor code, a tracking code, a captcha answer or
    anything sent to the admin. Files cannot be kept. Nothing of it is
    logged or cached."""

    TEXT_FIELDS = ("description", "body")
    NEVER_KEPT_UNDER = ("/admin/", "/django-admin/")

    @staticmethod
    def keepable_fields():
        from reports.forms import ReplyForm, ReportForm

        names = set(ReportForm.base_fields) | set(ReplyForm.base_fields)
        return names - {"files"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.db import InterfaceError, OperationalError
        from django.template.response import TemplateResponse

        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable: %s", type(exception).__name__)
        context = {}
        if request.method == "POST" and not request.path.startswith(
            self.NEVER_KEPT_UNDER
        ):
            keepable = self.keepable_fields()
            fields = [
                (name, value)
                for name in request.POST
                if name in keepable
                for value in request.POST.getlist(name)
            ]
            context = {
                "kept_fields": [f for f in fields if f[0] not in self.TEXT_FIELDS],
                "kept_texts": [f for f in fields if f[0] in self.TEXT_FIELDS],
                "files_dropped": bool(request.FILES),
            }
        response = TemplateResponse(request, "503.html", context, status=503)
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response.render()
