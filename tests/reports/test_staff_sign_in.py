"""Signing in to read cases: a password, then a second factor (TOTP or a
one-time backup code); password guessing locks the account; an idle
session ends."""

import re
import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from reports.middleware import SEEN_KEY

from .conftest import member, signed_in

PASSWORD = "a-long-pass-phrase"


@pytest.fixture
def manager(db, django_user_model):
    return member(django_user_model, "manager", "Case managers")


def sign_in(client, username, password=PASSWORD, next_url="/admin/cases/"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": next_url},
    )


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_first_sign_in_sets_up_an_authenticator_and_gives_backup_codes(client, manager):
    response = sign_in(client, "manager")
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302  # the queue needs the second factor first
    setup = client.get(response["Location"])
    assert setup.status_code == 200
    html = setup.content.decode()
    assert "<svg" in html  # the QR code, drawn here
    assert "google.com" not in html and "chart" not in html  # no outside service
    device = TOTPDevice.objects.get(user=manager, confirmed=False)
    done = client.post(
        setup.request["PATH_INFO"], {"token": code_for(device), "next": "/admin/cases/"}
    )
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/cases/").status_code == 200


def test_a_wrong_code_does_not_set_up_anything(client, manager):
    sign_in(client, "manager")
    url = reverse("reports_second_factor_setup")
    client.get(url)
    wrong = client.post(url, {"token": "000000", "next": "/admin/cases/"})
    assert wrong.status_code == 200 and wrong.context["form"].errors["token"]
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get("/admin/cases/").status_code == 302


def test_later_sign_ins_ask_for_the_code_and_accept_a_backup_code_once(client, manager):
    from reports.views.second_factor import new_backup_codes

    TOTPDevice.objects.create(user=manager, name="phone", confirmed=True)
    codes = new_backup_codes(manager)
    sign_in(client, "manager")
    response = client.get("/admin/cases/")
    assert response["Location"].startswith(reverse("reports_second_factor"))
    verify = reverse("reports_second_factor")
    good = client.post(verify, {"token": codes[0].upper(), "next": "/admin/cases/"})
    assert good.status_code == 302 and good["Location"] == "/admin/cases/"
    assert client.get("/admin/cases/").status_code == 200
    # The same backup code does not work twice.
    client.logout()
    sign_in(client, "manager")
    again = client.post(verify, {"token": codes[0], "next": "/admin/cases/"})
    assert again.status_code == 200 and again.context["form"].errors["token"]
    assert client.get("/admin/cases/").status_code == 302


def test_editors_need_no_second_factor(client, django_user_model):
    member(django_user_model, "editor", "Editors")
    sign_in(client, "editor", next_url="/admin/")
    assert client.get("/admin/").status_code == 200


def test_the_second_step_cannot_send_anyone_to_another_site(client, manager):
    TOTPDevice.objects.create(user=manager, name="phone", confirmed=True)
    from reports.views.second_factor import new_backup_codes

    code = new_backup_codes(manager)[0]
    sign_in(client, "manager")
    response = client.post(
        reverse("reports_second_factor"),
        {"token": code, "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def error_codes(response):
    form = response.context["form"]
    return [error.code for error in form.non_field_errors().as_data()]


def test_repeated_wrong_passwords_lock_the_account(client, manager):
    answers = [
        error_codes(sign_in(client, "manager", "wrong-password")) for _ in range(20)
    ]
    assert answers[:5] == [["invalid_login"]] * 5
    assert answers[5:] == [["locked"]] * 15
    # Even the right password is refused while locked, from anywhere.
    from django.test import Client

    elsewhere = Client(REMOTE_ADDR="198.51.100.50")
    locked = sign_in(elsewhere, "manager")
    assert locked.status_code == 200 and error_codes(locked) == ["locked"]
    assert "_auth_user_id" not in elsewhere.session


def test_one_address_guessing_many_names_is_locked_too(client, django_user_model):
    for index in range(20):
        sign_in(client, f"nobody{index}", "wrong-password")
    member(django_user_model, "victim", "Case managers")
    assert error_codes(sign_in(client, "victim")) == ["locked"]


def test_sign_in_throttling_keeps_no_record_of_who_tried(client, manager):
    from django.db import connection

    for _ in range(6):
        sign_in(client, "manager", "wrong-password", next_url="/admin/")
    tables = connection.introspection.table_names()
    assert not [name for name in tables if "axes" in name or "attempt" in name]


def test_an_idle_case_session_ends_after_30_minutes(client, manager):
    signed_in(client, manager)
    assert client.get("/admin/cases/").status_code == 200
    session = client.session
    session[SEEN_KEY] = time.time() - 31 * 60
    session.save()
    response = client.get("/admin/cases/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.get("/admin/cases/")["Location"].startswith(
        reverse("wagtailadmin_login")
    )


def test_a_lost_phone_is_reset_by_an_operator(client, manager):
    import io

    from django.core.management import call_command

    TOTPDevice.objects.create(user=manager, name="phone", confirmed=True)
    call_command("reset_second_factor", "manager", stdout=io.StringIO())
    sign_in(client, "manager")
    response = client.get("/admin/cases/")
    assert response["Location"].startswith(reverse("reports_second_factor_setup"))


def test_an_open_editor_pinging_the_server_does_not_keep_a_session_alive(
    client, manager
):
    signed_in(client, manager)
    client.get("/admin/cases/")
    session = client.session
    seen = time.time() - 20 * 60
    session[SEEN_KEY] = seen
    session.save()
    ping = reverse(
        "wagtailadmin_editing_sessions:ping",
        args=["reports", "agency", "1", "0"],
    )
    client.post(ping)
    assert client.session[SEEN_KEY] == seen
