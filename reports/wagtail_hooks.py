"""Registration only: the Cases menu, its permission policy, the audit
trail's log model and actions, the second sign-in step, and what case
staff see on the dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from . import audit, selectors
from .models import CaseLogEntry, Report
from .permissions import case_policy
from .views import second_factor
from .viewsets import CasesMenu

register_permission_policy(Report, case_policy)


@hooks.register("register_admin_viewset")
def register_cases():
    return CasesMenu()


@hooks.register("register_log_actions")
def register_case_log(actions):
    actions.register_model(Report, CaseLogEntry)
    audit.register(actions)


@hooks.register("register_admin_urls")
def second_factor_urls():
    return [
        path("second-factor/", second_factor.verify, name="reports_second_factor"),
        path(
            "second-factor/setup/",
            second_factor.setup,
            name="reports_second_factor_setup",
        ),
        path(
            "second-factor/backup-codes/",
            second_factor.backup_codes,
            name="reports_second_factor_backup",
        ),
    ]


@hooks.register("register_account_menu_item")
def backup_codes_item(request):
    from django_otp import user_has_device

    if not user_has_device(request.user, confirmed=True):
        return None
    return {
        "url": reverse("reports_second_factor_backup"),
        "label": _("Backup codes"),
        "help_text": _("Make new one-time codes for the second sign-in step."),
    }


class MyCasesPanel(Component):
    """On the dashboard of case staff: their cases at a glance."""

    name = "my_cases"
    order = 50
    template_name = "reports/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        cases = selectors.cases_visible_to(self.user).exclude(state="closed")
        return {
            "assigned": cases.filter(assignee=self.user).count(),
            "unassigned": cases.filter(assignee__isnull=True).count(),
            "overdue": selectors.overdue(cases).count(),
            "unread": cases.filter(unread_reply=True).count(),
            "queue_url": reverse("reports_case:index"),
        }


@hooks.register("construct_homepage_panels")
def my_cases_panel(request, panels):
    if case_policy.user_has_permission(request.user, "view"):
        panels.append(MyCasesPanel(request.user))


@hooks.register("insert_global_admin_css")
def case_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("before_delete_snippet")
def keep_agencies_with_referrals(request, instances):
    """An agency that cases were referred to stays: the referrals (and the
    statistics) name it. Deleting it would fail; say why instead."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from .models import Agency

    used = [
        item
        for item in instances
        if isinstance(item, Agency) and item.referrals.exists()
    ]
    if used:
        messages.error(
            request,
            _(
                "Cases were referred to %(names)s, so it cannot be deleted. "
                "Edit its notes to say it no longer takes referrals."
            )
            % {"names": ", ".join(str(agency) for agency in used)},
        )
        return redirect("wagtailsnippets_reports_agency:list")
    return None
