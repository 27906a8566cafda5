"""The portal as deploy/ runs it: nginx with TLS in front of two app servers
on PostgreSQL, Redis and object storage, with the task worker and a mail
server. What a complainant, a case worker and an operator would notice."""

import re
import socket
import ssl
import subprocess
import warnings

import pytest

from tests.browser.pages import demo_paths
from tests.support.deployment import exec_start, swap, unit_value
from tests.support.stack import HOST_NAME, wait_until
from tests.support.visitor import Address, Visitor

from .conftest import (
    CHROMIUM,
    open_case,
    photo_with_gps,
    report_path,
    send_report,
    sign_in,
    tracking_code,
    tracking_path,
)


def report_ids(stack):
    return {row[0] for row in stack.sql("SELECT id FROM reports_report")}


def new_report(stack, before):
    (report_id,) = report_ids(stack) - before
    (reference,) = stack.sql(
        "SELECT reference FROM reports_report WHERE id = %s", report_id
    )[0]
    return report_id, reference


def database_text(stack):
    """Every row of every table, as text: what a database dump would hold."""
    tables = stack.sql(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
    )
    return "\n".join(
        row[0]
        for (table,) in tables
        for row in stack.sql(f'SELECT row_to_json(t)::text FROM "{table}" t')  # noqa: S608
    )


def mail_about(stack, reference, *, since=0, timeout=60):
    return stack.smtp.wait_for(
        lambda message: reference in message["Subject"],
        since=since,
        timeout=timeout,
    )


@pytest.fixture
def chromium(stack, playwright):
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            f"--host-resolver-rules=MAP {HOST_NAME} 127.0.0.1",
        ],
    )
    context = browser.new_context(
        ignore_https_errors=True,  # the test's own self-signed certificate
        viewport={"width": 360, "height": 740},
        locale="th-TH",
    )
    yield context
    context.close()
    browser.close()


def test_a_complainant_reports_follows_and_answers_over_https(stack, chromium):
    before, mails = report_ids(stack), len(stack.smtp.messages)
    page = chromium.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(stack.origin + report_path("th"))
    assert page.evaluate("location.protocol") == "https:"
    page.wait_for_timeout(3100)  # a person takes longer than the bot threshold
    page.locator("input[name=category][value=domestic-violence]").check()
    page.locator("input[name=affected][value=woman]").check()
    page.locator("input[name=relation][value=self]").check()
    page.locator("input[name=when][value=week]").check()
    page.locator("textarea[name=description]").fill("ถูกทำร้ายที่บ้าน ส่งผ่าน nginx")
    page.locator("input[name=in_danger][value=no]").check()
    page.set_input_files(
        "input[name=files]",
        files=[
            {"name": "บ้าน.jpg", "mimeType": "image/jpeg", "buffer": photo_with_gps()}
        ],
    )
    page.locator(".report-form button[type=submit]").click()
    code = re.sub(r"\s", "", page.locator("#tracking-code").inner_text())
    assert re.fullmatch(r"\d{20}", code) and code not in page.url

    page.goto(stack.origin + tracking_path("th"))
    page.locator("input[name=code]").fill(code)
    page.locator(".tracking-form button[type=submit]").click()
    assert page.locator(".timeline__current").count() == 1
    page.locator("textarea[name=body]").fill("ตอบกลับผ่าน nginx")
    page.locator(".reply-form button[type=submit]").click()
    assert page.locator(".message--from").count() == 1
    assert [url for url in requested if not url.startswith(stack.origin)] == []

    # The worker tells the case managers by email: a reference and a link.
    report_id, reference = new_report(stack, before)
    mail = mail_about(stack, reference, since=mails)
    body = mail.get_content()
    assert f"{stack.origin}/admin/cases/{report_id}/" in body
    assert "ถูกทำร้าย" not in body and code not in body

    # The photo is in the bucket, encrypted; nothing readable in the database.
    objects = stack.s3.objects(stack.bucket)
    (stored_name,) = stack.sql(
        "SELECT stored_name FROM reports_attachment WHERE report_id = %s", report_id
    )[0]
    stored = objects[f"report-files/{stored_name}"]
    assert b"\xff\xd8\xff" not in stored and b"PhoneMaker" not in stored
    dump = database_text(stack)
    assert code not in dump
    assert "ส่งผ่าน nginx" not in dump and "ตอบกลับผ่าน nginx" not in dump
    assert "127.0.0.1" not in dump and "HeadlessChrome" not in dump


def test_only_https_with_current_tls_and_http2(stack):
    plain = Visitor(
        Address(stack.http_port, f"http://{HOST_NAME}:{stack.http_port}", tls=False)
    )
    redirect = plain.get("/th/")
    assert redirect.status == 301
    assert redirect.headers["Location"] == f"https://{HOST_NAME}/th/"

    context = ssl.create_default_context(cafile=str(stack.certificate))
    context.set_alpn_protocols(["h2", "http/1.1"])
    with (
        socket.create_connection(("127.0.0.1", stack.https_port)) as raw,
        context.wrap_socket(raw, server_hostname=HOST_NAME) as tls,
    ):
        assert tls.selected_alpn_protocol() == "h2"
        assert tls.version() in {"TLSv1.2", "TLSv1.3"}

    old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    old.check_hostname, old.verify_mode = False, ssl.CERT_NONE
    with warnings.catch_warnings():  # an old browser, on purpose
        warnings.simplefilter("ignore", DeprecationWarning)
        old.minimum_version = ssl.TLSVersion.TLSv1
        old.maximum_version = ssl.TLSVersion.TLSv1_1
    old.set_ciphers("ALL:@SECLEVEL=0")
    with (
        pytest.raises(ssl.SSLError),
        socket.create_connection(("127.0.0.1", stack.https_port)) as raw,
    ):
        old.wrap_socket(raw, server_hostname=HOST_NAME)

    # A name that is not the portal's gets no certificate at all.
    with (
        pytest.raises(ssl.SSLError),
        socket.create_connection(("127.0.0.1", stack.https_port)) as raw,
    ):
        ssl.create_default_context(cafile=str(stack.certificate)).wrap_socket(
            raw, server_hostname="other.example.org"
        )


def test_static_files_come_from_nginx_compressed_and_cached_for_a_year(
    stack, through_nginx
):
    person = through_nginx()
    home = person.get("/th/")
    css = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', home.text)
    assert css, "the page links the hashed stylesheet"
    hashed = person.get(css.group(1), headers={"Accept-Encoding": "gzip"})
    assert hashed.status == 200
    assert hashed.headers["Content-Encoding"] == "gzip"
    assert hashed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert hashed.headers["X-Content-Type-Options"] == "nosniff"
    assert "max-age=31536000" in hashed.headers["Strict-Transport-Security"]
    assert hashed.headers["Server"] == "nginx"  # no version
    unhashed = person.get("/static/css/portal.css")
    assert unhashed.headers["Cache-Control"] == "public, max-age=3600"
    assert person.get("/static/../manage.py").status in {400, 404}
    assert person.get("/media/original_images/anything.jpg").status == 404
    # Public pages are compressed too, and shared caches may keep them briefly.
    page = person.get("/th/", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip"
    assert page.headers["Cache-Control"] == "public, max-age=60"
    assert "Set-Cookie" not in page.headers


def test_an_upload_over_the_limit_is_refused_by_nginx(stack, through_nginx):
    person = through_nginx(source="127.0.0.30")
    form = person.get(report_path("en"))
    too_big = b"\0" * (65 * 1024 * 1024)
    answer = person.post(
        report_path("en"),
        form.tokens(),
        files={"files": [("big.pdf", too_big, "application/pdf")]},
    )
    assert answer.status == 413


def test_the_access_log_holds_no_address_agent_query_or_exact_time(
    stack, through_nginx
):
    person = through_nginx(source="127.0.0.31", headers={"User-Agent": "Phone/1.0"})
    person.get("/th/search/?q=ข่มขืน")
    person.post(tracking_path("th"), {"action": "find", "code": "1" * 20})
    log = wait_until(lambda: stack.log("portal.access.log"), what="the access log")
    assert "/th/search/" in log
    for trace in ("127.0.0.31", "Phone/1.0", "q=", "%E0%B8", "1" * 20):
        assert trace not in log
    times = re.findall(r"^(\S+) ", log, re.M)
    assert times and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:00", t) for t in times)


def test_two_clients_get_separate_limits_and_a_forged_header_does_not_help(
    stack, through_nginx
):
    first, second = through_nginx("127.0.0.2"), through_nginx("127.0.0.3")
    form = first.get(tracking_path("en"))
    wrong = {**form.tokens(), "action": "find", "code": "12345678901234567890"}
    statuses = [first.post(tracking_path("en"), wrong).status for _ in range(10)]
    assert 429 not in statuses
    assert first.post(tracking_path("en"), wrong).status == 429
    forged = first.post(
        tracking_path("en"), wrong, headers={"X-Forwarded-For": "203.0.113.7"}
    )
    assert forged.status == 429
    other = second.get(tracking_path("en"))
    answer = second.post(
        tracking_path("en"), {**other.tokens(), "action": "find", "code": "1" * 20}
    )
    assert answer.status != 429


def test_a_report_sent_through_one_server_is_followed_and_answered_through_the_other(
    stack, app_server
):
    before = report_ids(stack)
    on_first, on_second = app_server(0, "127.0.0.40"), app_server(1, "127.0.0.40")
    receipt = send_report(on_first, "ส่งที่เซิร์ฟเวอร์หนึ่ง")
    code = tracking_code(receipt)
    assert receipt.status == 200 and code
    report_id, _reference = new_report(stack, before)

    case = open_case(on_second, code)
    assert case.status == 200 and "timeline__current" in case.text
    sent = on_second.post(
        tracking_path("th"),
        {**case.tokens(), "action": "reply", "body": "ตอบที่เซิร์ฟเวอร์สอง"},
    )
    assert sent.status in {200, 302}

    staff = sign_in(app_server(0, "127.0.0.41"), stack.staff["somsri"])
    case_page = staff.get(f"/admin/cases/{report_id}/")
    assert "ส่งที่เซิร์ฟเวอร์หนึ่ง" in case_page.text
    assert "ตอบที่เซิร์ฟเวอร์สอง" in case_page.text
    answered = staff.post(
        f"/admin/cases/{report_id}/",
        {
            **case_page.tokens(),
            "form": "message",
            "message-body": "ศูนย์ได้รับเรื่องแล้ว",
        },
    )
    assert answered.status == 302, answered.text[-3000:]
    assert "ศูนย์ได้รับเรื่องแล้ว" in on_second.get(tracking_path("th")).text


def test_rate_limits_hold_across_both_app_servers(stack, app_server):
    servers = [app_server(0, "127.0.0.50"), app_server(1, "127.0.0.50")]
    form = servers[0].get(tracking_path("en"))
    wrong = {**form.tokens(), "action": "find", "code": "12345678901234567890"}
    statuses = []
    for attempt in range(11):
        person = servers[attempt % 2]
        person.cookies = dict(servers[0].cookies)  # one browser, two servers
        statuses.append(person.post(tracking_path("en"), wrong).status)
    assert 429 not in statuses[:10]
    assert statuses[10] == 429


def test_a_publish_on_one_server_clears_the_cached_page_on_both(stack, app_server):
    path = demo_paths("th")["information"]
    servers = [app_server(0, "127.0.0.60"), app_server(1, "127.0.0.60")]
    for server in servers:
        server.get(path)
        assert server.get(path).headers["X-Page-Cache"] == "hit"
    slug = path.rstrip("/").rsplit("/", 1)[1]
    (page_id,) = stack.sql("SELECT id FROM wagtailcore_page WHERE slug_th = %s", slug)[
        0
    ]
    # An editor's draft, then a moderator publishes it in the admin of
    # server one.
    stack.manage(
        "shell",
        "-c",
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={page_id}).specific\n"
        "page.title_th = 'หัวข้อที่เพิ่งเผยแพร่'\n"
        "page.save_revision()\n",
    )
    moderator = sign_in(app_server(0, "127.0.0.61"), dict(stack.moderator))
    url = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    confirm = moderator.get(url)
    assert confirm.status == 200
    published = moderator.post(url, confirm.tokens())
    assert published.status == 302
    # The first request after the publish renders the page afresh (on either
    # server); the cache they share then holds the new page for both.
    fresh = [server.get(path) for server in servers]
    assert [page.headers["X-Page-Cache"] for page in fresh] == ["miss", "hit"]
    assert all("หัวข้อที่เพิ่งเผยแพร่" in page.text for page in fresh)


def test_the_deployment_checks_pass_in_the_stacks_environment(stack):
    result = stack.manage(
        "check", "--deploy", "--fail-level", "WARNING", check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_scheduled_job_runs_from_its_unit(stack):
    """portal-clearsessions.service, as its timer starts it."""
    command = exec_start("portal-clearsessions.service", stack.paths)
    assert command[-2:] == ["manage.py", "clearsessions"]
    result = subprocess.run(  # noqa: S603
        command,
        cwd=swap(
            unit_value("portal-clearsessions.service", "WorkingDirectory"), stack.paths
        ),
        env=stack.environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
