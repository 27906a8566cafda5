"""A thousand reports from fifty people at once, through nginx, to both app
servers and PostgreSQL: every report that got a receipt is stored whole,
once, under its own code, and nobody sees a server error.

The people write from 200 loopback addresses (five reports each, the per-
client limit of deploy/portal.env), so the limits stay as production has
them; only the site-wide limits are raised (tests/support/stack.py). Every
tenth report carries a photo, stored encrypted in the object store.
Throughput is printed (docs/benchmarks.md records a run); nothing here
asserts a time.
"""

import hashlib
import hmac
import time
from concurrent.futures import ThreadPoolExecutor

from .conftest import filled_report, photo_with_gps, report_path, tracking_code
from .test_faults import rows_and_objects

REPORTS = 1000
CONCURRENCY = 50
ADDRESSES = 200  # five reports each: the per-client limit


def test_a_thousand_reports_from_fifty_people_at_once(stack, through_nginx, capsys):
    people = [through_nginx(f"127.0.1.{n}") for n in range(1, ADDRESSES + 1)]
    jobs = [(people[n % ADDRESSES], n) for n in range(REPORTS)]
    photo = photo_with_gps((400, 300))

    def load_form(job):
        person, number = job
        form = person.get(report_path("th"))
        assert form.status == 200
        return filled_report(form, f"รายงานทดสอบโหลดหมายเลข {number}")

    def in_lanes(work, items):
        """Run ``work`` over ``items`` in CONCURRENCY lanes; each lane keeps
        to its own people, so no phone sends two requests at once."""
        lanes = [items[lane::CONCURRENCY] for lane in range(CONCURRENCY)]
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            done = list(pool.map(lambda lane: [work(i) for i in lane], lanes))
        results = [None] * len(items)
        for lane, answers in enumerate(done):
            results[lane::CONCURRENCY] = answers
        return results

    before = rows_and_objects(stack)
    forms = in_lanes(load_form, jobs)
    time.sleep(3.1)  # every form as old as a person's fastest report

    def send(item):
        (person, number), fields = item
        files = None
        if number % 10 == 0:
            files = {"files": [(f"photo-{number}.jpg", photo, "image/jpeg")]}
        answer = person.post(report_path("th"), fields, files=files)
        return answer.status, tracking_code(answer)

    started = time.monotonic()
    results = in_lanes(send, list(zip(jobs, forms, strict=True)))
    elapsed = time.monotonic() - started

    statuses = [status for status, _code in results]
    codes = [code for status, code in results if status == 200]
    assert statuses.count(200) == REPORTS, {s: statuses.count(s) for s in statuses}
    assert len(set(codes)) == REPORTS and None not in codes

    reports, attachments, receipts, objects = rows_and_objects(stack)
    assert reports - before[0] == REPORTS
    assert receipts - before[2] == REPORTS  # each with its sealed receipt
    assert attachments - before[1] == REPORTS // 10
    assert objects - before[3] == REPORTS // 10  # no file without its row
    # Every code that was shown finds its own report, and only that one.
    key = stack.environment["REPORTS_HMAC_KEY"].encode()
    hashes = {
        hmac.new(key, code.encode(), hashlib.sha256).hexdigest() for code in codes
    }
    found = stack.sql(
        "SELECT count(*) FROM reports_report WHERE code_hash = ANY(%s)",
        list(hashes),
    )[0][0]
    assert found == REPORTS

    with capsys.disabled():
        print(
            f"\nload: {REPORTS} reports ({REPORTS // 10} with a photo) from "
            f"{CONCURRENCY} concurrent clients in {elapsed:.1f} s: "
            f"{REPORTS / elapsed:.1f} reports/s through nginx, 2 app servers "
            f"x {stack.environment['PORTAL_WORKERS']} workers, PostgreSQL"
        )
