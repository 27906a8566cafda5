"""Made for cheap phones on slow data: photos leave the browser small and
without EXIF, the person sees what will be sent and that it is being sent,
a second press sends nothing more (and test_report_flow: the double press
still shows the code), Back does not resend, the quick exit works
while sending, and copying the code comes with a warning. JavaScript on and
off: without it the form posts exactly what was chosen."""

import base64
import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from .test_quick_exit import assert_left_without_trace
from .test_report_flow import count_reports, fill_report, report_url, tracking_url

PHOTO_BUDGET = 600 * 1024
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SENDING = {
    "th": "กำลังส่งเรื่องของคุณ กรุณาอย่าปิดหน้านี้จนกว่ารหัสติดตามเรื่องจะปรากฏ",
    "ms": "Aduan anda sedang dihantar. Jangan tutup halaman ini sehingga kod "
    "penjejakan anda dipaparkan.",
    "en": "Sending your report. Please keep this page open until your tracking "
    "code appears.",
}
ONE_FILE = {
    "th": "จะส่ง 1 ไฟล์",
    "ms": "1 fail akan dihantar",
    "en": "1 file will be sent",
}
COPY_NOTE = {
    "th": "แป้นพิมพ์ของโทรศัพท์หลายรุ่นเก็บข้อความที่คัดลอกไว้",
    "ms": "banyak papan kekunci telefon menyimpan apa yang disalin",
    "en": "many phone keyboards keep what was copied",
}


# --- Helpers ----------------------------------------------------------------------


def phone_photo():
    """A 12-megapixel JPEG of about 4 MB, as a phone writes it: camera make,
    GPS position, and the "rotate 90°" orientation of a photo taken upright.
    Noise keeps it from compressing to nothing."""
    width, height = 4000, 3000
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.merge(
        "RGB", [Image.effect_noise((width, height), 40) for _ in range(3)]
    )
    picture = Image.blend(base, noise, 0.5)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # make
    exif[0x0110] = "Cheap 5G"  # model
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (6.0, 52.0, 12.0)
    gps[3], gps[4] = "E", (101.0, 15.0, 0.0)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85, exif=exif)
    data = buffer.getvalue()
    assert 3_500_000 < len(data) < 5_500_000
    return data


def pdf_document():
    buffer = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(buffer, format="PDF")
    return buffer.getvalue()


def heic_photo():
    from pillow_heif import register_heif_opener

    register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), "teal").save(buffer, format="HEIF")
    return buffer.getvalue()


def capture_posts(page):
    """[(content type, body)] of every POST the page sends, read on the way
    out (Chromium shows file parts only to request interception)."""
    posts = []

    def handle(route):
        request = route.request
        if request.method == "POST":
            posts.append((request.headers["content-type"], request.post_data_buffer))
        route.continue_()

    page.route("**/*", handle)
    return posts


def sent_files(post):
    """[(file name, content type, bytes)] of a multipart/form-data body."""
    content_type, body = post
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
    files = []
    for part in body.split(b"--" + boundary)[1:-1]:
        head, _, data = part.partition(b"\r\n\r\n")
        name = re.search(rb'filename="([^"]*)"', head)
        if name and name.group(1):
            kind = re.search(rb"Content-Type: (\S+)", head).group(1).decode()
            files.append((name.group(1).decode(), kind, data[:-2]))
    return files


def choose(page, *files, form=".report-form"):
    page.locator(f"{form} input[type=file]").set_input_files(
        [{"name": name, "mimeType": kind, "buffer": data} for name, kind, data in files]
    )


def wait_for_summary(page, form=".report-form"):
    """Until the photos are ready and the summary says what will be sent."""
    page.locator(f"{form} [data-file-summary] strong").wait_for(timeout=60_000)
    return page.locator(f"{form} [data-file-summary]").inner_text()


RECORD_SENDING_STATE = """() => {
  const form = document.querySelector('.report-form');
  form.addEventListener('submit', () => setTimeout(() => {
    const button = form.querySelector('button[type=submit]');
    const status = form.querySelector('[data-sending-status]');
    sessionStorage.setItem('test-sending-state', JSON.stringify({
      status: status.textContent, visible: status.offsetHeight > 0,
      disabled: button.getAttribute('aria-disabled'), label: button.textContent,
      busyLabel: form.getAttribute('data-button-busy')}));
  }));
}"""


def record_sending_state(page):
    """Have the page note its state just after the first press. Read from
    outside while the form is on its way, a page is unreliable: Chromium
    prepares the next document meanwhile, and Playwright waits for it."""
    page.evaluate(RECORD_SENDING_STATE)


def recorded_sending_state(page):
    state = page.evaluate(
        "() => { const s = sessionStorage.getItem('test-sending-state');"
        " sessionStorage.clear(); return JSON.parse(s); }"
    )
    assert state is not None
    return state


def slow_network(page, latency_ms):
    """Every request waits ``latency_ms``: time to look at a form while it is
    being sent. (Holding the request in a page.route handler would stop the
    synchronous Playwright API altogether meanwhile.)"""
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": latency_ms,
            "downloadThroughput": -1,
            "uploadThroughput": -1,
        },
    )
    return session


def where(page, selector):
    """The middle of an element, scrolled into view: found before the form is
    sent, since Playwright's locators wait for the navigation it starts."""
    element = page.locator(selector)
    element.scroll_into_view_if_needed()
    box = element.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def tap(page, point):
    """A finger on the screen: no waiting for the navigation it starts."""
    page.mouse.click(*point)


def new_context(browser, javascript=True, **options):
    return browser.new_context(
        java_script_enabled=javascript,
        viewport={"width": 360, "height": 740},
        **options,
    )


def open_form(context, server, language="th"):
    page = context.new_page()
    page.goto(report_url(server, language))
    page.wait_for_timeout(3100)  # a person takes longer than the bot threshold
    fill_report(page, "ทดสอบการส่งรูปจากโทรศัพท์")
    return page


# --- Photos -----------------------------------------------------------------------


def test_a_phone_photo_leaves_the_browser_small_and_without_exif(
    browser, portal_server
):
    context = new_context(browser)
    page = open_form(context, portal_server)
    posts = capture_posts(page)
    original = phone_photo()
    choose(page, ("IMG_0001.jpg", "image/jpeg", original))
    summary = wait_for_summary(page)
    assert ONE_FILE["th"] in summary and "KB" in summary
    page.locator(".report-form button[type=submit]").click()
    code = re.sub(r"\s", "", page.locator("#tracking-code").inner_text())
    assert re.fullmatch(r"\d{20}", code)
    context.close()

    ((name, kind, data),) = sent_files(posts[0])
    print(f"\nphone photo: {len(original)} bytes chosen, {len(data)} bytes sent")
    assert (name, kind) == ("IMG_0001.jpg", "image/jpeg")
    assert len(data) <= PHOTO_BUDGET
    assert f"({round(len(data) / 1024)} KB)" in summary
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "JPEG"
    assert picture.size == (1500, 2000)  # upright, as the phone showed it
    assert not picture.getexif()
    assert b"Exif" not in data and b"\xff\xe1" not in data  # no APP1 at all
    assert b"PhoneMaker" not in data


def test_without_javascript_the_photo_is_sent_as_chosen(browser, portal_server):
    """Nothing changes without JavaScript; the server cleans the file."""
    context = new_context(browser, javascript=False)
    page = open_form(context, portal_server)
    posts = capture_posts(page)
    original = phone_photo()
    choose(page, ("IMG_0001.jpg", "image/jpeg", original))
    assert page.locator("[data-file-summary]").inner_text() == ""
    page.locator(".report-form button[type=submit]").click()
    assert page.locator("#tracking-code").count() == 1
    context.close()
    assert sent_files(posts[0]) == [("IMG_0001.jpg", "image/jpeg", original)]


def test_files_the_browser_cannot_decode_go_as_chosen(browser, portal_server):
    context = new_context(browser)
    page = open_form(context, portal_server, "en")
    posts = capture_posts(page)
    pdf, heic = pdf_document(), heic_photo()
    choose(
        page,
        ("letter.pdf", "application/pdf", pdf),
        ("IMG_0002.heic", "image/heic", heic),
    )
    summary = wait_for_summary(page)
    assert "2 files will be sent" in summary
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()
    page.locator(".report-form button[type=submit]").click()
    page.locator("#tracking-code").wait_for()
    context.close()
    (letter, photo) = sent_files(posts[0])
    assert letter == ("letter.pdf", "application/pdf", pdf)
    # Chromium cannot decode HEIC: it goes as chosen (a browser that can
    # would send a clean JPEG instead).
    assert photo == ("IMG_0002.heic", "image/heic", heic) or (
        photo[1] == "image/jpeg" and b"Exif" not in photo[2]
    )


def test_a_photo_sent_with_an_answer_is_made_small_too(browser, portal_server):
    context = new_context(browser)
    page = open_form(context, portal_server, "ms")
    page.locator(".report-form button[type=submit]").click()
    code = page.locator("#tracking-code").inner_text()
    page.goto(tracking_url(portal_server, "ms"))
    # Listening from before the lookup: routes added while a navigation is
    # under way have missed the answer's post (seen once on PostgreSQL).
    posts = capture_posts(page)
    page.locator("input[name=code]").fill(code)
    page.locator(".tracking-form button[type=submit]").click()
    page.locator("textarea[name=body]").fill("Gambar dari telefon")
    choose(page, ("IMG_0003.jpg", "image/jpeg", phone_photo()), form=".reply-form")
    assert ONE_FILE["ms"] in wait_for_summary(page, ".reply-form")
    page.locator(".reply-form button[type=submit]").click()
    page.locator(".message--from").wait_for()
    assert page.locator(".message--from").count() == 1
    context.close()
    lookup, answer = posts  # the code, then the answer with its photo
    assert lookup[0] == "application/x-www-form-urlencoded"
    ((_name, kind, data),) = sent_files(answer)
    assert kind == "image/jpeg" and len(data) <= PHOTO_BUDGET
    assert not Image.open(io.BytesIO(data)).getexif()


# --- Sending ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_the_page_says_it_is_sending_and_a_second_press_sends_nothing(
    browser, portal_server, language, tmp_path
):
    context = new_context(browser)
    page = open_form(context, portal_server, language)
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    before = count_reports(portal_server)
    record_sending_state(page)
    session = slow_network(page, 3000)
    button = where(page, ".report-form button[type=submit]")
    tap(page, button)
    page.wait_for_timeout(300)
    shot = session.send("Page.captureScreenshot", {"format": "png"})
    (tmp_path / f"sending-{language}.png").write_bytes(base64.b64decode(shot["data"]))
    tap(page, button)  # the second press
    page.keyboard.press("Enter")  # and Enter on the focused button
    page.locator("#tracking-code").wait_for(timeout=30_000)
    state = recorded_sending_state(page)
    assert state["status"] == SENDING[language]
    assert state["visible"]
    assert state["disabled"] == "true"
    assert state["label"] == state["busyLabel"]
    context.close()
    assert len(posts) == 1
    assert count_reports(portal_server) == before + 1


@pytest.mark.parametrize("how", ["button", "shift"])
@pytest.mark.parametrize("with_file", [False, True], ids=["navigation", "upload"])
def test_the_quick_exit_works_while_sending(browser, portal_server, how, with_file):
    """The same whether the form goes as a navigation or, with a file, as an
    upload whose progress the page shows."""
    context = new_context(browser)
    page = context.new_page()
    page.goto("about:blank")
    page.goto(report_url(portal_server, "th"))
    page.wait_for_timeout(3100)
    fill_report(page, "ออกทันทีระหว่างส่ง")
    if with_file:
        choose(page, ("letter.pdf", "application/pdf", pdf_document()))
        wait_for_summary(page)
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    send = where(page, ".report-form button[type=submit]")
    leave = where(page, "[data-quick-exit]")  # always in view (sticky)
    slow_network(page, 4000)
    tap(page, send)
    page.wait_for_timeout(300)
    assert len(posts) == 1  # on its way
    if how == "button":
        tap(page, leave)
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    assert_left_without_trace(page, portal_server)
    context.close()


def test_back_from_the_receipt_neither_resends_nor_shows_the_code(
    browser, portal_server
):
    context = new_context(browser)
    page = open_form(context, portal_server)
    posts = []  # those that reached the server
    page.on(
        "requestfinished", lambda r: posts.append(r.url) if r.method == "POST" else None
    )
    page.locator(".report-form button[type=submit]").click()
    code = re.sub(r"\s", "", page.locator("#tracking-code").inner_text())
    assert code not in page.url
    after_send = count_reports(portal_server)

    page.go_back()
    assert page.locator(".report-form").count() == 1
    assert page.locator("#tracking-code").count() == 0
    button = page.locator(".report-form button[type=submit]")
    assert button.get_attribute("aria-disabled") != "true"
    assert page.locator("[data-sending-status]").inner_text() == ""
    stored = page.evaluate(
        "() => JSON.stringify([localStorage, sessionStorage, history.state])"
    )
    assert code not in stored
    # Forward again: Chromium asks before posting again (ERR_CACHE_MISS,
    # "Confirm form resubmission"), it never resends silently.
    with pytest.raises(Exception, match="ERR_CACHE_MISS"):
        page.go_forward()
    assert page.locator("#tracking-code").count() == 0
    assert len(posts) == 1
    assert count_reports(portal_server) == after_send
    context.close()


OBSERVE_STATUS = """() => {
  const status = document.querySelector('.report-form [data-sending-status]');
  new MutationObserver(() => {
    const seen = JSON.parse(sessionStorage.getItem('test-status') || '[]');
    const bar = status.querySelector('progress');
    const step = status.querySelector('.sending__percent');
    seen.push([status.textContent, bar ? bar.value : null, step && step.textContent]);
    sessionStorage.setItem('test-status', JSON.stringify(seen));
  }).observe(status, {childList: true, characterData: true, subtree: true});
}"""


def seen_statuses(page):
    return page.evaluate(
        "() => { const s = sessionStorage.getItem('test-status');"
        " sessionStorage.clear(); return JSON.parse(s || '[]'); }"
    )


def scanned_letter():
    """A PDF of about 1.5 MB (a noisy scan) that the browser sends as it is."""
    noise = Image.merge("RGB", [Image.effect_noise((1400, 1400), 60) for _ in range(3)])
    buffer = io.BytesIO()
    noise.save(buffer, format="PDF", quality=90)
    assert 800_000 < len(buffer.getvalue()) < 3_000_000, len(buffer.getvalue())
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_page_shows_how_much_of_the_files_has_been_sent(
    browser, portal_server, language
):
    """With files, the upload goes by XMLHttpRequest so the page can say how
    much has left the phone; the receipt then replaces the form in place:
    same address, no new history entry, nothing stored."""
    context = new_context(browser)
    page = open_form(context, portal_server, language)
    before, length = count_reports(portal_server), page.evaluate("history.length")
    form_url = page.url
    choose(page, ("letter.pdf", "application/pdf", scanned_letter()))
    wait_for_summary(page)
    page.evaluate(OBSERVE_STATUS)
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 20,
            "downloadThroughput": -1,
            "uploadThroughput": 300 * 1024,  # bytes/s: about 5 s for the file
        },
    )
    page.locator(".report-form button[type=submit]").click()
    code = re.sub(r"\s", "", page.locator("#tracking-code").inner_text(timeout=60_000))
    seen = seen_statuses(page)
    assert re.fullmatch(r"\d{20}", code)
    steps = [(text, value, step) for text, value, step in seen if value is not None]
    percents = [value for _text, value, _step in steps]
    template = {"th": "ส่งไปแล้ว {}%", "en": "{}% sent"}[language]
    assert len(set(percents)) >= 3, seen  # it moved, visibly
    assert percents == sorted(percents) and max(percents) < 100
    for text, value, step in steps:  # "keep this page open", then the step
        assert step == template.format(value)
        assert text == SENDING[language] + step
    assert seen[-1][0] == SENDING[language]  # all sent, the server at work
    # The receipt took the form's place: no code in the address, the
    # history or storage, and reloading shows an empty form.
    assert page.url == form_url and code not in page.url
    assert page.evaluate("history.length") == length
    stored = page.evaluate(
        "() => JSON.stringify([localStorage, sessionStorage, history.state])"
    )
    assert code not in stored
    assert count_reports(portal_server) == before + 1
    # The receipt's own scripts run: the quick exit and the copy button work.
    assert page.locator("[data-copy]").is_visible()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()
    page.reload()
    assert page.locator("#tracking-code").count() == 0
    assert page.locator(".report-form").count() == 1
    context.close()


def test_a_lost_connection_says_so_and_sending_again_makes_one_report(
    browser, portal_server
):
    """The answer never arrives: the page says so in the person's language,
    keeps what was written and chosen, and the next press sends; the server
    gives the same receipt to a form it has already seen."""
    context = new_context(browser)
    page = open_form(context, portal_server, "th")
    before = count_reports(portal_server)
    choose(page, ("letter.pdf", "application/pdf", pdf_document()))
    wait_for_summary(page)

    arrived = []

    def drop_the_answer(route):  # the report arrives, its answer is lost
        arrived.append(route.fetch().status)
        route.abort("connectionreset")

    page.route(
        "**/*",
        lambda route: (
            drop_the_answer(route)
            if route.request.method == "POST"
            else route.continue_()
        ),
    )
    button = page.locator(".report-form button[type=submit]")
    button.click()
    status = page.locator(".report-form [data-sending-status]")
    expect_text = "การเชื่อมต่อขาดหาย"
    page.wait_for_function(
        "text => document.querySelector('.report-form [data-sending-status]')"
        ".textContent.includes(text)",
        arg=expect_text,
    )
    assert arrived == [200]
    assert button.get_attribute("aria-disabled") == "false"
    assert page.locator("textarea[name=description]").input_value() == (
        "ทดสอบการส่งรูปจากโทรศัพท์"
    )
    assert expect_text in status.inner_text()
    page.unroute("**/*")
    button.click()
    page.locator("#tracking-code").wait_for()
    assert count_reports(portal_server) == before + 1
    context.close()


# --- The copy button --------------------------------------------------------------


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_copying_the_code_comes_with_a_warning(browser, portal_server, language):
    context = new_context(browser)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = open_form(context, portal_server, language)
    page.locator(".report-form button[type=submit]").click()
    note = page.locator("#copy-note")
    button = page.locator("[data-copy]")
    assert note.is_visible() and button.is_visible()
    assert COPY_NOTE[language] in note.inner_text()
    assert button.get_attribute("aria-describedby") == "copy-note"
    # The warning comes before the button, in reading order.
    assert note.bounding_box()["y"] < button.bounding_box()["y"]
    button.click()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert re.sub(r"\s", "", copied) == re.sub(
        r"\s", "", page.locator("#tracking-code").inner_text()
    )
    context.close()


def test_without_javascript_there_is_nothing_to_copy_and_no_warning(
    browser, portal_server
):
    context = new_context(browser, javascript=False)
    page = open_form(context, portal_server)
    page.locator(".report-form button[type=submit]").click()
    assert page.locator("#tracking-code").is_visible()
    assert not page.locator("[data-copy]").is_visible()
    assert not page.locator("#copy-note").is_visible()
    context.close()


# --- Weight -----------------------------------------------------------------------


def test_the_form_page_and_its_scripts_stay_small(page, portal_server):
    """The home page budget (100 KB with everything) holds for the report form
    too, with its extra script; other pages do not load that script."""
    page.goto(report_url(portal_server, "th"))
    page.wait_for_load_state("networkidle")
    entries = page.evaluate(
        """() => [performance.getEntriesByType('navigation')[0],
                  ...performance.getEntriesByType('resource')]
                 .map(e => ({name: e.name, size: e.transferSize,
                             body: e.decodedBodySize}))"""
    )
    total = sum(entry["size"] for entry in entries)
    scripts = {e["name"].rsplit("/", 1)[1]: e for e in entries if ".js" in e["name"]}
    print(f"\nreport form transferred: {total} bytes in {len(entries)} requests")
    for name, entry in scripts.items():
        print(f"  {name}: {entry['size']} transferred, {entry['body']} decoded")
    assert total < 100 * 1024
    assert sorted(name.split(".")[0] for name in scripts) == ["portal", "send"]
    assert all(entry["size"] < 6 * 1024 for entry in scripts.values())

    page.goto(portal_server.url + "/th/")
    page.wait_for_load_state("networkidle")
    names = page.evaluate(
        "() => performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert not [name for name in names if "/send." in name]
