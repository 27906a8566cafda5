"""Keys come from the environment, can rotate, and production insists on them."""

import io
import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from reports import crypto, services, storage
from reports.attachments import CleanAttachment
from reports.models import Attachment, Report

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def test_rotation_re_encrypts_rows_and_files(db, settings):
    settings.REPORTS_ENCRYPTION_KEYS = [OLD]
    submission = services.report_submit(
        category="other",
        affected=["other"],
        relation="self",
        province=None,
        district="ตากใบ",
        when="today",
        description="เนื้อหาลับ",
        in_danger=False,
        contact={"contact_phone": "0812345678"},
        files=[CleanAttachment(b"%PDF-1.4 test", "application/pdf", "pdf", "a.pdf")],
        token_nonce="rotation",
        language="th",
    )
    settings.REPORTS_ENCRYPTION_KEYS = [NEW, OLD]
    call_command("rotate_report_keys", stdout=io.StringIO())
    settings.REPORTS_ENCRYPTION_KEYS = [NEW]  # the old key is gone
    report = Report.objects.get(pk=submission.report.pk)
    assert report.description == "เนื้อหาลับ" and report.district == "ตากใบ"
    assert report.contact == {"contact_phone": "0812345678"}
    attachment = Attachment.objects.get()
    assert attachment.original_name == "a.pdf"
    assert storage.read(attachment.stored_name) == b"%PDF-1.4 test"


def test_no_keys_no_encryption(settings):
    settings.REPORTS_ENCRYPTION_KEYS = []
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt(b"x")


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("REPORTS_ENCRYPTION_KEYS", "REPORTS_ENCRYPTION_KEYS"),
        ("REPORTS_HMAC_KEY", "REPORTS_HMAC_KEY"),
        ("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_keys(missing, message):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "a-production-secret",
        "DJANGO_ALLOWED_HOSTS": "portal.example",
        "REPORTS_ENCRYPTION_KEYS": NEW,
        "REPORTS_HMAC_KEY": "another-secret",
    }
    del env[missing]
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_the_secret_key_as_hmac_key():
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "same",
        "DJANGO_ALLOWED_HOSTS": "portal.example",
        "REPORTS_ENCRYPTION_KEYS": NEW,
        "REPORTS_HMAC_KEY": "same",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "REPORTS_HMAC_KEY" in result.stderr
