"""A complainant's whole path in a real browser with JavaScript off: report,
keep the code, open the case with it, answer a message."""

import re
import sqlite3

import pytest

from reports import demo_data

LANGUAGES = ["th", "ms", "en"]


def report_url(server, language):
    return f"{server.url}/{language}/{demo_data.REPORT_FORM['slug'][language]}/"


def tracking_url(server, language):
    return f"{server.url}/{language}/{demo_data.TRACKING['slug'][language]}/"


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.requests = requests
    yield page
    context.close()


def fill_report(page, description):
    page.locator("input[name=category][value=domestic-violence]").check()
    page.locator("input[name=affected][value=woman]").check()
    page.locator("input[name=relation][value=self]").check()
    page.locator("select[name=province]").select_option(
        label=page.locator("select[name=province] option").nth(12).inner_text()
    )
    page.locator("input[name=when][value=week]").check()
    page.locator("textarea[name=description]").fill(description)
    page.locator("input[name=in_danger][value=no]").check()


def test_report_then_follow_it_without_javascript(no_js_page, portal_server):
    page = no_js_page
    page.goto(report_url(portal_server, "th"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.wait_for_timeout(3100)  # a person takes longer than the bot threshold
    fill_report(page, "ถูกทำร้ายร่างกายที่บ้าน ทดสอบจากเบราว์เซอร์")
    page.locator(".report-form button[type=submit]").click()
    code_text = page.locator("#tracking-code").inner_text()
    code = re.sub(r"\s", "", code_text)
    assert re.fullmatch(r"\d{20}", code)
    assert code not in page.url

    # Back and reload never show the code again.
    page.goto(report_url(portal_server, "th"))
    assert page.locator("#tracking-code").count() == 0

    page.goto(tracking_url(portal_server, "th"))
    page.locator("input[name=code]").fill(code_text)
    page.locator(".tracking-form button[type=submit]").click()
    assert code not in page.url
    assert page.locator(".timeline__current").count() == 1
    page.locator("textarea[name=body]").fill("ตอบกลับจากผู้แจ้ง")
    page.locator(".reply-form button[type=submit]").click()
    assert page.locator(".message--from").count() == 1

    foreign = [url for url in page.requests if not url.startswith(portal_server.url)]
    assert foreign == []

    # What the server stored: no plain code, no plain description.
    db = sqlite3.connect(portal_server.var / "db.sqlite3")
    dump = "\n".join(db.iterdump())
    db.close()
    assert code not in dump
    assert "ทดสอบจากเบราว์เซอร์" not in dump
    assert "ตอบกลับจากผู้แจ้ง" not in dump


@pytest.mark.parametrize("language", LANGUAGES)
def test_errors_are_shown_next_to_fields_in_the_page_language(
    no_js_page, portal_server, language
):
    page = no_js_page
    page.goto(report_url(portal_server, language))
    page.wait_for_timeout(3100)
    page.locator("textarea[name=description]").fill("typed text stays")
    page.locator(".report-form button[type=submit]").click()
    assert page.locator(".error-summary").count() == 1
    assert page.locator("#id_category_field .field__errors").count() == 1
    assert (
        page.locator("textarea[name=description]").input_value() == "typed text stays"
    )
    if language != "en":
        assert "This field is required" not in page.content()


def test_receipt_and_case_pages_are_accessible(page, portal_server):
    """axe on the pages only a complainant sees (JavaScript on, for axe)."""
    from axe_playwright_python.sync_playwright import Axe

    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_url(portal_server, "ms"))
    page.wait_for_timeout(3100)
    page.locator(".report-form button[type=submit]").click()  # empty: errors
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
    assert results.violations_count == 0, results.generate_report()
    fill_report(page, "Ujian kebolehcapaian")
    page.locator("input[name=in_danger][value=yes]").check()
    page.locator(".report-form button[type=submit]").click()
    code = page.locator("#tracking-code").inner_text()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
    assert results.violations_count == 0, results.generate_report()
    page.goto(tracking_url(portal_server, "ms"))
    page.locator("input[name=code]").fill(code)
    page.locator(".tracking-form button[type=submit]").click()
    assert page.locator(".timeline").count() == 1
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
    assert results.violations_count == 0, results.generate_report()
    assert [url for url in requests if not url.startswith(portal_server.url)] == []


def count_reports(server):
    db = sqlite3.connect(server.var / "db.sqlite3")
    (count,) = db.execute("SELECT count(*) FROM reports_report").fetchone()
    db.close()
    return count


@pytest.mark.parametrize("javascript", [False, True])
def test_pressing_send_twice_still_shows_the_code(browser, portal_server, javascript):
    """A second press while the first is on its way used to end on "already
    sent", with the code lost for good; now both answers carry the same code
    and only one report is made. With JavaScript (static/js/send.js) the
    second press is not even sent."""
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(report_url(portal_server, "en"))
    page.wait_for_timeout(3100)
    fill_report(page, f"double press test, JavaScript {javascript}")
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    before = count_reports(portal_server)
    page.locator(".report-form button[type=submit]").dblclick()
    page.wait_for_load_state()
    code = re.sub(r"\s", "", page.locator("#tracking-code").inner_text())
    context.close()
    assert re.fullmatch(r"\d{20}", code)
    assert count_reports(portal_server) == before + 1
    if javascript:
        assert len(posts) == 1
