"""What static/js/send.js and the copy button work with, as the server
renders it: every text in the page's language (no JavaScript catalogue),
nothing inline (CSP), and nothing that shows without JavaScript."""

import re

import pytest

from tests.conftest import url_in

from .conftest import form_data

SENDING = {
    "th": "กำลังส่งเรื่องของคุณ",
    "ms": "Aduan anda sedang dihantar.",
    "en": "Sending your report.",
}
ONE_FILE = {
    "th": "จะส่ง 1 ไฟล์ ({size})",
    "ms": "1 fail akan dihantar ({size}).",
    "en": "1 file will be sent ({size}).",
}
PROGRESS = {
    "th": "ส่งไปแล้ว {percent}%",
    "ms": "{percent}% telah dihantar",
    "en": "{percent}% sent",
}
COPY_NOTE = {
    "th": "การคัดลอกจะทิ้งรหัสไว้ในโทรศัพท์เครื่องนี้",
    "ms": "Menyalin meninggalkan kod ini dalam telefon",
    "en": "Copying leaves the code on this phone",
}


def assert_nothing_inline(html):
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # no inline script
    assert " style=" not in html and "<style" not in html
    assert " on" + "click=" not in html


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_the_report_form_carries_its_sending_texts(client, report_page, language):
    html = client.get(url_in(report_page, language)).content.decode()
    assert re.search(r'<script src="/static/js/send\.[^"]*js" defer>', html)
    form = re.search(r'<form [^>]*class="report-form"[^>]*>', html).group(0)
    assert "data-send " in form
    assert f'data-sending="{SENDING[language]}' in form
    assert f'data-one="{ONE_FILE[language]}"' in html
    # Empty until JavaScript fills them: nothing changes without it.
    assert re.search(r"<p class=\"file-summary\"[^>]*></p>", html)
    status = re.search(
        r'<p class="sending" data-sending-status role="status"[^>]*>', html
    )
    assert f'data-progress="{PROGRESS[language]}"' in status.group(0)
    assert html[status.end() :].startswith("</p>")
    assert_nothing_inline(html)


def test_pages_without_a_file_form_do_not_load_the_sending_script(client, tree):
    html = client.get(url_in(tree["home"], "th")).content.decode()
    assert "js/send." not in html and "js/portal." in html


@pytest.mark.parametrize("language", ["th", "ms", "en"])
def test_the_copy_button_comes_with_a_hidden_warning(client, report_page, language):
    url = url_in(report_page, language)
    html = client.post(url, form_data(client, url)).content.decode()
    assert 'id="tracking-code"' in html
    note = re.search(r'<p class="copy-note" id="copy-note" hidden>([^<]*)</p>', html)
    assert note and COPY_NOTE[language] in note.group(1)
    button = re.search(r"<button [^>]*data-copy=[^>]*>", html).group(0)
    assert 'aria-describedby="copy-note"' in button and " hidden" in button
    assert html.index('id="copy-note"') < html.index("data-copy=")
    assert_nothing_inline(html)


def test_the_answer_form_carries_its_sending_texts(client, tracking_page, submitted):
    url = url_in(tracking_page, "ms")
    client.post(url, {"action": "find", "code": submitted.code})
    html = client.get(url).content.decode()
    form = re.search(r'<form [^>]*class="reply-form"[^>]*>', html).group(0)
    assert 'data-sending="Jawapan anda sedang dihantar.' in form
    assert 'data-one="1 fail akan dihantar ({size})."' in html
    assert "js/send." in html
    assert_nothing_inline(html)
