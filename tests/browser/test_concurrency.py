"""Fifty people send the complaint form at the same moment to the production
server on its default SQLite database: every one gets a receipt with its own
tracking code, nothing is locked, nothing is lost, nothing is kept in plain.

Plain HTTP from the standard library, one cookie jar per person; the server
is the real gunicorn process of the browser tests (2 workers x 4 threads).
"""

import html
import http.cookiejar
import re
import sqlite3
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from reports import demo_data
from tests.support.report_answers import report_answers

PEOPLE = 50
TIMEOUT = 120  # seconds for one request; generous, timings are only reported

TOKEN_RE = re.compile(
    r'<input\b(?=[^>]*\bname="token")[^>]*\bvalue="([^"]+)"', re.IGNORECASE
)
CSRF_RE = re.compile(
    r'<input\b(?=[^>]*\bname="csrfmiddlewaretoken")[^>]*\bvalue="([^"]+)"',
    re.IGNORECASE,
)
CODE_RE = re.compile(r'id="tracking-code"[^>]*>(.*?)</p>', re.DOTALL)


@dataclass
class Person:
    index: int
    opener: urllib.request.OpenerDirector
    csrf_cookie: str
    csrf_field: str
    token: str

    @property
    def description(self):
        return f"ทดสอบพร้อมกัน {self.index}"


@dataclass
class Result:
    status: int
    body: str
    seconds: float


def form_url(server):
    return f"{server.url}/th/{demo_data.REPORT_FORM['slug']['th']}/"


def open_form(server, index):
    """GET the form with a fresh cookie jar, as one person's phone would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(form_url(server), timeout=TIMEOUT) as response:
        assert response.status == 200
        page = response.read().decode()
        set_cookies = response.headers.get_all("Set-Cookie") or []
    # The CSRF cookie is Secure, so the jar keeps it but never sends it over
    # plain http: send it by hand.
    csrf_cookie = next((c.value for c in jar if c.name == "csrftoken"), None)
    if csrf_cookie is None:
        found = [
            re.match(r"csrftoken=([^;]+)", header.strip()) for header in set_cookies
        ]
        csrf_cookie = next(match.group(1) for match in found if match)
    token = TOKEN_RE.search(page)
    csrf_field = CSRF_RE.search(page)
    assert token, "no form token in the page"
    assert csrf_field, "no csrfmiddlewaretoken in the page"
    return Person(
        index=index,
        opener=opener,
        csrf_cookie=csrf_cookie,
        csrf_field=html.unescape(csrf_field.group(1)),
        token=html.unescape(token.group(1)),
    )


def submit(server, person, barrier):
    answers = report_answers(
        person.description, token=person.token, csrfmiddlewaretoken=person.csrf_field
    )
    data = urllib.parse.urlencode(answers, doseq=True).encode()
    request = urllib.request.Request(  # noqa: S310 (a local http URL)
        form_url(server),
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={person.csrf_cookie}",
            "Origin": server.url,
            "Referer": form_url(server),
        },
    )
    barrier.wait()
    start = time.perf_counter()
    try:
        with person.opener.open(request, timeout=TIMEOUT) as response:
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode(errors="replace")
    return Result(status, body, time.perf_counter() - start)


def tracking_code(body):
    match = CODE_RE.search(body)
    if not match:
        return None
    digits = re.sub(r"<[^>]+>|\s", "", match.group(1))
    return digits if re.fullmatch(r"\d{20}", digits) else None


def count_reports(server):
    db = sqlite3.connect(server.var / "db.sqlite3")
    try:
        return db.execute("SELECT COUNT(*) FROM reports_report").fetchone()[0]
    finally:
        db.close()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def test_fifty_concurrent_submissions_on_sqlite(portal_server):
    log = portal_server.var / "server.log"
    log_start = log.stat().st_size
    before = count_reports(portal_server)

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        people = list(pool.map(lambda i: open_form(portal_server, i), range(PEOPLE)))
        time.sleep(3.2)  # everybody takes longer than the bot threshold (3 s)
        barrier = threading.Barrier(PEOPLE)
        burst_start = time.perf_counter()
        results = list(
            pool.map(lambda person: submit(portal_server, person, barrier), people)
        )
        burst = time.perf_counter() - burst_start

    times_ms = [result.seconds * 1000 for result in results]
    print(
        f"\n{PEOPLE} concurrent submissions: "
        f"median {statistics.median(times_ms):.0f} ms, "
        f"p90 {percentile(times_ms, 0.9):.0f} ms, "
        f"max {max(times_ms):.0f} ms, burst {burst:.1f} s"
    )

    server_log = log.read_bytes()[log_start:].decode(errors="replace")
    failures = [
        (person.index, result.status)
        for person, result in zip(people, results, strict=True)
        if result.status != 200 or tracking_code(result.body) is None
    ]
    assert failures == [], f"failed submissions: {failures}\n{server_log}"
    codes = [tracking_code(result.body) for result in results]
    assert len(set(codes)) == PEOPLE, "two people got the same tracking code"
    assert "database is locked" not in server_log, server_log
    assert "Traceback" not in server_log, server_log

    assert count_reports(portal_server) == before + PEOPLE
    db = sqlite3.connect(portal_server.var / "db.sqlite3")
    try:
        dump = "\n".join(db.iterdump())
    finally:
        db.close()
    assert [code for code in codes if code in dump] == []
    assert [p.description for p in people if p.description in dump] == []
