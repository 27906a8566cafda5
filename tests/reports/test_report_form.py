"""The complaint form as a complainant uses it, and what ends up stored."""

import io
import re

import pytest
from django.db import connection
from PIL import Image

from reports import codes, crypto, storage
from reports.models import Attachment, Message, Notification, Report
from tests.conftest import url_in

from .conftest import form_data, jpeg_with_gps

LANGUAGES = ["th", "ms", "en"]


def code_in(html):
    match = re.search(r'id="tracking-code"[^>]*>(.*?)</p>', html, re.S)
    assert match, "no tracking code on the page"
    return re.sub(r"<[^>]+>|\s", "", match.group(1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_page_renders_privately_in_every_language(client, report_page, language):
    response = client.get(url_in(report_page, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'enctype="multipart/form-data"' in html
    assert "no-store" in response["Cache-Control"]
    # A page with a form sends its referrer to this site only (see views.private).
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "google.com/recaptcha" not in html  # off by default


def test_submit_in_thai_shows_the_code_once_and_stores_only_its_hash(
    client, report_page
):
    url = url_in(report_page, "th")
    response = client.post(url, form_data(client, url))
    assert response.status_code == 200
    html = response.content.decode()
    code = code_in(html)
    assert codes.is_valid(code)
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"].startswith("noindex")
    report = Report.objects.get()
    assert report.code_hash == codes.code_hash(code)
    assert report.reference.startswith("CW-")
    assert code not in report.reference
    assert report.language == "th"
    # The form's answers, in a plain database dump: no code, no description.
    dump = (
        "\n".join(connection.connection.iterdump())
        if connection.vendor == "sqlite"
        else ""
    )
    if dump:
        assert code not in dump
        assert "สามีทำร้ายร่างกาย" not in dump
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT description FROM reports_report WHERE id = %s", [report.pk]
        )
        stored = cursor.fetchone()[0]
    assert crypto.from_text(stored)[:1] == crypto.VERSION and "สามี" not in stored
    assert report.description == "สามีทำร้ายร่างกายฉันและลูกทุกคืน ขอความช่วยเหลือ"


def test_in_danger_puts_emergency_numbers_first_and_marks_urgent(client, report_page):
    url = url_in(report_page, "en")
    html = client.post(url, form_data(client, url, in_danger="yes")).content.decode()
    main = html.split('id="main"', 1)[1]
    assert main.index('href="tel:191"') < main.index('id="tracking-code"')
    assert 'href="tel:1669"' in main and 'href="tel:1300"' in main
    assert Report.objects.get().urgent


def test_contact_details_are_optional_and_encrypted(client, report_page):
    url = url_in(report_page, "th")
    client.post(
        url,
        form_data(
            client,
            url,
            contact_phone="081 234 5678",
            code_word="ดอกมะลิ",
            safe_times="หลัง 9 โมง",
        ),
    )
    report = Report.objects.get()
    assert report.contact["contact_phone"] == "081 234 5678"
    assert not report.is_anonymous
    with connection.cursor() as cursor:
        cursor.execute("SELECT contact FROM reports_report")
        stored = cursor.fetchone()[0]
    assert "081" not in stored and "ดอกมะลิ" not in stored


def test_missing_answers_keep_what_was_typed_and_save_nothing(client, report_page):
    url = url_in(report_page, "th")
    data = form_data(client, url, category="", description="ข้อความที่พิมพ์ไว้แล้ว")
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "ข้อความที่พิมพ์ไว้แล้ว" in html  # kept
    assert 'class="error-summary"' in html
    assert "This field is required" not in html  # translated
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("override", "expected"),
    [({"website": "http://spam.example"}, "website"), ({"token": "forged"}, "token")],
)
def test_bots_are_turned_away_without_saving(client, report_page, override, expected):
    url = url_in(report_page, "en")
    response = client.post(url, form_data(client, url, **override))
    assert response.status_code == 400
    assert expected in response.context["form"].errors
    assert Report.objects.count() == 0


def test_too_fast_gets_a_new_token_and_keeps_the_text(client, report_page, settings):
    settings.REPORTS_MIN_FILL_SECONDS = 60
    url = url_in(report_page, "en")
    data = form_data(client, url)
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert data["description"] in html
    assert f'value="{data["token"]}"' not in html
    assert Report.objects.count() == 0


def test_jpeg_with_gps_is_stored_encrypted_and_without_exif(client, report_page):
    url = url_in(report_page, "th")
    data = form_data(client, url)
    data["files"] = [io.BytesIO(jpeg_with_gps())]
    data["files"][0].name = "IMG_0001.jpg"
    response = client.post(url, data)
    assert response.status_code == 200, response.content.decode()[:500]
    attachment = Attachment.objects.get()
    assert attachment.original_name == "IMG_0001.jpg"
    assert attachment.stored_name != "IMG_0001.jpg"
    raw = storage._storage().open(attachment.stored_name).read()
    assert not raw.startswith(b"\xff\xd8")  # encrypted on disk
    clean = storage.read(attachment.stored_name)
    with Image.open(io.BytesIO(clean)) as image:
        assert not image.getexif()
        assert "exif" not in image.info
    assert b"PhoneMaker" not in clean


def named(content, name):
    file = io.BytesIO(content)
    file.name = name
    return file


def big_png_header(width, height):
    import struct
    import zlib

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 16))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "upload",
    [
        lambda: named(
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "a.svg",
        ),
        lambda: named(
            b"<!DOCTYPE html><html><script>alert(1)</script></html>", "photo.jpg"
        ),
        lambda: named(big_png_header(50_000, 50_000), "huge.png"),
        lambda: named(b"\xff\xd8\xff" + b"0" * (11 * 1024 * 1024), "big.jpg"),
    ],
    ids=["svg", "html-as-jpg", "50000x50000-png", "11mb"],
)
def test_dangerous_or_oversized_files_are_refused_and_nothing_saved(
    client, report_page, upload
):
    url = url_in(report_page, "th")
    data = form_data(client, url)
    data["files"] = [upload()]
    response = client.post(url, data)
    assert response.status_code == 400
    errors = response.context["form"].errors["files"]
    assert errors and all(error for error in errors)
    html = response.content.decode()
    assert "ไฟล์" in html  # the reason is in Thai
    assert "choose them again" not in html  # the notice about files is translated too
    assert Report.objects.count() == 0
    assert Attachment.objects.count() == 0
    assert list(storage._storage().listdir("")[1]) == []


def test_a_file_that_fails_to_store_rolls_everything_back(
    client, report_page, monkeypatch
):
    calls = []
    real_save = storage.save

    def failing_save(data):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_save(data)

    monkeypatch.setattr(storage, "save", failing_save)
    url = url_in(report_page, "en")
    data = form_data(client, url)
    data["files"] = [
        named(jpeg_with_gps(), "one.jpg"),
        named(jpeg_with_gps(), "two.jpg"),
    ]
    response = client.post(url, data)
    assert response.status_code == 503
    assert "nothing was sent" in response.content.decode()
    assert data["description"] in response.content.decode()
    assert (
        Report.objects.count()
        == Attachment.objects.count()
        == Notification.objects.count()
        == 0
    )
    assert list(storage._storage().listdir("")[1]) == []


def test_submissions_are_rate_limited(client, report_page, settings):
    settings.REPORTS_RATE_LIMITS = {
        **settings.REPORTS_RATE_LIMITS,
        "submit": {"client": (2, 3600), "site": (100, 3600)},
    }
    url = url_in(report_page, "th")
    # Incomplete forms do not count: fixing a mistake costs nothing.
    assert client.post(url, form_data(client, url, category="")).status_code == 400
    statuses = [client.post(url, form_data(client, url)).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert Report.objects.count() == 2
    # The limited report comes back with everything typed, and a reason.
    data = form_data(client, url, description="ข้อความที่ยังไม่ได้ส่ง")
    response = client.post(url, data)
    assert response.status_code == 429
    assert "ข้อความที่ยังไม่ได้ส่ง" in response.content.decode()


def test_behind_a_proxy_each_client_has_its_own_limit(client, report_page, settings):
    settings.PORTAL_PROXY_HOPS = 1
    settings.REPORTS_RATE_LIMITS = {
        **settings.REPORTS_RATE_LIMITS,
        "submit": {"client": (1, 3600), "site": (100, 3600)},
    }
    url = url_in(report_page, "en")
    first = client.post(
        url, form_data(client, url), HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    other = client.post(
        url, form_data(client, url), HTTP_X_FORWARDED_FOR="198.51.100.2"
    )
    again = client.post(
        url, form_data(client, url), HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.1"
    )
    assert [first.status_code, other.status_code, again.status_code] == [200, 200, 429]


def test_no_address_or_user_agent_is_kept_anywhere(client, report_page, caplog):
    address, agent = "203.0.113.77", "SecretPhone/9.9 (Android)"
    url = url_in(report_page, "th")
    data = form_data(client, url)
    with caplog.at_level("DEBUG"):
        response = client.post(url, data, REMOTE_ADDR=address, HTTP_USER_AGENT=agent)
    assert response.status_code == 200
    code = code_in(response.content.decode())
    if connection.vendor == "sqlite":
        dump = "\n".join(connection.connection.iterdump())
    else:
        dump = ""
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
                dump += repr(cursor.fetchall())
    for secret in [address, agent, code, data["description"]]:
        assert secret not in dump
        assert secret not in caplog.text
    from django.core.cache import cache

    keys = " ".join(str(key) for key in getattr(cache, "_cache", {}))
    assert address not in keys


def test_messages_are_encrypted(submitted):
    from reports import services

    services.case_message(case=submitted.report, user=None, body="ติดต่อกลับได้ไหม")
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM reports_message")
        stored = cursor.fetchone()[0]
    assert "ติดต่อ" not in stored
    assert Message.objects.get().body == "ติดต่อกลับได้ไหม"


def test_uploads_never_spill_to_a_temporary_file(client, report_page, monkeypatch):
    import django.core.files.uploadedfile as uploadedfile

    def forbidden(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(uploadedfile.tempfile, "NamedTemporaryFile", forbidden)
    url = url_in(report_page, "th")
    data = form_data(client, url)
    big = b"\xff\xd8\xff\xe0" + b"\0" * (7 * 1024 * 1024)  # two 7 MB "photos"
    data["files"] = [named(big, "a.jpg"), named(big, "b.jpg")]
    response = client.post(url, data)
    assert response.status_code == 400  # refused as damaged, not written to /tmp
    assert Report.objects.count() == 0


def test_error_reports_hide_the_client_and_what_was_typed(rf):
    from django.views.debug import ExceptionReporter

    request = rf.post(
        "/th/chaeng-rueang/",
        {"description": "เรื่องลับ", "code": "1234"},
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="SecretPhone",
    )
    try:
        raise ValueError("boom")
    except ValueError as error:
        text = ExceptionReporter(
            request, type(error), error, error.__traceback__
        ).get_traceback_text()
    for secret in ["203.0.113.9", "SecretPhone", "เรื่องลับ"]:
        assert secret not in text
