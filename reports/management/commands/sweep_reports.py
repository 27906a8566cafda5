"""Remove what no report needs any more (run from cron every hour).

* Attachment files that no row refers to: left by a process killed between
  storing a file and committing its row, or by a removal that failed.
  Only files at least an hour old are touched, so a report being saved right
  now keeps its files (file times are rounded down to the hour, hence the
  two-hour margin on the recorded time).
* Partial files a failed write left behind.
* Sealed receipts whose resend window has passed.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from reports import services, storage
from reports.models import Attachment


class Command(BaseCommand):
    help = "Remove orphaned attachment files and expired receipts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would go."
        )

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(hours=2)
        orphans = []
        for name in storage.names():
            if storage.modified(name) >= cutoff:
                continue
            if not Attachment.objects.filter(stored_name=name).exists():
                orphans.append(name)
        if dry_run:
            self.stdout.write(f"Would remove {len(orphans)} orphaned file(s).")
            return
        for name in orphans:
            storage.delete_quietly(name)
        receipts = services.receipts_expire()
        self.stdout.write(
            f"Removed {len(orphans)} orphaned file(s) and {receipts} expired receipt(s)."
        )
