"""Work done by the task worker, not in anyone's request.

The "worker" task backend (TASKS in settings) is django-tasks' database
backend: tasks are rows, and ``manage.py run_worker`` runs them (production:
a systemd unit; ``make run`` starts one beside the development server).
Tests use the immediate backend, which runs a task at once, in-process.

Nothing is enqueued from a complainant's request (a task row records the
second it was queued). Instead each worker process keeps a small clock
(``tick``): every job in ``JOBS`` has one row in ScheduledJob with the time
of its next run, and whichever worker first moves that time forward with an
atomic UPDATE enqueues the job. However many workers run, each job runs once
per period; a killed worker's job simply runs again next period. The same
jobs are management commands for cron (docs/operations.md).
"""

import logging
import threading
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import DatabaseError, close_old_connections
from django.utils import timezone
from django_tasks import task, task_backends

logger = logging.getLogger(__name__)

BACKEND = "worker"
TICK_SECONDS = 15


def _outbox() -> None:
    from . import notifications

    notifications.send_due()
    prune_finished()


def _hourly() -> None:
    from django.core.management import call_command

    call_command("sweep_reports", verbosity=0)


def _daily() -> None:
    from django.core.management import call_command

    call_command("send_deadline_summary", verbosity=0)
    call_command("purge_reports", verbosity=0)


def _every(seconds):
    return lambda now: now + timedelta(seconds=seconds)


def _outbox_period(now):
    return now + timedelta(seconds=settings.REPORTS_OUTBOX_SECONDS)


def _daily_at(now):
    """The next REPORTS_DAILY_HOUR o'clock, local time."""
    local = timezone.localtime(now)
    at = datetime.combine(
        local.date(), time(settings.REPORTS_DAILY_HOUR), tzinfo=local.tzinfo
    )
    return at if at > local else at + timedelta(days=1)


# name -> (what to run, when it runs next after ``now``)
JOBS = {
    "outbox": (_outbox, _outbox_period),
    "hourly": (_hourly, _every(3600)),
    "daily": (_daily, _daily_at),
}


@task(backend=BACKEND)
def run_job(name: str) -> None:
    JOBS[name][0]()


def claim(name: str) -> bool:
    """Take this period's run of job ``name`` if it is due and nobody has."""
    from .models import ScheduledJob

    now = timezone.now()
    _job, following = JOBS[name]
    # A new job first runs one period from now (the daily one at its hour).
    ScheduledJob.objects.get_or_create(
        name=name, defaults={"next_run_at": following(now)}
    )
    return bool(
        ScheduledJob.objects.filter(name=name, next_run_at__lte=now).update(
            next_run_at=following(now)
        )
    )


def tick() -> None:
    """Enqueue every job whose time has come (called by each worker)."""
    for name in JOBS:
        if claim(name):
            run_job.enqueue(name)


def start_clock(stop: threading.Event) -> threading.Thread:
    """A thread that ticks every TICK_SECONDS until ``stop`` is set."""

    def loop():
        while not stop.is_set():
            try:
                tick()
            except DatabaseError as error:  # out of reach: one line, not a trace
                logger.warning(
                    "Periodic jobs wait for the database (%s)", error.__class__.__name__
                )
            except Exception:
                logger.exception("Scheduling periodic jobs failed")
            finally:
                close_old_connections()
            stop.wait(min(TICK_SECONDS, settings.REPORTS_OUTBOX_SECONDS))

    thread = threading.Thread(target=loop, name="periodic-jobs", daemon=True)
    thread.start()
    return thread


def prune_finished() -> int:
    """Forget finished task rows (failed ones after a week)."""
    if not task_backends[BACKEND].supports_defer:
        return 0  # the immediate backend keeps no rows
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    done, _ = DBTaskResult.objects.filter(
        status="SUCCESSFUL", finished_at__lt=now - timedelta(minutes=10)
    ).delete()
    failed, _ = DBTaskResult.objects.filter(
        status="FAILED", finished_at__lt=now - timedelta(days=7)
    ).delete()
    return done + failed
