"""Quick exit leaves at once and takes the page out of the history."""

import pytest

NEUTRAL = "https://www.google.com/search?q=weather"


@pytest.fixture
def neutral_site(page):
    """Answer for the neutral site locally: these machines have no internet."""
    page.route(
        "https://www.google.com/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title>"
        ),
    )
    return page


def start_on_portal(page, portal_server):
    page.goto("about:blank")
    page.goto(portal_server.url + "/th/")
    assert page.locator("[data-quick-exit]").is_visible()


def assert_left_without_trace(page, portal_server):
    page.wait_for_url(NEUTRAL)
    assert page.title() == "Weather"
    # Back goes to where the visitor was before the portal, not to the portal.
    page.go_back()
    assert not page.url.startswith(portal_server.url)


def test_quick_exit_button(neutral_site, portal_server):
    page = neutral_site
    start_on_portal(page, portal_server)
    page.locator("[data-quick-exit]").click()
    assert_left_without_trace(page, portal_server)


def test_quick_exit_shift_three_times(neutral_site, portal_server):
    page = neutral_site
    start_on_portal(page, portal_server)
    for _ in range(3):
        page.keyboard.press("Shift")
    assert_left_without_trace(page, portal_server)


def test_quick_exit_is_a_plain_link_without_javascript(browser, portal_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route(
        "https://www.google.com/**",
        lambda route: route.fulfill(status=200, body="<title>Weather</title>"),
    )
    page.goto(portal_server.url + "/ms/")
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(NEUTRAL)
    context.close()
