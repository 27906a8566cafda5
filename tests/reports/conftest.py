import io

import pytest
from django.core.cache import caches
from PIL import Image

from reports import services


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
    data = {
        "token": token,
        "category": "domestic-violence",
        "affected": ["woman", "child"],
        "relation": "self",
        "province": "",
        "district": "",
        "when": "week",
        "description": "สามีทำร้ายร่างกายฉันและลูกทุกคืน ขอความช่วยเหลือ",
        "in_danger": "no",
        "website": "",
    }
    data.update(overrides)
    return data


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
    from home.models import Province

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
