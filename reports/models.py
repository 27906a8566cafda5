"""Complaints: the report, its messages and files, and the outbox.

Nothing here holds an IP address, a user agent or a tracking code. The code
is stored only as an HMAC (``code_hash``); what the complainant wrote is
encrypted at rest (``EncryptedTextField``). ``__str__`` returns only the
case reference, because Wagtail's audit log shows it to other staff.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.models import FORM_METHODS, PAGE_FILTER_FIELDS
from home.search import multilingual

from .choices import Category, Relation, Status, When
from .clock import coarse_now
from .crypto import EncryptedJSONField, EncryptedTextField

# References: letters and digits nobody confuses on the phone (no 0/O, 1/I/L).
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def random_id() -> int:
    """A random primary key (below 2**53, so JavaScript reads it exactly)."""
    return secrets.randbelow(2**53 - 1) + 1


def new_reference() -> str:
    """ "CW-7KQ3-M9PX": random, so it says nothing of when or how many."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"CW-{chars[:4]}-{chars[4:]}"


class RandomIdModel(models.Model):
    """Rows whose ids reveal neither their order nor their count.

    Sequential ids would let whoever holds the database line reports up with
    a log of connections, even with times rounded to the hour.
    """

    id = models.BigIntegerField(primary_key=True, default=random_id, editable=False)

    class Meta:
        abstract = True


class Report(RandomIdModel):
    reference = models.CharField(
        _("reference"),
        max_length=20,
        unique=True,
        default=new_reference,
        editable=False,
    )
    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    # HMAC of the form's one-time token: a double click or a replayed POST
    # finds the report it already created instead of making a second one.
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    category = models.CharField(
        _("what happened"), max_length=30, choices=Category.choices
    )
    affected = models.JSONField(_("who is affected"), default=list)
    relation = models.CharField(
        _("how the reporter knows"), max_length=20, choices=Relation.choices
    )
    province = models.ForeignKey(
        "home.Province",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    district = EncryptedTextField(_("district"), blank=True, default="")
    when = models.CharField(_("when"), max_length=20, choices=When.choices)
    description = EncryptedTextField(_("description"))
    in_danger = models.BooleanField(_("in danger now"), default=False)
    urgent = models.BooleanField(_("urgent"), default=False)
    contact = EncryptedJSONField(_("contact details"), null=True, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="th"
    )
    # To the hour (reports/clock.py); updated_at moves with every event.
    created_at = models.DateTimeField(_("received"), default=coarse_now)
    updated_at = models.DateTimeField(_("updated"), default=coarse_now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return self.reference

    @property
    def is_anonymous(self):
        return not any((self.contact or {}).values())


class StatusChange(RandomIdModel):
    """One step of the timeline the complainant sees."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    created_at = models.DateTimeField(default=coarse_now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report} {self.status}"


class Message(RandomIdModel):
    class Direction(models.TextChoices):
        TO_COMPLAINANT = "to", _("To the complainant")
        FROM_COMPLAINANT = "from", _("From the complainant")

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="messages"
    )
    direction = models.CharField(max_length=4, choices=Direction.choices)
    # HMAC of the reply form's one-time token: a resent reply is saved once.
    submission_key = models.CharField(  # noqa: DJ001 (NULL for staff messages)
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    body = EncryptedTextField(_("message"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=coarse_now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report} #{self.pk}"


class Attachment(RandomIdModel):
    """A cleaned, encrypted file stored under a random name (reports storage)."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="attachments"
    )
    message = models.ForeignKey(
        Message,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
    )
    stored_name = models.CharField(max_length=100, unique=True)
    original_name = EncryptedTextField(_("file name"))
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=coarse_now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report} file #{self.pk}"


class PendingReceipt(models.Model):
    """The code of a report just sent, sealed for the receipt window.

    A second press of "Send", or a browser resending the form after a
    dropped connection, must show the same code again. The code is sealed
    under a key derived from the form's random nonce, which only the
    complainant's browser holds (``submission_key`` is an HMAC of it, which
    cannot be turned back): a database dump plus every key of the server
    still cannot open it. The sealed text also holds the deadline, so no
    readable time is stored; rows are deleted once the window has passed
    (``services.receipts_expire``).
    """

    report = models.OneToOneField(
        Report, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    sealed = models.TextField()

    def __str__(self):
        return f"{self.report} receipt"


class Notification(RandomIdModel):
    """Outbox: written in the report's transaction, sent after commit.

    Holds no content: only which case, whether it is urgent and how sending
    went. Unsent rows are retried by ``manage.py send_notifications``.
    """

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="notifications"
    )
    urgent = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=coarse_now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report} notification"


# --- Pages ---------------------------------------------------------------


class ReportFormPage(Page):
    """The anonymous complaint form. Editors write its introduction and advice."""

    intro = models.TextField(_("introduction"), blank=True)
    advice = RichTextField(
        _("safety advice"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("advice")]
    search_fields = [*PAGE_FILTER_FIELDS, *multilingual("intro", "advice")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    allowed_http_methods = FORM_METHODS
    max_count = 1
    template = "reports/report_form_page.html"

    class Meta:
        verbose_name = _("report form")

    def serve(self, request, *args, **kwargs):
        from .views import report_form_view

        return report_form_view(request, self)


class TrackingPage(Page):
    """Where a complainant enters their code to follow their case."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*PAGE_FILTER_FIELDS, *multilingual("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    allowed_http_methods = FORM_METHODS
    max_count = 1
    template = "reports/tracking_page.html"

    class Meta:
        verbose_name = _("tracking page")

    def serve(self, request, *args, **kwargs):
        from .views import tracking_view

        return tracking_view(request, self)
