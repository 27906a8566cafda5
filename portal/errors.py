"""Error reports that hold nothing identifying about the person who hit them.

Django's error emails and logs include the request's META (client address and
port, user agent, referrer, the server's socket with the peer's address), the
names of uploaded files (which can be a person's name: ``สมชาย_บ้าน.jpg``),
the query string (a search says what someone looks for), cookies, and every
local variable of every frame. For a complainant all of that is identifying.
So, outside DEBUG:

* META keeps only a short list of harmless keys; every other value is hidden;
* POST, GET, FILES and cookies keep their names, never their values (file
  names are values);
* the request URL is shown without its query string;
* every local variable of every frame is hidden: the traceback (file, line,
  code) and the exception remain, which is what fixing a bug needs.

Set as DEFAULT_EXCEPTION_REPORTER and DEFAULT_EXCEPTION_REPORTER_FILTER.
"""

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

SHOWN_META = {
    "REQUEST_METHOD",
    "PATH_INFO",
    "SCRIPT_NAME",
    "SERVER_NAME",
    "SERVER_PORT",
    "SERVER_PROTOCOL",
    "CONTENT_TYPE",
    "CONTENT_LENGTH",
    "HTTP_HOST",
    "HTTP_X_FORWARDED_PROTO",
    "wsgi.url_scheme",
}


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_safe_request_meta(self, request):
        if not self.is_active(request):
            return super().get_safe_request_meta(request)
        return {
            key: (value if key in SHOWN_META else self.cleansed_substitute)
            for key, value in request.META.items()
        }

    def get_post_parameters(self, request):
        # Every form on this site may hold something a complainant wrote.
        params = super().get_post_parameters(request)
        return {key: self.cleansed_substitute for key in params}

    def get_safe_cookies(self, request):
        return {key: self.cleansed_substitute for key in request.COOKIES}

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class PrivateExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.request is not None and self.filter.is_active(self.request):
            hidden = self.filter.cleansed_substitute
            data["request_GET_items"] = [(key, hidden) for key in self.request.GET]
            data["request_FILES_items"] = [(key, hidden) for key in self.request.FILES]
            data["request_insecure_uri"] = self._get_raw_insecure_uri().split("?")[0]
        return data
