"""When each periodic job of the task worker runs next (reports/tasks.py)."""

from django.db import models


class ScheduledJob(models.Model):
    name = models.CharField(max_length=40, primary_key=True)
    next_run_at = models.DateTimeField()

    def __str__(self):
        return self.name
