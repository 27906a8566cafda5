"""The complaint form and the tracking page, served by their Wagtail pages.

Thin: validate, call one service, render. Every response is private:
no-store, no referrer, not indexed, and the tracking code never appears in a
URL (forms are POSTed; the code is shown only in the receipt response).
"""

import time
from functools import wraps

from django.conf import settings
from django.db import OperationalError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from . import captcha, codes, ratelimit, selectors, services
from .forms import ReplyForm, ReportForm, TrackingCodeForm

SESSION_KEY = "tracking"


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
        response["X-Robots-Tag"] = "noindex, nofollow"
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


@private
@sensitive_post_parameters()
@sensitive_variables()
def report_form_view(request, page):
    if request.method != "POST":
        return render(request, page, page.get_template(request), {"form": ReportForm()})
    form = ReportForm(request.POST, request.FILES)
    if not form.is_valid():
        if form.token_problem:  # expired or too fast: keep the text, renew the token
            form.data = form.data.copy()
            form.data["token"] = ReportForm().initial["token"]
        return render(
            request, page, page.get_template(request), {"form": form}, status=400
        )
    # Only complete reports count towards the limit, and a limited one is
    # shown again with everything typed, so nobody loses their words.
    if ratelimit.limited(request, "submit"):
        form.add_error(None, ReportForm.error_busy)
        return render(
            request, page, page.get_template(request), {"form": form}, status=429
        )
    data = form.cleaned_data
    try:
        submission = _submit(form, data)
    except (OSError, OperationalError):  # storage or database failed: nothing saved
        form.add_error(None, ReportForm.error_not_saved)
        return render(
            request, page, page.get_template(request), {"form": form}, status=503
        )
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


def _tracked_report(request):
    """The report this browser session opened with its code, if still fresh."""
    state = request.session.get(SESSION_KEY)
    if not state:
        return None
    if time.time() - state["seen"] > settings.REPORTS_TRACKING_IDLE_SECONDS:
        request.session.pop(SESSION_KEY, None)
        return None
    report = selectors.report_for_tracking(state["report"])
    if report is None:  # purged meanwhile
        request.session.pop(SESSION_KEY, None)
        return None
    state["seen"] = time.time()
    request.session[SESSION_KEY] = state
    return report


@private
@sensitive_post_parameters()
@sensitive_variables()
def tracking_view(request, page):
    template = page.get_template(request)
    action = request.POST.get("action") if request.method == "POST" else None

    if action == "exit":
        request.session.pop(SESSION_KEY, None)
        request.session.cycle_key()
        return render(
            request, page, template, {"form": TrackingCodeForm(), "left": True}
        )

    if action == "find":
        if ratelimit.limited(request, "track"):
            return too_many(request, page)
        form = TrackingCodeForm(request.POST)
        report = None
        if form.is_valid():
            try:
                report = services.report_find(
                    codes.normalise(form.cleaned_data["code"])
                )
            except codes.CodeCheckError:
                form.add_error("code", TrackingCodeForm.error_check_digits)
            except codes.CodeFormatError:
                form.add_error("code", TrackingCodeForm.error_format)
            else:
                if report is None:
                    form.add_error("code", TrackingCodeForm.error_not_found)
        if report is None:
            return render(request, page, template, {"form": form}, status=400)
        request.session.cycle_key()
        request.session.set_expiry(0)
        request.session[SESSION_KEY] = {"report": report.pk, "seen": time.time()}
        return redirect(page.get_url(request))

    report = _tracked_report(request)
    if report is None:
        return render(request, page, template, {"form": TrackingCodeForm()})

    reply_form = ReplyForm()
    sent = False
    if action == "reply":
        reply_form = ReplyForm(request.POST, request.FILES)
        if reply_form.is_valid():
            try:
                services.complainant_reply(
                    report=report,
                    body=reply_form.cleaned_data["body"],
                    files=reply_form.cleaned_data["files"],
                    token_nonce=reply_form.cleaned_data["token"],
                )
            except (OSError, OperationalError):  # nothing saved; keep the text
                reply_form.add_error(None, ReportForm.error_not_saved)
            else:
                reply_form, sent = ReplyForm(), True
                report = selectors.report_for_tracking(report.pk)
        elif "token" in reply_form.errors:  # expired: keep the text, renew the token
            reply_form.data = reply_form.data.copy()
            reply_form.data["token"] = ReplyForm().initial["token"]
    return render(
        request,
        page,
        "reports/tracking_case.html",
        {
            "report": report,
            "timeline": selectors.timeline(report),
            "conversation": report.messages.all(),
            "reply_form": reply_form,
            "sent": sent,
        },
        status=400 if reply_form.errors else 200,
    )
