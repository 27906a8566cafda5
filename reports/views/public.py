"""The complaint form and the tracking page, served by their Wagtail pages.

Thin: validate, call one service, render. Every response is private:
no-store, no referrer, not indexed, and the tracking code never appears in a
URL (forms are POSTed; the code is shown only in the receipt response).
"""

from functools import wraps

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from .. import captcha, codes, ratelimit, selectors, services, tracking
from ..forms import ReplyForm, ReportForm, TrackingCodeForm, token_nonce


def private(view):
    """Mark a response as one that must leave no trace anywhere.

    Referrer-Policy is "no-referrer", except on pages that hold a form that
    posts back here: under "no-referrer" browsers send ``Origin: null`` with
    the POST and Django's CSRF protection refuses it. "same-origin" sends a
    referrer to this site only, which loads nothing from anywhere else.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Cache-Control"] = (
            "no-store, no-cache, must-revalidate, private, max-age=0"
        )
        has_form = getattr(response, "context_data", None) and any(
            key in response.context_data for key in ("form", "reply_form")
        )
        response["Referrer-Policy"] = "same-origin" if has_form else "no-referrer"
        response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
        return response

    return wrapper


def render(request, page, template, context, status=200):
    context = {
        "page": page,
        "self": page,
        "request": request,
        **context,
    }
    form = context.get("form")
    with_captcha = form is not None and "captcha" in form.fields
    if with_captcha:
        context["recaptcha_v3"] = settings.RECAPTCHA_VERSION == "v3"
        context["recaptcha_script"] = captcha.script_url(
            form.fields["captcha"].public_key
        )
    response = TemplateResponse(request, template, context, status=status)
    if with_captcha:
        response["Content-Security-Policy"] = captcha.CSP
    # Render here, inside the view's sensitive_variables() scope, so an error
    # while rendering the receipt cannot put the code into an error report.
    return response.render()


def too_many(request, page):
    return render(request, page, "reports/try_again_later.html", {}, status=429)


def _renew_token(form):
    """An expired or too-quick token is renewed, so that sending the form
    again works; everything typed stays."""
    if "token" in form.errors:
        form.data = form.data.copy()
        form.data["token"] = type(form)().initial["token"]
    return form


def _form_again(request, page, form, status):
    """The report form once more, with everything typed."""
    _renew_token(form)
    return render(
        request, page, page.get_template(request), {"form": form}, status=status
    )


def _refused(request, form_class, message):
    """Refuse a POST without decoding its files or asking anyone else
    (reCAPTCHA), keeping what was typed."""
    form = form_class(request.POST)  # no files: nothing is decoded
    form.fields.pop("captcha", None)
    form.is_valid()
    form.add_error(None, message)
    return form


def _sent_before(request):
    """The same form again (a second press, a resent POST): the report it
    made before, whatever limits or checks would say now."""
    try:
        nonce = token_nonce(request.POST.get("token", ""))
    except signing.BadSignature:
        return None
    return services.report_resent(nonce)


def _receipt(request, page, submission):
    if submission.code is None:
        return render(
            request, page, "reports/already_sent.html", {"report": submission.report}
        )
    return render(
        request,
        page,
        "reports/receipt.html",
        {
            "report": submission.report,
            "code_groups": codes.grouped(submission.code).split(),
            "tracking_page": selectors.tracking_page(),
        },
    )


@private
@sensitive_post_parameters()
@sensitive_variables()
def report_form_view(request, page):
    if request.method != "POST":
        return render(request, page, page.get_template(request), {"form": ReportForm()})
    # Every POST is counted before any file in it is decoded.
    if ratelimit.limited(request, "post"):
        form = _refused(request, ReportForm, ReportForm.error_busy)
        return _form_again(request, page, form, status=429)
    try:
        resent = _sent_before(request)
    except DatabaseError:
        resent = None  # the submission below answers 503 if it persists
    if resent is not None:
        return _receipt(request, page, resent)
    form = ReportForm(request.POST, request.FILES)  # files inspected, not decoded
    if not form.is_valid():
        return _form_again(request, page, form, status=400)
    # Only complete reports count towards this, friendlier, limit; a person
    # who hits it keeps everything they typed.
    if ratelimit.limited(request, "submit"):
        form.add_error(None, ReportForm.error_busy)
        return _form_again(request, page, form, status=429)
    if not form.decode_files():
        return _form_again(request, page, form, status=400)
    data = form.cleaned_data
    try:
        submission = _submit(form, data)
    except (OSError, DatabaseError):  # storage or database failed: nothing saved
        form.add_error(None, ReportForm.error_not_saved)
        return _form_again(request, page, form, status=503)
    return _receipt(request, page, submission)


@sensitive_variables()
def _submit(form, data):
    return services.report_submit(
        category=data["category"],
        affected=data["affected"],
        relation=data["relation"],
        province=data["province"],
        district=data["district"],
        when=data["when"],
        description=data["description"],
        in_danger=data["in_danger"] == "yes",
        contact=form.contact(),
        files=data["files"],
        token_nonce=data["token"],
        language=get_language(),
    )


@private
@sensitive_post_parameters()
@sensitive_variables()
def tracking_view(request, page):
    template = page.get_template(request)
    # Every POST is counted before any file in it is decoded.
    busy = request.method == "POST" and ratelimit.limited(request, "post")
    action = request.POST.get("action") if request.method == "POST" else None

    if action == "exit":
        response = render(
            request, page, template, {"form": TrackingCodeForm(), "left": True}
        )
        tracking.forget(response)
        return response

    if action == "find":
        return _find(request, page, busy)

    try:
        report_id = tracking.tracked_report_id(request)
        report = selectors.report_for_tracking(report_id) if report_id else None
    except DatabaseError:  # the case stays open on this browser: try again
        context = {
            "form": TrackingCodeForm(),
            "problem": TrackingCodeForm.error_unavailable,
        }
        return render(request, page, template, context, status=503)
    if report is None:  # no case open here, idle too long, or purged meanwhile
        response = render(request, page, template, {"form": TrackingCodeForm()})
        if tracking.COOKIE in request.COOKIES:
            tracking.forget(response)
        return response

    reply_form, sent, status = ReplyForm(), False, 200
    if action == "reply":
        reply_form, sent, status = _reply(request, report, busy)
        if sent:
            report = selectors.report_for_tracking(report.pk) or report
    response = render(
        request,
        page,
        "reports/tracking_case.html",
        {
            "report": report,
            "timeline": selectors.timeline(report),
            "reply_by": selectors.reply_by(report),
            "conversation": report.messages.all(),
            "reply_form": reply_form,
            "sent": sent,
        },
        status=status,
    )
    tracking.remember(response, report.pk)
    return response


def _find(request, page, busy):
    """Look up a code; open its case on this browser."""
    if busy or ratelimit.limited(request, "track"):
        return too_many(request, page)
    template = page.get_template(request)
    form = TrackingCodeForm(request.POST)
    if not form.is_valid():
        return render(request, page, template, {"form": form}, status=400)
    try:
        report = services.report_find(codes.normalise(form.cleaned_data["code"]))
    except codes.CodeCheckError:
        form.add_error("code", TrackingCodeForm.error_check_digits)
    except codes.CodeFormatError:
        form.add_error("code", TrackingCodeForm.error_format)
    except DatabaseError:  # what was typed stays in the field
        form.add_error(None, TrackingCodeForm.error_unavailable)
        return render(request, page, template, {"form": form}, status=503)
    else:
        if report is None:
            form.add_error("code", TrackingCodeForm.error_not_found)
        else:
            response = redirect(page.get_url(request))
            tracking.remember(response, report.pk)
            return response
    return render(request, page, template, {"form": form}, status=400)


def _reply(request, report, busy):
    """Save a reply; returns (form, sent, status). What was typed is kept
    whenever the reply is not saved."""
    if busy or ratelimit.limited(request, "reply", case=report):
        form = _refused(request, ReplyForm, ReplyForm.error_busy)
        return _renew_token(form), False, 429
    form = ReplyForm(request.POST, request.FILES)  # files inspected, not decoded
    if not form.is_valid():
        return _renew_token(form), False, 400
    try:
        if form.cleaned_data["files"] and not services.quota_left(report):
            form.add_error(None, ReplyForm.error_quota)
            return form, False, 400
        if not form.decode_files():
            return form, False, 400
        services.complainant_reply(
            report=report,
            body=form.cleaned_data["body"],
            files=form.cleaned_data["files"],
            token_nonce=form.cleaned_data["token"],
        )
    except services.QuotaExceeded:
        form.add_error(None, ReplyForm.error_quota)
        return form, False, 400
    except (OSError, DatabaseError):  # nothing saved; keep the text
        form.add_error(None, ReportForm.error_not_saved)
        return form, False, 503
    return ReplyForm(), True, 200
