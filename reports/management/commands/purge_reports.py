"""Purge closed cases whose retention period has passed (the worker's daily
job runs this; or cron). Safe to run twice and after a crash: each case is
purged in its own transaction (reports/retention.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from reports import retention


class Command(BaseCommand):
    help = (
        "Purge cases closed more than REPORTS_RETENTION_DAYS ago (not on legal "
        "hold), keeping only anonymous counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many would go."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.REPORTS_RETENTION_DAYS
        if dry_run:
            count = retention.due_for_purge().count()
            self.stdout.write(
                f"{count} case(s) closed more than {days} days ago would be purged."
            )
            return
        purged = retention.purge_due()
        self.stdout.write(f"Purged {purged} case(s) closed more than {days} days ago.")
