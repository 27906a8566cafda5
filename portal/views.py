from django.shortcuts import render
from django.utils.cache import add_never_cache_headers


def page_not_found(request, exception=None):
    """The 404 page in the visitor's language, with the hotlines."""
    return render(request, "404.html", {"is_error_page": True}, status=404)


def _private_error(request, template, status):
    response = render(request, template, {"is_error_page": True}, status=status)
    add_never_cache_headers(response)
    return response


def bad_request(request, exception=None):
    """A request the site cannot read (e.g. a broken upload): translated."""
    return _private_error(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _private_error(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """The form was too old or cookies are blocked: say what to do."""
    return _private_error(request, "403_csrf.html", 403)
