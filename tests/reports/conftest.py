import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from PIL import Image

from home.models import Province
from reports import services
from reports.models import StaffScope
from tests.conftest import verified_login
from tests.support.report_answers import report_answers


@pytest.fixture(autouse=True)
def own_file_storage(settings, tmp_path):
    """Each test sees only the attachment files it made itself."""
    storages = {**settings.STORAGES}
    storages["reports"] = {
        **storages["reports"],
        "OPTIONS": {**storages["reports"]["OPTIONS"], "location": tmp_path / "reports"},
    }
    (tmp_path / "reports").mkdir()
    settings.STORAGES = storages


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters must not leak from one test into the next."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


def form_data(client, url, **overrides):
    """What a person fills in, with the token of a freshly loaded form."""
    html = client.get(url).content.decode()
    token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
    return {"token": token, **report_answers(**overrides)}


def jpeg_with_gps():
    image = Image.new("RGB", (40, 30), "orange")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (6.0, 52.0, 12.0)
    gps[3] = "E"
    gps[4] = (101.0, 15.0, 0.0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture
def submitted(db):
    """A report made through the service, with its plain code."""
    submission = services.report_submit(
        category="child-violence",
        affected=["child"],
        relation="witness",
        province=Province.objects.get(code="yala"),
        district="เมือง",
        when="today",
        description="เด็กถูกทำร้ายที่บ้านข้างๆ",
        in_danger=False,
        contact={},
        files=[],
        token_nonce="fixture-token",
        language="th",
    )
    return submission


# --- Staff and a case ------------------------------------------------------


def member(django_user_model, name, *groups, provinces=(), superuser=False):
    make = (
        django_user_model.objects.create_superuser
        if superuser
        else django_user_model.objects.create_user
    )
    user = make(name, email=f"{name}@example.org", password="a-long-pass-phrase")
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    if provinces:
        scope = StaffScope.objects.create(user=user)
        scope.provinces.set(Province.objects.filter(code__in=provinces))
    return user


@pytest.fixture
def staff(db, django_user_model):
    return {
        "editor": member(django_user_model, "editor", "Editors"),
        "moderator": member(django_user_model, "moderator", "Moderators"),
        "worker_in": member(
            django_user_model, "worker_in", "Case workers", provinces=["yala"]
        ),
        "worker_out": member(
            django_user_model, "worker_out", "Case workers", provinces=["pattani"]
        ),
        "manager": member(django_user_model, "manager", "Case managers"),
        "superuser": member(django_user_model, "root", superuser=True),
    }


@pytest.fixture
def case(db):
    """An unassigned case in Yala with a photo, made as a complainant would."""
    from io import BytesIO

    from reports.attachments import clean_attachment

    upload = BytesIO(jpeg_with_gps())
    upload.name = "สมชาย_บ้าน.jpg"
    photo = clean_attachment(upload)
    return services.report_submit(
        category="child-violence",
        affected=["child"],
        relation="witness",
        province=Province.objects.get(code="yala"),
        district="เมือง",
        when="today",
        description="เด็กถูกทำร้ายที่บ้านข้างๆ ทุกคืน",
        in_danger=True,
        contact={"contact_phone": "081 234 5678", "safe_times": "หลังสามทุ่ม"},
        files=[photo],
        token_nonce="staff-fixture",
        language="th",
    ).report


def signed_in(client, user):
    return verified_login(client, user)
