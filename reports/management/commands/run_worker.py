"""Run the task worker: the periodic jobs (staff notifications every minute,
the sweep every hour, the deadline summary and the purge every day) and the
tasks they enqueue.

A clock thread claims each job's runs (reports/tasks.py), then django-tasks'
database worker (``db_worker``) runs the tasks of the "worker" backend. Any
number of workers may run: each job still runs once per period.

When the database is out of reach the worker waits and tries again instead
of exiting (a task it held is run again later); systemd's Restart= is the
second net, not the first.
"""

import logging
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import InterfaceError, OperationalError, connections

from reports.tasks import BACKEND, start_clock

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5


class Command(BaseCommand):
    help = "Run the task worker and the clock of the periodic jobs."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0)

    def handle(self, *args, interval, **options):
        stop = threading.Event()
        start_clock(stop)
        try:
            while not self.run_tasks(interval):
                # Between tries, a stop request ends the wait (db_worker's own
                # handlers are gone with it).
                for number in (signal.SIGINT, signal.SIGTERM):
                    signal.signal(number, lambda *_: stop.set())
                if stop.wait(RETRY_SECONDS):
                    break
        finally:
            stop.set()

    def run_tasks(self, interval) -> bool:
        """Run the database worker until it is asked to stop (True), or the
        database goes away (False: the caller waits and calls again)."""
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
        except (OperationalError, InterfaceError) as error:
            logger.warning(
                "Database unavailable (%s): the worker tries again in %s s.",
                type(error).__name__,
                RETRY_SECONDS,
            )
            connections.close_all()
            return False
        return True
