"""The task worker's clock: each periodic job runs once per period however
many workers run, nothing is queued from a complainant's request."""

from datetime import timedelta

from django.utils import timezone

from reports import tasks
from reports.models import ScheduledJob
from tests.conftest import url_in

from .conftest import form_data


def at(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)


def test_a_job_is_claimed_once_per_period(db, monkeypatch):
    start = timezone.now()
    assert tasks.claim("outbox") is False  # a new job waits one period
    at(monkeypatch, start + timedelta(seconds=61))
    assert tasks.claim("outbox") is True  # the first worker to look
    assert tasks.claim("outbox") is False  # any other worker, same period
    at(monkeypatch, start + timedelta(seconds=122))
    assert tasks.claim("outbox") is True
    assert tasks.claim("outbox") is False


def test_the_daily_job_runs_at_the_set_hour(db, settings):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    settings.REPORTS_DAILY_HOUR = 7
    bangkok = ZoneInfo("Asia/Bangkok")
    morning = datetime(2026, 12, 1, 6, 30, tzinfo=bangkok)
    evening = datetime(2026, 12, 1, 19, 0, tzinfo=bangkok)
    assert tasks._daily_at(morning) == datetime(2026, 12, 1, 7, 0, tzinfo=bangkok)
    assert tasks._daily_at(evening) == datetime(2026, 12, 2, 7, 0, tzinfo=bangkok)


def test_a_tick_runs_each_due_job(db, monkeypatch):
    ran = []
    monkeypatch.setitem(
        tasks.JOBS, "outbox", (lambda: ran.append("outbox"), tasks._outbox_period)
    )
    monkeypatch.setitem(
        tasks.JOBS, "hourly", (lambda: ran.append("hourly"), tasks._every(3600))
    )
    monkeypatch.setitem(
        tasks.JOBS, "daily", (lambda: ran.append("daily"), tasks._daily_at)
    )
    start = timezone.now()
    tasks.tick()  # makes the schedule
    assert ran == [] and ScheduledJob.objects.count() == 3
    at(monkeypatch, start + timedelta(days=1, seconds=1))
    tasks.tick()
    tasks.tick()
    assert sorted(ran) == ["daily", "hourly", "outbox"]


def test_sending_a_report_queues_no_task(client, report_page, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        **settings.TASKS,
        "worker": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    url = url_in(report_page, "th")
    assert client.post(url, form_data(client, url)).status_code == 200
    assert DBTaskResult.objects.count() == 0


def test_the_worker_waits_for_the_database_instead_of_exiting(monkeypatch, caplog):
    from django.db import OperationalError

    from reports.management.commands import run_worker

    outcomes = [OperationalError("connection refused"), None]
    calls = []

    def db_worker(*args):
        calls.append(args)
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome

    monkeypatch.setattr(run_worker, "call_command", db_worker)
    monkeypatch.setattr(run_worker, "RETRY_SECONDS", 0)
    monkeypatch.setattr(run_worker, "start_clock", lambda stop: None)
    run_worker.Command().handle(interval=1.0)
    assert len(calls) == 2  # tried again once the database answered
    assert "Database unavailable (OperationalError)" in caplog.text
