"""How the case queue behaves with many cases: queries and render time of the
list (first page, default order, and filtered), of one case page and of the
statistics page (12 months, with its charts), with 1,000 and 10,000 cases in
a throwaway database.

    .venv/bin/python benchmarks/case_queue.py [1000 10000]

Uses the test settings (an in-memory SQLite database by default, PostgreSQL
with DATABASE_URL) and prints a table for docs/benchmarks.md. Timings are for
reading, not asserting: tests/reports/test_case_queue.py holds the budget
(the list's query count does not grow with the number of cases).
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
)

REPEATS = 5


def make_cases(count):
    from home.models import Province
    from reports.choices import Category, State
    from reports.clock import coarse_now
    from reports.models import Report, StatusChange

    provinces = list(Province.objects.all())
    states = list(State.values)
    now = coarse_now()
    cases = []
    for _ in range(count):
        case = Report(
            category=random.choice(Category.values),  # noqa: S311
            affected=["child"],
            relation="witness",
            province=random.choice(provinces),  # noqa: S311
            when="today",
            state=random.choice(states),  # noqa: S311
            urgent=random.random() < 0.1,  # noqa: S311
            acknowledge_by=now,
            answer_by=now,
            code_hash=os.urandom(16).hex(),
            submission_key=os.urandom(16).hex(),
            description="benchmark case",
        )
        cases.append(case)
    Report.objects.bulk_create(cases, batch_size=2000)
    StatusChange.objects.bulk_create(
        [StatusChange(report=case, status="received") for case in cases[:100]]
    )


def measure(client, url, expect):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    queries = len(captured)  # now: the next request empties Django's log
    assert response.status_code == 200, (url, response.status_code)
    assert expect in response.content, url
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return queries, statistics.median(times)


def main(sizes):
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from reports.models import Report
    from tests.conftest import verified_login

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        user = django.contrib.auth.get_user_model().objects.create_user(
            "bench", email="bench@example.org"
        )
        user.groups.add(Group.objects.get(name="Case managers"))
        client = Client()
        verified_login(client, user)
        print(f"database: {connection.vendor}")
        print("| cases | page | queries | median ms |")
        print("| --- | --- | --- | --- |")
        made = 0
        for size in sizes:
            make_cases(size - made)
            made = size
            case = Report.objects.order_by("?").first()
            province = case.province_id
            for label, url, expect in [
                ("queue, first page", "/admin/cases/", b"CW-"),
                (
                    "queue, filtered (state, province)",
                    f"/admin/cases/?state=new&province={province}",
                    b"CW-",
                ),
                ("queue, overdue", "/admin/cases/?due=overdue", b"CW-"),
                ("case page", f"/admin/cases/{case.pk}/", b"CW-"),
                ("statistics, 12 months", "/admin/case-statistics/", b"<table"),
            ]:
                queries, ms = measure(client, url, expect)
                print(f"| {size:,} | {label} | {queries} | {ms:.0f} |")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
