"""What the statistics keep of a purged case: anonymous facts, no content,
no reference, no link to anything (reports/retention.py)."""

from django.db import models

from ..choices import Category, Outcome


class ArchivedCase(models.Model):
    month = models.DateField()  # the first day of the month it came in
    category = models.CharField(max_length=30, choices=Category.choices)
    province = models.ForeignKey(
        "home.Province", on_delete=models.PROTECT, null=True, related_name="+"
    )
    affected = models.JSONField(default=list)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    agencies = models.JSONField(default=list)  # names of the agencies referred to
    hours_to_acknowledge = models.FloatField(null=True)
    hours_to_answer = models.FloatField(null=True)
    hours_to_close = models.FloatField(null=True)

    class Meta:
        indexes = [models.Index(fields=["month"])]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.category}"
