"""The fixed answers of the report form, in plain language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    CHILD_VIOLENCE = "child-violence", _("Violence against a child")
    DOMESTIC_VIOLENCE = "domestic-violence", _("Violence in the family or home")
    SEXUAL_VIOLENCE = "sexual-violence", _("Sexual violence")
    TRAFFICKING = "trafficking", _("Trafficking or forced labour")
    CHILD_LABOUR = "child-labour", _("Child labour")
    NEGLECT = "neglect", _("Neglect or abandonment")
    DOCUMENTS = "documents", _("Documents or legal status")
    UNREST = "unrest", _("Harm linked to the unrest")
    DISCRIMINATION = "discrimination", _("Discrimination")
    OTHER = "other", _("Something else")


class Affected(models.TextChoices):
    CHILD = "child", _("A child (under 18)")
    WOMAN = "woman", _("A woman")
    OLDER_PERSON = "older-person", _("An older person")
    DISABILITY = "disability", _("A person with a disability")
    OTHER = "other", _("Someone else")


class Relation(models.TextChoices):
    SELF = "self", _("It happened to me")
    FAMILY = "family", _("It happened to someone in my family")
    WITNESS = "witness", _("I saw or heard it")
    PROFESSIONAL = "professional", _("I know through my work")


class When(models.TextChoices):
    ONGOING = "ongoing", _("It is still happening")
    TODAY = "today", _("Today")
    WEEK = "week", _("In the last 7 days")
    MONTH = "month", _("In the last month")
    EARLIER = "earlier", _("More than a month ago")
    UNSURE = "unsure", _("I am not sure")


class Status(models.TextChoices):
    """What the complainant sees on the tracking page, in this order."""

    RECEIVED = "received", _("Received")
    ASSESSING = "assessing", _("Being assessed")
    REFERRED = "referred", _("Referred for help")
    WAITING = "waiting", _("Waiting for your answer")
    CLOSED = "closed", _("Closed")


STATUS_EXPLANATIONS = {
    Status.RECEIVED: _("We have your report. A case worker will read it soon."),
    Status.ASSESSING: _(
        "A case worker is reading your report and deciding how to help."
    ),
    Status.REFERRED: _("Your report has been passed to an agency that can help."),
    Status.WAITING: _(
        "We have asked you a question. Please read the message below and answer."
    ),
    Status.CLOSED: _(
        "This case is closed. If you need help again, you can send a new report."
    ),
}


class State(models.TextChoices):
    """Where the case is in the staff's work (reports/states.py)."""

    NEW = "new", _("New")
    TRIAGE = "triage", _("Triage")
    ASSESSING = "assessing", _("Assessing")
    REFERRED = "referred", _("Referred")
    IN_PROGRESS = "in-progress", _("In progress")
    WAITING = "waiting", _("Waiting for the complainant")
    CLOSED = "closed", _("Closed")


class Outcome(models.TextChoices):
    """How a case ended; closing needs one."""

    HELPED = "helped", _("Help given by the centre or an agency")
    REFERRED_OUT = "referred-out", _("Passed to another authority")
    NO_CONTACT = "no-contact", _("The complainant could not be reached")
    WITHDRAWN = "withdrawn", _("The complainant withdrew")
    NOT_ACTIONABLE = "not-actionable", _("Not enough information to act")
    DUPLICATE = "duplicate", _("Duplicate of another case")
    NOT_GENUINE = "not-genuine", _("Not a genuine report")


class AgencyKind(models.TextChoices):
    SOCIAL_DEVELOPMENT = (
        "social-development",
        _("Provincial social development and human security office"),
    )
    SHELTER = "shelter", _("Shelter for children and families")
    POLICE = "police", _("Police")
    HOSPITAL = "hospital", _("Hospital one-stop crisis centre")
    HOTLINE = "hotline", _("Hotline")
    CIVIL_SOCIETY = "civil-society", _("Civil society organisation")
    OTHER = "other", _("Other")


class ReferralOutcome(models.TextChoices):
    PENDING = "pending", _("Waiting for the agency")
    ACCEPTED = "accepted", _("Accepted by the agency")
    HELPED = "helped", _("Help given")
    DECLINED = "declined", _("Declined by the agency")
    NO_RESPONSE = "no-response", _("No response")
