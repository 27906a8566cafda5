"""Work done by the task worker, not in anyone's request.

The "worker" task backend (TASKS in settings) is django-tasks' database
backend: tasks are rows, and ``manage.py run_worker`` runs them (production:
a systemd unit; ``make run`` starts one beside the development server).
Tests use the immediate backend, which runs a task at once, in-process.

Periodic jobs re-enqueue themselves for their next run; ``ensure_scheduled``
(called when a worker starts, and after each run) makes sure each has
exactly one run waiting. The same jobs are management commands for cron
(docs/operations.md).
"""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task, task_backends

from . import notifications

logger = logging.getLogger(__name__)

BACKEND = "worker"


@task(backend=BACKEND)
def deliver_notification(notification_id: int) -> None:
    notifications.deliver(notification_id)


def _every_minute() -> None:
    notifications.send_due()
    prune_finished()


def _hourly() -> None:
    from django.core.management import call_command

    call_command("sweep_reports", verbosity=0)


# name -> (what to run, seconds between runs)
PERIODIC = {
    "every-minute": (_every_minute, 60),
    "hourly": (_hourly, 3600),
}


@task(backend=BACKEND)
def periodic(name: str) -> None:
    job, _interval = PERIODIC[name]
    try:
        job()
    finally:
        schedule(name, force=True)


def _backend():
    return task_backends[BACKEND]


def _waiting(name: str) -> bool:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=periodic.module_path,
        status="READY",
        args_kwargs__args=[name],
    ).exists()


def schedule(name: str, *, force: bool = False) -> None:
    """Enqueue the next run of a periodic job (unless one is waiting)."""
    if not _backend().supports_defer:
        return  # the immediate backend (tests): nothing runs later
    if not force and _waiting(name):
        return
    _job, interval = PERIODIC[name]
    run_after = timezone.now() + timedelta(seconds=interval)
    periodic.using(run_after=run_after).enqueue(name)


def ensure_scheduled() -> None:
    for name in PERIODIC:
        schedule(name)


def prune_finished() -> int:
    """Forget finished task rows: they carry the exact time a notification
    was queued, which is close to the time a report was sent (the timestamp
    policy, docs/security-and-privacy.md). Failed ones stay a week."""
    if not _backend().supports_defer:
        return 0
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    done, _ = DBTaskResult.objects.filter(
        status="SUCCESSFUL", finished_at__lt=now - timedelta(minutes=10)
    ).delete()
    failed, _ = DBTaskResult.objects.filter(
        status="FAILED", finished_at__lt=now - timedelta(days=7)
    ).delete()
    return done + failed
