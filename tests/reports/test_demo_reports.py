"""The demo of the case queue: staff who can try it, fake cases, and never
on a real server by accident."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from reports.models import Agency, Report


@pytest.fixture
def demo_site(db, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("load_demo_content", stdout=io.StringIO())
    return tmp_path


def test_it_refuses_to_run_on_a_production_server(demo_site, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo_reports", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="somsri").exists()


def test_it_makes_staff_who_can_try_the_queue_and_fake_cases(demo_site, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo_reports", stdout=out)
    note = (demo_site / "demo-staff.txt").read_text()
    assert oct((demo_site / "demo-staff.txt").stat().st_mode)[-3:] == "600"
    for username in ("somsri", "anwar", "nida"):
        assert username in note
    assert note.count("backup codes") == 2  # the manager and the worker
    users = get_user_model().objects
    assert users.get(username="somsri").groups.filter(name="Case managers").exists()
    assert users.get(username="anwar").case_scope.provinces.count() == 3
    assert Report.objects.count() == 4
    assert all(r.description.startswith("[ตัวอย่างสมมติ") for r in Report.objects.all())
    assert set(Report.objects.values_list("state", flat=True)) >= {"new", "closed"}
    assert Report.objects.filter(attachments__isnull=False).exists()
    assert Agency.objects.filter(is_sample=False).count() == 0
    # Twice changes nothing.
    call_command("load_demo_reports", stdout=io.StringIO())
    assert Report.objects.count() == 4 and users.filter(username="somsri").count() == 1
