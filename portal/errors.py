"""Error reports that hold nothing identifying about the person who hit them.

Django's reports include the request's META (client address, user agent,
referrer) and the names of uploaded files; for a complainant those are
identifying. Set as DEFAULT_EXCEPTION_REPORTER_FILTER.
"""

from django.views.debug import SafeExceptionReporterFilter

HIDDEN_META = {
    "REMOTE_ADDR",
    "REMOTE_HOST",
    "HTTP_USER_AGENT",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_REAL_IP",
    "HTTP_FORWARDED",
    "HTTP_REFERER",
    "HTTP_COOKIE",
    "CSRF_COOKIE",
}


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {
            key: (self.cleansed_substitute if key in HIDDEN_META else value)
            for key, value in meta.items()
        }

    def get_post_parameters(self, request):
        # Every form on this site may hold something a complainant wrote.
        params = super().get_post_parameters(request)
        return {key: self.cleansed_substitute for key in params}
