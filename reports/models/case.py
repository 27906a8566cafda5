"""A report, its timeline, messages, files, sealed receipt and outbox."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import Category, Outcome, Relation, State, Status, When
from ..clock import coarse_now
from ..crypto import EncryptedJSONField, EncryptedTextField
from .ids import RandomIdModel, new_reference


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

    # The staff's side (reports/states.py). ``status`` above is what the
    # complainant sees; it follows ``state``.
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.NEW
    )
    # Where a case was before staff asked the complainant a question: their
    # answer returns it there.
    state_before_waiting = models.CharField(max_length=20, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, blank=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("assigned to"),
    )
    # A complainant's answer that nobody allowed to read it has opened yet.
    unread_reply = models.BooleanField(_("unread answer"), default=False)
    # Deadlines (REPORTS_DEADLINES) and when they were met; staff times are
    # exact, deadlines follow from the hour the report came in.
    acknowledge_by = models.DateTimeField(_("acknowledge by"), null=True, blank=True)
    answer_by = models.DateTimeField(_("answer by"), null=True, blank=True)
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    answered_at = models.DateTimeField(_("first answer"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # Kept past the retention period while a court or an inquiry needs it.
    legal_hold = models.BooleanField(_("legal hold"), default=False)

    class Meta:
        ordering = ["-urgent", "created_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [models.Index(fields=["state", "-urgent", "created_at"])]
        # reports.<action>_report, as Wagtail's permission policies name them.
        permissions = [
            ("read_report", _("Can read what complainants wrote")),
            ("oversee_report", _("Can see every case")),
            ("assign_report", _("Can assign cases")),
            ("refer_report", _("Can refer cases to agencies")),
            ("close_report", _("Can close cases")),
            ("audit_report", _("Can read the audit trail of cases")),
            ("stats_report", _("Can see case statistics")),
        ]

    def __str__(self):
        return self.reference

    @property
    def due_at(self):
        """The next deadline not yet met, if any."""
        if self.state == State.CLOSED:
            return None
        if self.acknowledged_at is None:
            return self.acknowledge_by
        if self.answered_at is None:
            return self.answer_by
        return None

    def affected_display(self) -> list:
        from ..choices import Affected

        labels = dict(Affected.choices)
        return [labels.get(code, code) for code in self.affected]

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
    """Outbox: one email to one member of staff about one event of a case.

    Written in the same transaction as the event, sent by the task worker's
    outbox job (reports/notifications.py), retried with backoff until it
    goes. Holds no content: which case, what happened, to whom, and how
    sending went. Times follow the timestamp policy: ``sent_at`` and
    ``claimed_until`` to the hour; retries store no time at all.
    """

    class Kind(models.TextChoices):
        NEW_CASE = "new-case", _("New case")
        REPLY = "reply", _("Answer from the complainant")

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.NEW_CASE)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    urgent = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=coarse_now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["sent_at"])]

    def __str__(self):
        return f"{self.report} notification"
