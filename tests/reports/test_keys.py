"""Keys come from the environment, can rotate, and production insists on them."""

import io
import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from reports import crypto, services, storage
from reports.attachments import CleanAttachment
from reports.models import Attachment, Report
from reports.services import casework

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


def _every_encrypted_field():
    return [
        (model, field.attname)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, crypto.EncryptedTextField)
    ]


def test_rotation_covers_every_encrypted_field_of_every_model(db, settings):
    """After rotating and removing the old key, every stored encrypted value
    of every model opens under the new key alone, notes included.

    A model that gains an encrypted field fails here until this test stores
    a row of it: its value must be shown to survive rotation.
    """
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
        token_nonce="rotation-all",
        language="th",
    )
    staff = get_user_model().objects.create_user("rotator")
    case = submission.report
    casework.case_note(case=case, user=staff, body="บันทึกภายใน")
    casework.case_message(case=case, user=staff, body="ข้อความถึงผู้ร้อง")

    settings.REPORTS_ENCRYPTION_KEYS = [NEW, OLD]
    call_command("rotate_report_keys", stdout=io.StringIO())
    settings.REPORTS_ENCRYPTION_KEYS = [NEW]

    for model, attname in _every_encrypted_field():
        label = f"{model._meta.label}.{attname}"
        column = connection.ops.quote_name(model._meta.get_field(attname).column)
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor:
            # Names from the models' own metadata, not input.
            cursor.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")  # noqa: S608
            tokens = [value for (value,) in cursor.fetchall()]
        assert tokens, f"{label}: store a row of it in this test"
        for token in tokens:
            crypto.decrypt_text(token)  # raises if only the old key opens it

    case.refresh_from_db()
    assert [note.body for note in case.notes.all()] == ["บันทึกภายใน"]


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
