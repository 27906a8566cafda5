"""The audit trail of cases: who opened, downloaded, changed or exported
what, and when. Never content: the label is the case reference, the data
names what changed (a state, an agency, a file number), not what was
written.

Cases have log entries of their own (registered for Report in
wagtail_hooks.py) rather than Wagtail's shared ModelLogEntry: Wagtail shows
a model's entries in "Site history" to anyone with any permission on it, but
only case managers may read this trail.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import BaseLogEntry, BaseLogEntryManager


class CaseLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(case_id=instance.pk)
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(case_id=instance.pk)

    def viewable_by_user(self, user):
        from ..permissions import case_policy

        if case_policy.user_has_permission(user, "audit"):
            return self.all()
        return self.none()


class CaseLogEntry(BaseLogEntry):
    # No constraint: the trail outlives a purged case (its label is then
    # replaced, see the purge).
    case = models.ForeignKey(
        "reports.Report",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )

    objects = CaseLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("case log entry")
        verbose_name_plural = _("case log entries")

    def __str__(self):
        return f"{self.label} {self.action}"

    @cached_property
    def object_id(self):
        return self.case_id


class StatisticsExport(models.Model):
    """One download of the statistics as CSV: who, when and which period.
    Logged like any change (Wagtail's model log), so it is in the audit
    trail that case managers read in site history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    date_from = models.DateField()
    date_to = models.DateField()

    class Meta:
        verbose_name = _("statistics export")
        verbose_name_plural = _("statistics exports")

    def __str__(self):
        return f"{self.date_from} – {self.date_to}"
