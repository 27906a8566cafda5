"""Counting comes before any costly work, each real client is counted once,
and replies and stored files have limits that keep the text."""

import io
import logging
import os
import subprocess
import sys
import threading

import pytest
from PIL import Image

from portal import images
from reports import attachments, ratelimit, services
from reports.models import Message, Report
from tests.conftest import url_in

from .conftest import form_data, jpeg_with_gps

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))


def upload(content, name):
    file = io.BytesIO(content)
    file.name = name
    return file


def tall_png(width=7000, height=5700):
    """A few kilobytes that declare a picture of almost 40 megapixels."""
    buffer = io.BytesIO()
    Image.new("L", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def decodes(monkeypatch):
    """Count the pictures actually decoded."""
    calls = []
    real = attachments._clean_image

    def counting(data, output):
        calls.append(output.pillow_format)
        return real(data, output)

    monkeypatch.setattr(attachments, "_clean_image", counting)
    return calls


def limits(settings, **scopes):
    settings.REPORTS_RATE_LIMITS = {**settings.REPORTS_RATE_LIMITS, **scopes}


def test_every_post_is_counted_before_any_file_is_decoded(
    client, report_page, settings, decodes
):
    limits(settings, post={"client": (2, 3600), "site": (100, 3600)})
    url = url_in(report_page, "th")
    # A form that fails validation counts too.
    assert client.post(url, form_data(client, url, category="")).status_code == 400
    data = form_data(client, url, description="ข้อความที่ต้องไม่หาย")
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    assert client.post(url, data).status_code == 200
    assert decodes == ["JPEG"]
    data = form_data(client, url, description="ข้อความที่ต้องไม่หาย")
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    response = client.post(url, data)
    assert response.status_code == 429
    assert decodes == ["JPEG"]  # the refused request decoded nothing
    assert "ข้อความที่ต้องไม่หาย" in response.content.decode()  # text kept
    assert Report.objects.count() == 1


def test_the_report_limit_is_checked_before_decoding(
    client, report_page, settings, decodes
):
    limits(settings, submit={"client": (1, 3600), "site": (100, 3600)})
    url = url_in(report_page, "en")
    for expected in (200, 429):
        data = form_data(client, url)
        data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
        assert client.post(url, data).status_code == expected
    assert decodes == ["JPEG"]


def test_pictures_too_large_together_are_refused_before_decoding(
    client, report_page, decodes
):
    url = url_in(report_page, "en")
    data = form_data(client, url, description="keep this")
    data["files"] = [upload(tall_png(), f"p{i}.png") for i in range(3)]
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "too large together" in html and "keep this" in html
    assert decodes == []
    assert Report.objects.count() == 0


def test_one_picture_is_decoded_at_a_time_per_process(monkeypatch):
    active, most = [0], [0]
    lock = threading.Lock()

    def slow(data, pillow_format, save_format):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        threading.Event().wait(0.05)
        with lock:
            active[0] -= 1
        return Image.new("RGB", (2, 2))

    monkeypatch.setattr(images, "_pixels_only", slow)
    item = attachments.inspect(upload(jpeg_with_gps(), "a.jpg"))
    threads = [
        threading.Thread(target=attachments.clean, args=(item,)) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == images.DECODES_AT_ONCE == 1


MEMORY_PROBE = """
import io, os, sys, threading
sys.path.insert(0, {base!r})
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
import django; django.setup()
from PIL import Image
from reports import attachments
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
buffer = io.BytesIO(); Image.new("RGB", (7000, 5700), "white").save(buffer, "PNG")
file = io.BytesIO(buffer.getvalue()); file.name = "big.png"
item = attachments.inspect(file)
before = rss()
threads = [threading.Thread(target=attachments.clean, args=(item,)) for _ in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
print(before, rss())
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux")
def test_memory_returns_to_normal_after_a_burst_of_large_pictures():
    """Four 40-megapixel pictures at once: without the bound and the hand-back
    this process kept about 350 MB more than before (measured)."""
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE.format(base=BASE_DIR)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    before, after = (int(n) for n in result.stdout.split())
    assert after - before < 64 * 1024 * 1024


# --- Replies -----------------------------------------------------------------


def open_case(client, tracking_page, submitted, language="th"):
    client.post(
        url_in(tracking_page, language), {"action": "find", "code": submitted.code}
    )
    url = url_in(tracking_page, language)
    html = client.get(url).content.decode()
    return url, html.split('name="token" value="', 1)[1].split('"', 1)[0]


def reply(client, url, body):
    from reports.forms import new_token

    return client.post(url, {"action": "reply", "body": body, "token": new_token()})


def test_replies_are_limited_per_case(client, tracking_page, submitted, settings):
    limits(
        settings,
        reply={"client": (100, 3600), "case": (2, 86400), "site": (100, 3600)},
    )
    url, _token = open_case(client, tracking_page, submitted, "en")
    statuses = [reply(client, url, f"answer {i}").status_code for i in range(3)]
    assert statuses == [200, 200, 429]
    last = reply(client, url, "my last words")
    assert "my last words" in last.content.decode()  # kept
    assert "Too many answers" in last.content.decode()
    assert Message.objects.count() == 2


def test_replies_are_limited_per_client(client, tracking_page, submitted, settings):
    from django.test import Client

    limits(
        settings,
        reply={"client": (1, 3600), "case": (100, 86400), "site": (100, 3600)},
    )
    url, _token = open_case(client, tracking_page, submitted)
    assert reply(client, url, "หนึ่ง").status_code == 200
    assert reply(client, url, "สอง").status_code == 429
    # Another client (another address) still gets through.
    other = Client(REMOTE_ADDR="198.51.100.20")
    other_url, _token = open_case(other, tracking_page, submitted)
    assert reply(other, other_url, "สาม").status_code == 200


def test_a_case_has_a_storage_quota_and_the_text_is_kept(
    client, tracking_page, submitted, settings
):
    from reports.forms import new_token

    picture = jpeg_with_gps()
    one = len(attachments.clean_attachment(upload(picture, "x.jpg")).data)
    settings.REPORTS_CASE_QUOTA_BYTES = quota = 2 * one + 10  # two fit, not six
    url, _token = open_case(client, tracking_page, submitted, "en")
    first = client.post(
        url,
        {
            "action": "reply",
            "body": "photo one",
            "token": new_token(),
            "files": [upload(picture, "a.jpg")],
        },
    )
    assert first.status_code == 200
    over = client.post(
        url,
        {
            "action": "reply",
            "body": "my words stay",
            "token": new_token(),
            "files": [upload(picture, f"{i}.jpg") for i in range(5)],
        },
    )
    html = over.content.decode()
    assert over.status_code == 400
    assert "my words stay" in html and "as many files as it can" in html
    assert services.stored_bytes(submitted.report) == one <= quota
    assert Message.objects.count() == 1


# --- Clients behind a proxy --------------------------------------------------


def test_a_client_cannot_escape_its_limit_with_its_own_forwarded_header(rf, settings):
    settings.PORTAL_PROXY_HOPS = 1
    # nginx appends the address it saw; whatever the client sent comes first.
    spoofed = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    honest = rf.get("/", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert ratelimit.client_address(spoofed) == "198.51.100.7"
    assert ratelimit.client_address(honest) == "198.51.100.7"


def test_a_proxy_nobody_declared_is_reported_once(rf, settings, caplog, monkeypatch):
    settings.PORTAL_PROXY_HOPS = 0
    monkeypatch.setattr(ratelimit, "_warned_about_proxy", False)
    with caplog.at_level(logging.ERROR, logger="reports.ratelimit"):
        for _ in range(3):
            ratelimit.client_address(
                rf.get("/", HTTP_X_FORWARDED_FOR="198.51.100.7", REMOTE_ADDR="10.0.0.2")
            )
    warnings = [r for r in caplog.records if "PORTAL_PROXY_HOPS" in r.getMessage()]
    assert len(warnings) == 1


def test_production_refuses_per_process_counters():
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "portal.example",
        "REPORTS_ENCRYPTION_KEYS": "h0OM5Ycq3Ccrcqr0EJ7mGhmqmE9SlvHq2j4ZD1ByXg4=",
        "REPORTS_HMAC_KEY": "y" * 50,
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "REDIS_URL must be set in production" in result.stderr


COUNTER_PROBE = """
import os, sys
sys.path.insert(0, {base!r})
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
import django; django.setup()
from django.test import RequestFactory
from reports import ratelimit
request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.99")
print(sum(ratelimit.limited(request, "track") for _ in range(8)))
"""


def test_counts_hold_across_processes(redis_url):
    """Two app processes sharing Redis: 16 guesses, a limit of 10, so the
    second process is refused 6 times (with per-process counters: 0)."""
    import time

    env = {**os.environ, "REDIS_URL": redis_url, "REPORTS_TRACK_LIMIT_CLIENT": "10"}
    for _attempt in range(2):  # once more if a 15-minute window ended meanwhile
        window = time.time() // 900
        refused = []
        for _ in range(2):
            result = subprocess.run(
                [sys.executable, "-c", COUNTER_PROBE.format(base=BASE_DIR)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=120,
            )
            refused.append(int(result.stdout.strip()))
        if time.time() // 900 == window:
            break
        subprocess.run(["redis-cli", "-u", redis_url, "flushall"], check=False)
    assert refused == [0, 6]
