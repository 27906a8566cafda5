"""Remove what no report needs any more (run from cron every hour).

* Attachment files that no row refers to: left by a process killed between
  storing a file and committing its row, or by a removal that failed.
  Only files whose recorded time is two hours old or more are touched: file
  times are rounded down to the hour, so such a file is at least an hour old
  and no report being saved now can own it.
* It refuses to run when files exist but no attachment row does at all: that
  is a wrong or empty database (a cron job without DATABASE_URL, say), and
  sweeping would delete every file. ``--force`` overrides.
* Partial files a failed write left behind.
* Sealed receipts whose resend window has passed.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports import services, storage
from reports.models import Attachment


class Command(BaseCommand):
    help = "Remove orphaned attachment files and expired receipts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would go."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Sweep even when the database holds no attachment at all.",
        )

    def handle(self, *args, dry_run=False, force=False, **options):
        cutoff = timezone.now() - timedelta(hours=2)
        names = storage.names()
        if names and not force and not Attachment.objects.exists():
            raise CommandError(
                f"{len(names)} file(s) but no attachment in the database: is "
                "this the right database? Nothing removed (--force to sweep)."
            )
        orphans = []
        for name in names:
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
