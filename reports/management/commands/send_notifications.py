from django.core.management.base import BaseCommand

from reports.notifications import send_pending


class Command(BaseCommand):
    help = "Send case notifications that could not be sent yet (run from cron)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"Sent {sent} notification(s); {failed} still waiting.")
        if failed:
            raise SystemExit(1)
