"""Tell each case manager, once a day, how many cases are due today and how
many are overdue: numbers only, no reference, no content (the worker's daily
job runs this; or cron)."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from reports import notifications, selectors
from reports.models import Report


class Command(BaseCommand):
    help = "Email case managers how many cases are due today and overdue."

    def handle(self, *args, **options):
        due_today, overdue = selectors.deadline_counts(Report.objects.all())
        queue = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "reports_case:index"
        )
        sent = 0
        for manager in notifications.managers():
            with translation.override(notifications.language_of(manager)):
                subject = _("Cases due today: %(due)d, overdue: %(overdue)d") % {
                    "due": due_today,
                    "overdue": overdue,
                }
                body = "\n".join(
                    [
                        _("Due today: %(count)d") % {"count": due_today},
                        _("Overdue: %(count)d") % {"count": overdue},
                        "",
                        _("The case queue:"),
                        f"{queue}?due=overdue",
                    ]
                )
            send_mail(subject, body, None, [manager.email])
            sent += 1
        self.stdout.write(f"Sent the deadline summary to {sent} case manager(s).")
