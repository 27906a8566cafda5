"""Attachments on S3-compatible object storage (REPORTS_STORAGE=s3), tested
against a local S3 server (moto): only ciphertext reaches the bucket, staff
read the file back, deletion follows the row, and a bucket that does not
answer leaves the person's text on screen with nothing half-saved."""

import io
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from reports import storage
from reports.management.commands import sweep_reports
from reports.models import Attachment, PendingReceipt, Report
from reports.views.cases import FileView
from tests.conftest import url_in
from tests.support.s3 import S3Server

from .conftest import form_data, jpeg_with_gps, signed_in
from .test_storage import upload

BUCKET = "portal-reports"


@pytest.fixture(scope="module")
def s3_server():
    server = S3Server().start()
    yield server
    server.stop()


def _reports_storage(server, bucket):
    env = server.environment(bucket)
    return {
        "BACKEND": "reports.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": env["REPORTS_S3_BUCKET"],
            "location": "report-files",
            "endpoint_url": env["REPORTS_S3_ENDPOINT_URL"],
            "region_name": env["REPORTS_S3_REGION"],
            "access_key": env["REPORTS_S3_ACCESS_KEY_ID"],
            "secret_key": env["REPORTS_S3_SECRET_ACCESS_KEY"],
        },
    }


@pytest.fixture
def bucket(settings, s3_server, request):
    name = f"{BUCKET}-{request.node.name[5:35]}".lower().replace("_", "-")
    s3_server.make_bucket(name.strip("-"))
    settings.STORAGES = {
        **settings.STORAGES,
        "reports": _reports_storage(s3_server, name.strip("-")),
    }
    return name.strip("-")


def test_the_settings_choose_the_bucket_from_the_environment(s3_server):
    environment = {
        **os.environ,
        **s3_server.environment("from-env"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    code = (
        "import django; django.setup();"
        "from django.core.files.storage import storages;"
        "s = storages['reports'];"
        "print(type(s).__name__, s.bucket_name, s.location, s.endpoint_url)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert output == [
        "PrivateS3Storage",
        "from-env",
        "report-files",
        s3_server.endpoint,
    ]


def test_a_bucket_is_required():
    environment = {
        **os.environ,
        "REPORTS_STORAGE": "s3",
        "REPORTS_S3_BUCKET": "",
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "REPORTS_S3_BUCKET" in result.stderr


def test_only_ciphertext_reaches_the_bucket_and_staff_read_it_back(
    client, report_page, bucket, s3_server, staff
):
    url = url_in(report_page, "en")
    data = form_data(client, url, description="photo attached")
    photo = jpeg_with_gps()
    data["files"] = [upload(photo, "home.jpg")]
    response = client.post(url, data)
    assert response.status_code == 200

    objects = s3_server.objects(bucket)
    attachment = Attachment.objects.get()
    assert list(objects) == [f"report-files/{attachment.stored_name}"]
    stored = next(iter(objects.values()))
    assert b"JFIF" not in stored and b"\xff\xd8\xff" not in stored
    assert b"PhoneMaker" not in stored and b"home" not in stored

    signed_in(client, staff["manager"])
    download = client.get(
        reverse("reports_case:file", args=[attachment.report_id, attachment.pk])
    )
    assert download.status_code == 200
    assert download.content.startswith(b"\xff\xd8\xff")  # the cleaned JPEG
    assert b"PhoneMaker" not in download.content


def test_deleting_a_report_removes_its_object(
    bucket, s3_server, case, django_capture_on_commit_callbacks
):
    assert len(s3_server.objects(bucket)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        case.delete()
    assert s3_server.objects(bucket) == {}


def test_the_sweeper_removes_orphans_from_the_bucket(
    bucket, s3_server, case, monkeypatch
):
    orphan = storage.save(b"left behind by a crash")
    kept = Attachment.objects.get().stored_name
    assert sorted(storage.names()) == sorted([orphan, kept])
    assert abs(storage.modified(orphan) - timezone.now()) < timedelta(minutes=5)
    later = timezone.now() + timedelta(hours=3)
    monkeypatch.setattr(sweep_reports.timezone, "now", lambda: later)
    call_command("sweep_reports", stdout=io.StringIO())
    assert storage.names() == [kept]


def test_a_bucket_that_does_not_answer_keeps_the_text_and_saves_nothing(
    client, report_page, settings, s3_server
):
    down = S3Server()  # never started: connections are refused
    settings.STORAGES = {**settings.STORAGES, "reports": _reports_storage(down, "b")}
    url = url_in(report_page, "th")
    data = form_data(client, url, description="ข้อความที่พิมพ์ไว้")
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    response = client.post(url, data)
    assert response.status_code == 503
    html = response.content.decode()
    assert "ข้อความที่พิมพ์ไว้" in html
    assert "could not save" not in html  # the Thai page, in Thai
    assert Report.objects.count() == 0
    assert Attachment.objects.count() == PendingReceipt.objects.count() == 0


def test_staff_are_told_when_the_bucket_does_not_answer(
    client, settings, s3_server, bucket, case, staff
):
    attachment = case.attachments.get()
    down = S3Server()
    settings.STORAGES = {**settings.STORAGES, "reports": _reports_storage(down, "b")}
    signed_in(client, staff["manager"])
    response = client.get(
        reverse("reports_case:file", args=[case.pk, attachment.pk]), follow=True
    )
    assert response.status_code == 200
    with translation.override("th"):  # the admin's language here
        message = str(FileView.error_unavailable)
    assert "ที่เก็บไฟล์" in message
    assert message in response.content.decode()
