"""One fault at a time in the running stack: what the person sees, and that
nothing is lost or half-saved. Each service sits behind a proxy the test
cuts (refuses), makes hang, and restores."""

import contextlib
import signal
import time

import pytest

from tests.support.stack import wait_until

from .conftest import (
    filled_report,
    open_case,
    photo_with_gps,
    report_path,
    send_report,
    tracking_code,
)
from .test_deployment import new_report, report_ids


@contextlib.contextmanager
def broken(stack, service, how="refuse"):
    proxy = stack.proxies[service]
    getattr(proxy, how)()
    try:
        yield proxy
    finally:
        proxy.forward()


def notifications(stack, report_id):
    """(attempts, sent) of each staff email about a report."""
    return stack.sql(
        "SELECT attempts, sent_at IS NOT NULL FROM reports_notification "
        "WHERE report_id = %s",
        report_id,
    )


def mails_about(stack, reference):
    return [m for m in stack.smtp.messages if reference in m["Subject"]]


def rows_and_objects(stack):
    counts = stack.sql(
        "SELECT (SELECT count(*) FROM reports_report),"
        " (SELECT count(*) FROM reports_attachment),"
        " (SELECT count(*) FROM reports_pendingreceipt)"
    )[0]
    return (*counts, len(stack.s3.objects(stack.bucket)))


def test_mail_refusing_then_hanging_delays_staff_emails_but_never_a_receipt(
    stack, through_nginx
):
    with broken(stack, "mail", "refuse"):
        before = report_ids(stack)
        receipt = send_report(through_nginx("127.0.0.70"), "เมลเซิร์ฟเวอร์ไม่รับ")
        assert receipt.status == 200 and tracking_code(receipt)
        refused_id, refused_ref = new_report(stack, before)
        wait_until(
            lambda: all(tries >= 1 for tries, _ in notifications(stack, refused_id)),
            timeout=60,
            what="the worker's first, failed, try",
        )
    with broken(stack, "mail", "hang") as mail:
        before = report_ids(stack)
        receipt = send_report(through_nginx("127.0.0.71"), "เมลเซิร์ฟเวอร์ค้าง")
        assert receipt.status == 200 and tracking_code(receipt)
        hung_id, hung_ref = new_report(stack, before)
        mail.wait_for_connection()
        # Each try waits EMAIL_TIMEOUT (10 s) for a greeting, then gives up
        # and keeps the row.
        wait_until(
            lambda: any(tries >= 1 for tries, _ in notifications(stack, hung_id)),
            timeout=180,
            interval=1,
            what="the worker giving up on a silent mail server",
        )
    assert mails_about(stack, refused_ref) == mails_about(stack, hung_ref) == []
    # Back up: every email arrives, once (retries wait for the next minute,
    # or the next even minute after two failures).
    for report_id, reference in ((refused_id, refused_ref), (hung_id, hung_ref)):
        wait_until(
            lambda r=report_id: all(sent for _, sent in notifications(stack, r)),
            timeout=400,
            interval=1,
            what="the delayed staff emails",
        )
        assert len(mails_about(stack, reference)) == len(
            notifications(stack, report_id)
        )


def test_redis_down_the_pages_and_the_form_still_work(stack, through_nginx):
    person = through_nginx("127.0.0.72")
    with broken(stack, "redis"):
        assert person.get("/th/").status == 200
        before = report_ids(stack)
        receipt = send_report(person, "ส่งตอนที่ Redis ล่ม")
        assert receipt.status == 200
        code = tracking_code(receipt)
        new_report(stack, before)
        case = open_case(through_nginx("127.0.0.73"), code)
        assert case.status == 200 and "timeline__current" in case.text
    # The choice (docs/operations.md): limits count in each process's memory
    # meanwhile, and one line says so in the log of each app server.
    logs = stack.log("web-0.log") + stack.log("web-1.log")
    assert "Redis" in logs or "cache" in logs.lower()
    assert "127.0.0.72" not in logs and "ส่งตอนที่" not in logs


def test_storage_down_keeps_the_text_and_saves_nothing(stack, through_nginx):
    person = through_nginx("127.0.0.74")
    form = person.get(report_path("th"))
    fields = filled_report(form, "ข้อความที่ต้องไม่หาย")
    photo = {"files": [("บ้าน.jpg", photo_with_gps(), "image/jpeg")]}
    before = rows_and_objects(stack)
    time.sleep(3.1)  # a person's time over the form
    with broken(stack, "storage"):
        answer = person.post(report_path("th"), fields, files=photo)
    assert answer.status == 503
    assert "ข้อความที่ต้องไม่หาย" in answer.text  # in the form, to send again
    assert "could not save" not in answer.text  # said in Thai
    assert rows_and_objects(stack) == before
    # Storage back: the same form, sent again, makes one report.
    again = person.post(report_path("th"), fields, files=photo)
    assert again.status == 200 and tracking_code(again)
    reports, attachments, receipts, objects = rows_and_objects(stack)
    assert (reports, attachments, objects) == (
        before[0] + 1,
        before[1] + 1,
        before[3] + 1,
    )


def test_database_down_answers_503_and_gives_the_text_back(stack, through_nginx):
    person = through_nginx("127.0.0.75")
    form = person.get(report_path("th"))
    fields = filled_report(form, "เขียนไว้ตอนฐานข้อมูลล่ม")
    time.sleep(3.1)
    before = report_ids(stack)
    with broken(stack, "database"):
        answer = person.post(report_path("th"), fields)
        assert answer.status == 503
        assert answer.headers["Retry-After"] == "60"
        assert "เขียนไว้ตอนฐานข้อมูลล่ม" in answer.text
        assert 'href="tel:1300"' in answer.text
        assert "Please try again" not in answer.text  # said in Thai
        news = person.get("/th/search/?q=ข่าว")
        assert news.status == 503
    assert report_ids(stack) == before
    # Back up: "Send again" posts the same fields; one report.
    again = person.post(report_path("th"), fields)
    assert again.status == 200 and tracking_code(again)
    assert len(report_ids(stack) - before) == 1
    # The worker waited for the database instead of exiting: it tells staff.
    report_id, _reference = new_report(stack, before)
    wait_until(
        lambda: all(sent for _, sent in notifications(stack, report_id)),
        timeout=120,
        interval=1,
        what="the worker to send after the outage",
    )
    assert stack.processes["worker"].poll() is None


def test_a_worker_killed_while_sending_sends_it_once_later(stack, through_nginx):
    with broken(stack, "mail", "hang"):
        before = report_ids(stack)
        receipt = send_report(through_nginx("127.0.0.76"), "คนงานถูกหยุดกลางคัน")
        assert receipt.status == 200
        report_id, reference = new_report(stack, before)
        # Kill the worker while it holds one of this report's emails, talking
        # to the silent mail server.
        wait_until(
            lambda: stack.sql(
                "SELECT 1 FROM reports_notification WHERE report_id = %s "
                "AND claimed_until IS NOT NULL AND sent_at IS NULL",
                report_id,
            ),
            timeout=180,
            what="the worker taking this report's email",
        )
        stack.stop_process("worker", sig=signal.SIGKILL)
    claimed = stack.sql(
        "SELECT count(*) FROM reports_notification WHERE report_id = %s "
        "AND claimed_until IS NOT NULL AND sent_at IS NULL",
        report_id,
    )[0][0]
    assert claimed >= 1  # killed holding its claim
    # Its claim lapses (two hours, counted from the hour): let that time pass.
    stack.sql(
        "UPDATE reports_notification SET claimed_until = now() - interval '1 minute' "
        "WHERE report_id = %s AND sent_at IS NULL",
        report_id,
    )
    stack.start_worker()
    wait_until(
        lambda: all(sent for _, sent in notifications(stack, report_id)),
        timeout=240,
        interval=1,
        what="the email after the worker's restart",
    )
    assert len(mails_about(stack, reference)) == len(notifications(stack, report_id))


@pytest.fixture(autouse=True)
def everything_answers(stack):
    """Each test starts with every service answering and the worker up."""
    for proxy in stack.proxies.values():
        proxy.forward()
    if "worker" not in stack.processes:
        stack.start_worker()
    yield
