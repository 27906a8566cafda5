"""What a visitor's browser sees: same-origin only, accessible, small."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pages import LANGUAGES, demo_paths

PAGE_KINDS = [
    "home",
    "information",
    "service",
    "news",
    "directory",
    "search",
    "report",
    "tracking",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def record_requests(page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    return requests


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_loads_nothing_from_other_origins(page, portal_server, kind, language):
    requests = record_requests(page)
    response = page.goto(portal_server.url + demo_paths(language)[kind])
    page.wait_for_load_state("networkidle")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert len(requests) >= 3  # the page, its stylesheet and its script
    foreign = [url for url in requests if not url.startswith(portal_server.url)]
    assert foreign == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_has_no_wcag_violations(page, portal_server, kind, language):
    page.goto(portal_server.url + demo_paths(language)[kind])
    # Open every FAQ so answers are checked too.
    for summary in page.locator("details summary").all():
        summary.click()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()


def test_home_page_weighs_under_100_kb(page, portal_server):
    page.goto(portal_server.url + "/th/")
    page.wait_for_load_state("networkidle")
    sizes = page.evaluate(
        """() => [performance.getEntriesByType('navigation')[0],
                  ...performance.getEntriesByType('resource')]
                 .map(e => ({name: e.name, size: e.transferSize}))"""
    )
    total = sum(entry["size"] for entry in sizes)
    print(f"\nhome page transferred: {total} bytes in {len(sizes)} requests")
    assert all(entry["size"] > 0 for entry in sizes)  # nothing came from a cache
    assert total < 100 * 1024


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_work_without_javascript(browser, portal_server, language):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    paths = demo_paths(language)
    page.goto(portal_server.url + paths["information"])
    # Questions open without JavaScript.
    question = page.locator("details").first
    question.locator("summary").click()
    assert question.get_attribute("open") is not None
    # Nothing is wider than a 320 px screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # The language switcher keeps the same page.
    other = "en" if language != "en" else "th"
    page.locator(f".language-switcher a[lang={other}]").click()
    assert page.url == portal_server.url + demo_paths(other)["information"]
    assert page.locator("html").get_attribute("lang") == other
    context.close()
