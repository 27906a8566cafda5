"""Nothing half-saved, nothing lost: files are written whole or not at all,
go with their rows after commit, survive an interrupted key rotation, and
orphans are swept."""

import errno
import io
import os
import time

import pytest
from cryptography.fernet import Fernet
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import OperationalError, connection, transaction

from reports import crypto, services, storage
from reports.attachments import CleanAttachment
from reports.models import Attachment, Message, Report
from tests.conftest import url_in

from .conftest import form_data, jpeg_with_gps


def upload(content, name):
    file = io.BytesIO(content)
    file.name = name
    return file


def files_on_disk():
    return sorted(storage.names())


def submit_with_file(data=b"%PDF-1.4 evidence", nonce="n"):
    return services.report_submit(
        category="other",
        affected=["other"],
        relation="self",
        province=None,
        district="",
        when="today",
        description="x",
        in_danger=False,
        contact={},
        files=[CleanAttachment(data, "application/pdf", "pdf", "a.pdf")],
        token_nonce=nonce,
        language="th",
    ).report


def test_a_full_disk_leaves_no_file_and_keeps_the_text(
    client, report_page, monkeypatch
):
    real_fsync = os.fsync

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    url = url_in(report_page, "en")
    data = form_data(client, url, description="what I wrote")
    data["files"] = [upload(jpeg_with_gps(), "a.jpg")]
    response = client.post(url, data)
    monkeypatch.setattr(os, "fsync", real_fsync)
    html = response.content.decode()
    assert response.status_code == 503
    assert "what I wrote" in html and "could not save your report" in html
    assert Report.objects.count() == 0 and Attachment.objects.count() == 0
    assert files_on_disk() == []  # no truncated file, no partial file


def test_deleting_a_report_removes_its_files_after_commit(
    db, django_capture_on_commit_callbacks
):
    report = submit_with_file()
    name = Attachment.objects.get().stored_name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Report.objects.filter(pk=report.pk).delete()
    assert name in files_on_disk()  # not before the commit
    for callback in callbacks:
        callback()
    assert files_on_disk() == []


def test_a_rolled_back_deletion_keeps_the_files(db):
    report = submit_with_file()
    name = Attachment.objects.get().stored_name
    with pytest.raises(RuntimeError), transaction.atomic():
        report.delete()
        raise RuntimeError("changed my mind")
    assert Attachment.objects.filter(stored_name=name).exists()
    assert storage.read(name) == b"%PDF-1.4 evidence"


def test_the_sweeper_removes_old_orphans_only(db, settings):
    submit_with_file()
    kept = Attachment.objects.get().stored_name
    old_orphan = storage.save(b"left by a killed worker")
    new_orphan = storage.save(b"being saved right now")
    location = storages["reports"].location
    partial = os.path.join(location, ".partial-abc")
    with open(partial, "wb") as file:
        file.write(b"half")
    three_hours_ago = time.time() - 3 * 3600
    for name in (old_orphan, ".partial-abc", kept):
        path = os.path.join(location, name)
        os.utime(path, (three_hours_ago, three_hours_ago))
    out = io.StringIO()
    call_command("sweep_reports", "--dry-run", stdout=out)
    assert "Would remove 2 orphaned file(s)" in out.getvalue()
    assert len(files_on_disk()) == 4
    call_command("sweep_reports", stdout=out)
    assert files_on_disk() == sorted([kept, new_orphan])
    call_command("sweep_reports", stdout=out)  # twice is harmless
    assert files_on_disk() == sorted([kept, new_orphan])


def test_an_interrupted_rotation_loses_nothing_and_can_run_again(
    db, settings, monkeypatch, django_capture_on_commit_callbacks
):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.REPORTS_ENCRYPTION_KEYS = [old]
    submit_with_file(b"%PDF-1.4 first", "a")
    submit_with_file(b"%PDF-1.4 second", "b")
    settings.REPORTS_ENCRYPTION_KEYS = [new, old]
    real_save = storage.save_token
    saved = []

    def crash_on_second(token):
        if saved:
            raise KeyboardInterrupt  # the process is stopped mid-way
        saved.append(token)
        return real_save(token)

    monkeypatch.setattr(storage, "save_token", crash_on_second)
    with (
        pytest.raises(KeyboardInterrupt),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("rotate_report_keys", stdout=io.StringIO())
    # Every file still opens, each row still has its file.
    contents = {storage.read(a.stored_name) for a in Attachment.objects.all()}
    assert contents == {b"%PDF-1.4 first", b"%PDF-1.4 second"}
    monkeypatch.setattr(storage, "save_token", real_save)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("rotate_report_keys", stdout=io.StringIO())
    settings.REPORTS_ENCRYPTION_KEYS = [new]  # the old key is gone
    contents = {storage.read(a.stored_name) for a in Attachment.objects.all()}
    assert contents == {b"%PDF-1.4 first", b"%PDF-1.4 second"}
    referenced = set(Attachment.objects.values_list("stored_name", flat=True))
    assert set(files_on_disk()) == referenced  # old copies removed


def test_rotation_moves_old_fernet_data_to_the_timeless_format(db, settings):
    key = settings.REPORTS_ENCRYPTION_KEYS[0]
    report = submit_with_file()
    fernet_text = Fernet(key).encrypt("ข้อความเดิม".encode()).decode()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE reports_report SET description = %s WHERE id = %s",
            [fernet_text, report.pk],
        )
    attachment = Attachment.objects.get()
    legacy_name = storage.save_token(Fernet(key).encrypt(b"%PDF-1.4 legacy"))
    Attachment.objects.filter(pk=attachment.pk).update(stored_name=legacy_name)
    storage.delete(attachment.stored_name)
    assert Report.objects.get().description == "ข้อความเดิม"  # still readable
    call_command("rotate_report_keys", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("SELECT description FROM reports_report")
        stored = cursor.fetchone()[0]
    assert crypto.from_text(stored)[:1] == crypto.VERSION
    name = Attachment.objects.get().stored_name
    assert crypto.is_current(storage.read_token(name))
    assert storage.read(name) == b"%PDF-1.4 legacy"


def locked(*args, **kwargs):
    raise OperationalError("database is locked")


def test_a_busy_database_on_lookup_answers_try_again_and_keeps_the_code(
    client, tracking_page, submitted, monkeypatch
):
    monkeypatch.setattr(services, "report_find", locked)
    url = url_in(tracking_page, "th")
    response = client.post(url, {"action": "find", "code": submitted.code})
    assert response.status_code == 503
    html = response.content.decode()
    assert submitted.code in html  # what was typed stays in the field
    assert "Nothing is lost" not in html  # translated: this is the Thai page


def test_a_busy_database_on_the_case_page_answers_try_again(
    client, tracking_page, submitted, monkeypatch
):
    from reports import selectors

    url = url_in(tracking_page, "en")
    client.post(url, {"action": "find", "code": submitted.code})
    monkeypatch.setattr(selectors, "report_for_tracking", locked)
    response = client.get(url)
    assert response.status_code == 503
    assert "Nothing is lost" in response.content.decode()
    monkeypatch.undo()
    assert "Your report" in client.get(url).content.decode()  # the case is still open


def test_a_staff_message_reply_keeps_files_in_the_case(db, submitted):
    message = services.complainant_reply(
        report=submitted.report,
        body="with a file",
        files=[CleanAttachment(b"%PDF-1.4 r", "application/pdf", "pdf", "r.pdf")],
        token_nonce="x",
    )
    assert Message.objects.get() == message
    assert message.attachments.get().size == len(b"%PDF-1.4 r")
