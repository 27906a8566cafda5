"""Run the task worker: the periodic jobs (staff notifications every minute,
the sweep every hour, the deadline summary and the purge every day) and the
tasks they enqueue.

A clock thread claims each job's runs (reports/tasks.py), then django-tasks'
database worker (``db_worker``) runs the tasks of the "worker" backend. Any
number of workers may run: each job still runs once per period.
"""

import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand

from reports.tasks import BACKEND, start_clock


class Command(BaseCommand):
    help = "Run the task worker and the clock of the periodic jobs."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0)

    def handle(self, *args, interval, **options):
        stop = threading.Event()
        start_clock(stop)
        try:
            call_command(
                "db_worker",
                "--backend",
                BACKEND,
                "--queue-name",
                "*",
                "--interval",
                str(interval),
                "--no-startup-delay",
            )
        finally:
            stop.set()
