from django.core.management.base import BaseCommand

from reports.notifications import send_due


class Command(BaseCommand):
    help = (
        "Send case notifications that are due (the worker does this every "
        "minute; for cron where no worker runs)."
    )

    def handle(self, *args, **options):
        sent, failed = send_due()
        self.stdout.write(f"Sent {sent} notification(s); {failed} still waiting.")
        if failed:
            raise SystemExit(1)
