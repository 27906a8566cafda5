"""The staff's work on a case: agencies it is referred to, referrals,
internal notes, and the provinces each case worker covers."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..choices import AgencyKind, ReferralOutcome
from ..crypto import EncryptedTextField
from .ids import RandomIdModel


class Agency(index.Indexed, models.Model):
    """An agency that helps: a social development office, a shelter, the
    police, a hospital's one-stop crisis centre, a hotline. Managed by case
    managers as a snippet; case workers refer cases to them."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=30, choices=AgencyKind.choices)
    provinces = models.ManyToManyField(
        "home.Province",
        blank=True,
        related_name="+",
        verbose_name=_("provinces covered"),
        help_text=_("Leave empty for an agency that serves every province."),
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    notes = models.TextField(_("notes for case workers"), blank=True)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Made up for the demonstration site: do not refer real cases."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("provinces"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("notes"),
        FieldPanel("is_sample"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self):
        return self.name


class Referral(RandomIdModel):
    """A case passed to an agency, and what came of it."""

    report = models.ForeignKey(
        "reports.Report", on_delete=models.CASCADE, related_name="referrals"
    )
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("agency"),
    )
    outcome = models.CharField(
        _("outcome"),
        max_length=20,
        choices=ReferralOutcome.choices,
        default=ReferralOutcome.PENDING,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("referral")

    def __str__(self):
        return f"{self.report} referral #{self.pk}"


class Note(RandomIdModel):
    """An internal note: encrypted, never shown to the complainant."""

    report = models.ForeignKey(
        "reports.Report", on_delete=models.CASCADE, related_name="notes"
    )
    body = EncryptedTextField(_("note"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report} note #{self.pk}"


class StaffScope(models.Model):
    """The provinces a case worker covers: besides the cases assigned to
    them, they see the unassigned cases of these provinces. Set by a case
    manager."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="case_scope",
        verbose_name=_("case worker"),
    )
    provinces = models.ManyToManyField(
        "home.Province", blank=True, related_name="+", verbose_name=_("provinces")
    )

    panels = [FieldPanel("user"), FieldPanel("provinces")]

    class Meta:
        verbose_name = _("case worker's provinces")
        verbose_name_plural = _("case workers' provinces")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @admin.display(description=_("provinces"))
    def province_names(self):
        return ", ".join(str(province) for province in self.provinces.all())
