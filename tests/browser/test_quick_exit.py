"""Quick exit leaves at once, ends the session here, and takes the page out
of the history. The neutral site is another origin on the test server."""

import pytest


def start_on_portal(page, portal_server, path="/th/"):
    page.goto("about:blank")
    page.goto(portal_server.url + path)
    assert page.locator("[data-quick-exit]").is_visible()


def assert_left_without_trace(page, portal_server):
    page.wait_for_url(portal_server.neutral)
    assert "User-agent" in page.content()
    # Back goes to where the visitor was before the portal, not to the portal.
    page.go_back()
    assert not page.url.startswith(portal_server.url)


def test_quick_exit_button(page, portal_server):
    start_on_portal(page, portal_server)
    page.locator("[data-quick-exit]").click()
    assert_left_without_trace(page, portal_server)


def test_quick_exit_shift_three_times(page, portal_server):
    start_on_portal(page, portal_server, "/ms/")
    for _ in range(3):
        page.keyboard.press("Shift")
    assert_left_without_trace(page, portal_server)


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_quick_exit_is_a_plain_link_without_javascript(
    browser, portal_server, language
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{portal_server.url}/{language}/")
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(portal_server.neutral)
    context.close()
