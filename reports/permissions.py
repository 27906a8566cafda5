"""Who may see and do what with cases.

Permissions on Report (models/case.py Meta), granted to two groups by a data
migration:

- Case managers: every case (``oversee``), assign, refer, close, read what
  complainants wrote (``read``), the audit trail (``audit``), statistics,
  agencies and case workers' provinces.
- Case workers: the cases assigned to them and the unassigned cases in the
  provinces of their scope (StaffScope); read, triage, refer, note, write to
  the complainant, close.

Communications staff (Editors, Moderators, any group without a case
permission) get nothing: no menu item, 403 on every case URL, nothing in
search, dashboard or site history.

Every case permission also needs a session that passed the second factor
(reports/middleware.py): without it, a user has none of them.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import Report


def needs_second_factor(user) -> bool:
    """Anyone who could read a case, and every superuser."""
    return user.is_superuser or user.has_perm("reports.view_report")


def verified(user) -> bool:
    return (
        bool(
            user.is_authenticated
            and user.is_active
            and getattr(user, "is_verified", None)
        )
        and user.is_verified()
    )


class CasePermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permission policy, plus the second factor and each
    case worker's scope."""

    def user_has_permission(self, user, action):
        return verified(user) and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return verified(user) and super().user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        from .selectors import cases_visible_to

        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return cases_visible_to(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.instances_user_has_any_permission_for(user, [action])
            .filter(pk=instance.pk)
            .exists()
        )


case_policy = CasePermissionPolicy(Report)
