"""The case queue in a real browser: signing in with the second factor, the
staff screens in Thai, and a case from the form to its close, with the
complainant following it without JavaScript and the staff email sent by the
real task worker through SMTP."""

import re

import pytest

from reports import demo_data

# Latin words that may appear on a Thai screen: names of things, not
# interface text (product names, formats, the demo staff's user names).
ALLOWED_LATIN = {
    "Wagtail",
    "LINE",
    "ID",
    "PDF",
    "JPEG",
    "PNG",
    "WebP",
    "HEIC",
    "OSCC",
    "QR",
    "CSV",
    "XLSX",
    "URL",
    "FreeOTP",
    "Aegis",
    "Google",
    "Authenticator",
    "somsri",
    "anwar",
    "nida",
    "admin",
    "DEMO",
    "SAMPLE",
    "demo",
    "photo",
    "jpg",
}


def english_words(text):
    text = re.sub(r"CW-[0-9A-Z]{4}-[0-9A-Z]{4}", " ", text)  # case references
    words = re.findall(r"[A-Za-z][A-Za-z'’]{2,}", text)
    return sorted({word for word in words if word not in ALLOWED_LATIN})


def visible_text(page, selector="body"):
    """What a person reads: the element's text, without the options of
    selects (time zones, user names: data, not interface)."""
    return page.locator(selector).evaluate(
        "el => { const copy = el.cloneNode(true);"
        " copy.querySelectorAll('option, script, style').forEach(o => o.remove());"
        " document.body.appendChild(copy); const text = copy.innerText;"
        " copy.remove(); return text; }"
    )


def sign_in(page, server, username, *, leaks=None):
    """Password, then one of the demo backup codes (``leaks``: collect any
    English on the second step's page)."""
    person = server.staff[username]
    page.goto(f"{server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", person["password"])
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/second-factor/.*"))
    if leaks is not None and (words := english_words(visible_text(page))):
        leaks["second factor"] = words
    page.fill("input[name=token]", person["codes"].pop())
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/(\?.*)?$"))


@pytest.fixture
def thai_admin(browser):
    context = browser.new_context(
        locale="th-TH", extra_http_headers={"Accept-Language": "th"}
    )
    yield context
    context.close()


STAFF_SCREENS = [
    "/admin/",
    "/admin/cases/",
    "/admin/cases/?state=new",
    "/admin/case-statistics/",
    "/admin/snippets/reports/agency/",
    "/admin/account/",
]


def test_the_staff_screens_read_in_thai(thai_admin, portal_server):
    page = thai_admin.new_page()
    # The sign-in screens first.
    page.goto(f"{portal_server.url}/admin/login/")
    assert english_words(visible_text(page)) == []
    leaks = {}
    sign_in(page, portal_server, "somsri", leaks=leaks)
    titles = []
    for path in STAFF_SCREENS:
        page.goto(portal_server.url + path)
        titles.append(page.title())
        words = english_words(f"{page.title()} {visible_text(page)}")  # the tab too
        if words:
            leaks[path] = words
    # The browser tab names the centre's staff, not the software.
    assert all(title.endswith(" - เจ้าหน้าที่ ศป.ดส.") for title in titles), titles
    # The queue's filters, every one of them (they open from a button).
    page.goto(portal_server.url + "/admin/cases/")
    filters = page.locator("#filters-drilldown").evaluate(
        "el => { const copy = el.cloneNode(true);"
        " copy.querySelectorAll('script, style').forEach(s => s.remove());"
        " return copy.textContent; }"
    )
    if words := english_words(filters):
        leaks["filters"] = words
    # A Thai case's page, with every action form.
    page.goto(portal_server.url + "/admin/cases/")
    page.get_by_role("link", name=re.compile(r"CW-")).first.click()
    words = english_words(visible_text(page, "main"))
    if words:
        leaks["case page"] = words
    # An action with a mistake (closing without an outcome): Thai too.
    page.locator("select[name=state-state]").select_option("closed")
    submit(page, "select[name=state-state]")
    assert page.locator(".error-message, .w-field__errors").count() >= 1
    words = english_words(visible_text(page, "main"))
    if words:
        leaks["case page, with an error"] = words
    assert leaks == {}


def submit(page, field):
    """Send the form that holds ``field``, as its button would."""
    with page.expect_navigation():
        page.locator(field).evaluate("el => el.closest('form').requestSubmit()")


def test_a_case_from_report_to_close(browser, portal_server):
    mail = portal_server.mail
    # A complainant reports, without JavaScript.
    complainant = browser.new_context(java_script_enabled=False)
    form = complainant.new_page()
    form.goto(f"{portal_server.url}/th/{demo_data.REPORT_FORM['slug']['th']}/")
    form.wait_for_timeout(3100)
    form.locator("input[name=category][value=domestic-violence]").check()
    form.locator("input[name=affected][value=woman]").check()
    form.locator("input[name=relation][value=self]").check()
    form.locator("select[name=province]").select_option(label="ยะลา")
    form.locator("input[name=when][value=week]").check()
    form.locator("textarea[name=description]").fill("เส้นทางทดสอบ: ถูกทำร้ายที่บ้าน")
    form.locator("input[name=in_danger][value=no]").check()
    sent_before = len(mail.messages)
    form.locator(".report-form button[type=submit]").click()
    code = re.sub(r"\s", "", form.locator("#tracking-code").inner_text())

    # The worker emails the manager: no content, a link to the case.
    email = mail.wait_for(lambda m: m["To"] == "somsri@example.org", since=sent_before)
    body = email.get_body().get_content()
    assert "ถูกทำร้าย" not in body and code not in body
    link = next(line for line in body.splitlines() if "/admin/cases/" in line)
    case_path = "/admin/cases/" + link.split("/admin/cases/", 1)[1]

    # The manager signs in with the second factor, follows the link, assigns.
    manager = browser.new_context(locale="th-TH")
    page = manager.new_page()
    sign_in(page, portal_server, "somsri")
    page.goto(portal_server.url + case_path)
    assert "เส้นทางทดสอบ" in page.locator("main").inner_text()
    reference = page.locator("dl.case-facts dd strong").first.inner_text()
    assert reference in email["Subject"]
    page.locator("select[name=assign-assignee]").select_option(label="อันวาร์ สาและ")
    submit(page, "select[name=assign-assignee]")
    assert "อันวาร์" in page.locator("dl.case-facts").inner_text()

    # The worker refers it, asks the complainant, and closes it.
    worker = browser.new_context(locale="th-TH")
    page = worker.new_page()
    sign_in(page, portal_server, "anwar")
    page.goto(portal_server.url + case_path)
    agency = page.locator("select[name=refer-agency] option").nth(1).inner_text()
    page.locator("select[name=refer-agency]").select_option(label=agency)
    submit(page, "select[name=refer-agency]")
    page.locator("textarea[name=message-body]").fill("ตอนนี้ปลอดภัยไหมคะ ตอบได้ที่หน้านี้")
    page.locator("input[name=message-question]").check()
    submit(page, "textarea[name=message-body]")
    page.locator("select[name=state-state]").select_option("closed")
    page.locator("select[name=state-outcome]").select_option("helped")
    submit(page, "select[name=state-state]")
    facts = page.locator("dl.case-facts").inner_text()
    assert "ปิด" in facts  # closed, with its outcome

    # The complainant, JavaScript off, sees the question, answers, sees the status.
    track = complainant.new_page()
    track.goto(f"{portal_server.url}/th/{demo_data.TRACKING['slug']['th']}/")
    track.locator("input[name=code]").fill(code)
    track.locator(".tracking-form button[type=submit]").click()
    assert "ตอนนี้ปลอดภัยไหมคะ" in track.locator("main").inner_text()
    assert "anwar" not in track.content() and "อันวาร์" not in track.content()
    track.locator("textarea[name=body]").fill("ปลอดภัยแล้วค่ะ ขอบคุณ")
    track.locator(".reply-form button[type=submit]").click()
    text = track.locator("main").inner_text()
    assert "ปลอดภัยแล้วค่ะ" in text
    assert track.locator(".timeline__current").inner_text().startswith("ปิดเรื่อง")

    # The worker hears of the answer by email.
    mail.wait_for(
        lambda m: m["To"] == "anwar@example.org" and reference in m["Subject"]
    )
    for context in (complainant, manager, worker):
        context.close()
