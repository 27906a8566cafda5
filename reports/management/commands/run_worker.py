"""Run the task worker: notifications to staff, and the periodic jobs.

Schedules each periodic job once (reports/tasks.py), then runs django-tasks'
database worker (``db_worker``) for the "worker" backend. Options after the
command are passed on, e.g. ``--interval 2``.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from reports.tasks import BACKEND, ensure_scheduled


class Command(BaseCommand):
    help = "Schedule the periodic jobs, then run the task worker."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--batch", action="store_true")

    def handle(self, *args, interval, batch, **options):
        ensure_scheduled()
        extra = ["--batch"] if batch else []
        call_command(
            "db_worker",
            "--backend",
            BACKEND,
            "--queue-name",
            "*",
            "--interval",
            str(interval),
            "--no-startup-delay",
            *extra,
        )
