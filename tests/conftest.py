import pytest
from django.utils import translation
from wagtail.models import Site

from home.factories import (
    HomePageFactory,
    HotlineFactory,
    InformationPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)
from home.tree import translated_root
from reports.models import ReportFormPage, TrackingPage


@pytest.fixture(autouse=True)
def thai_by_default():
    """Outside a request the active language is the site default, Thai."""
    with translation.override("th"):
        yield


@pytest.fixture
def root_page(db):
    return translated_root()


@pytest.fixture
def home_page(root_page):
    # Wagtail's placeholder page holds the "home" slug on a fresh database.
    root_page.get_children().delete()
    return HomePageFactory(parent=root_page, slug_ms="home", slug_en="home")


@pytest.fixture
def site(home_page):
    # Deleting Wagtail's placeholder page took its default site with it.
    site, _created = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home_page},
    )
    Site.clear_site_root_paths_cache()
    return site


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.fixture
def tree(site, home_page):
    HotlineFactory(
        number="1300",
        name_th="ศูนย์ช่วยเหลือสังคม",
        name_ms="Pusat bantuan sosial",
        name_en="Social assistance centre",
    )
    info = InformationPageFactory(
        parent=home_page,
        title_th="สิทธิเด็ก",
        title_ms="Hak kanak-kanak",
        title_en="Children's rights",
        slug_th="sitthi-dek",
        slug_ms="hak-kanak-kanak",
        slug_en="childrens-rights",
        intro_th="เด็กทุกคนมีสิทธิได้รับการคุ้มครอง",
        body_th=[
            {"type": "heading", "value": "อนุสัญญาว่าด้วยสิทธิเด็ก"},
            {"type": "paragraph", "value": "<p>ประเทศไทยเข้าเป็นภาคีในปี 2535</p>"},
            {"type": "callout", "value": {"title": "โทร 1387", "text": "<p>ฟรี</p>"}},
            {
                "type": "faq",
                "value": [{"question": "ใครช่วยได้", "answer": "<p>ศป.ดส.</p>"}],
            },
        ],
    )
    directory = ServiceIndexPageFactory(
        parent=home_page, slug_ms="perkhidmatan", slug_en="services"
    )
    service = ServicePageFactory(
        parent=directory,
        title_th="บ้านพักเด็กและครอบครัว",
        title_ms="Rumah perlindungan",
        title_en="Children's shelter",
        slug_ms="rumah-perlindungan",
        slug_en="childrens-shelter",
        provinces=["pattani", "yala"],
        help_types=["shelter", "counselling"],
    )
    news_index = NewsIndexPageFactory(
        parent=home_page, slug_ms="berita", slug_en="news"
    )
    news = NewsPageFactory(
        parent=news_index,
        title_ms="Berita",
        title_en="News item",
        slug_ms="berita-1",
        slug_en="news-1",
    )
    return {
        "home": home_page,
        "info": info,
        "directory": directory,
        "service": service,
        "news_index": news_index,
        "news": news,
    }


@pytest.fixture
def report_page(site, home_page):
    page = ReportFormPage(
        title_th="แจ้งเรื่อง",
        title_ms="Buat aduan",
        title_en="Report",
        slug_th="chaeng-rueang",
        slug_ms="buat-aduan",
        slug_en="report",
        intro_th="แจ้งได้โดยไม่ต้องบอกชื่อ",
    )
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def tracking_page(site, home_page):
    page = TrackingPage(
        title_th="ติดตามเรื่อง",
        title_ms="Semak aduan",
        title_en="Follow your report",
        slug_th="tidtam-rueang",
        slug_ms="semak-aduan",
        slug_en="track",
    )
    home_page.add_child(instance=page)
    return page


# --- A Redis of the tests' own ------------------------------------------------


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throwaway redis-server on a free loopback port, nothing on disk."""

    def __init__(self):
        import shutil
        import subprocess

        binary = shutil.which("redis-server")
        if binary is None:
            import os

            message = "redis-server not found: apt-get install redis-server"
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(message)
            pytest.skip("!!! " + message)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.wait(up=True)

    def wait(self, *, up):
        import socket
        import time

        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.1).close()
                answering = True
            except OSError:
                answering = False
            if answering == up:
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not change state")

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.wait(up=False)


@pytest.fixture
def redis_server():
    server = RedisServer()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server):
    return redis_server.url


@pytest.fixture
def redis_caches(settings, redis_server):
    """The production cache set-up (portal.cache) on the tests' own Redis."""
    options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": options,
        },
        "ratelimit": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {**options, "FALLBACK": "local"},
        },
    }
    yield redis_server


# --- Staff ---------------------------------------------------------------------


def verified_login(client, user):
    """Sign ``user`` in with the second factor passed, as after typing the
    code of their authenticator app (reports/middleware.py)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="test", defaults={"confirmed": True}
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
