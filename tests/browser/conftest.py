"""Real-browser tests: Playwright drives Debian's Chromium against a real
server process (gunicorn, production settings, collected static files) with
the demo content, on a temporary SQLite database.

Chromium comes from Debian (/usr/bin/chromium); Playwright never downloads a
browser. Locally a missing Chromium skips these tests with a loud reason;
under CI=true it fails them.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.fernet import Fernet

CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
BASE_DIR = Path(__file__).resolve().parents[2]
# The Playwright sync API runs an event loop in this thread; these tests never
# touch Django's database from here, the server process does.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        message = (
            f"Chromium not found at {CHROMIUM}: browser tests cannot run. "
            "Install it with `apt-get install chromium`."
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip("!!! " + message)
    return {
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args():
    # A cheap phone: small screen, touch.
    return {"viewport": {"width": 360, "height": 740}, "locale": "th-TH"}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session")
def browser_redis():
    from tests.conftest import RedisServer

    server = RedisServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def smtp_sink():
    from tests.support.smtp_sink import SmtpSink

    sink = SmtpSink().start()
    yield sink
    sink.stop()


def read_demo_staff(var):
    """{username: {"password": ..., "codes": [...]}} from var/demo-staff.txt."""
    from tests.support.demo_staff import read_demo_staff as read

    return read(var / "demo-staff.txt")


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory, browser_redis, smtp_sink):
    """The demo site (demo staff and cases included) served by gunicorn on a
    free local port, as production runs it: a Redis of its own, the task
    worker, and mail through SMTP to a local sink."""
    var = tmp_path_factory.mktemp("browser-site")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    port = _free_port()
    env |= {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "browser-tests-only",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_VAR_DIR": str(var),
        "DJANGO_STATIC_ROOT": str(var / "static"),
        "DJANGO_MEDIA_ROOT": str(var / "media"),
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "REPORTS_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "REPORTS_HMAC_KEY": "browser-tests-hmac-key",
        "REPORTS_FILE_ROOT": str(var / "report-files"),
        "REDIS_URL": browser_redis.url,
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(smtp_sink.port),
        "REPORTS_OUTBOX_SECONDS": "2",  # staff emails leave every 2 s, not 60
        # One test client sends many reports; the limits are tested elsewhere.
        "REPORTS_POST_LIMIT_CLIENT": "10000",
        "REPORTS_SUBMIT_LIMIT_CLIENT": "1000",
        "REPORTS_TRACK_LIMIT_CLIENT": "1000",
        "REPORTS_REPLY_LIMIT_CLIENT": "1000",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    _manage(env, "migrate", "--noinput")
    _manage(env, "load_demo_content")
    _manage(env, "load_demo_reports", "--force")
    # The quick exit's neutral site: another origin (localhost, not 127.0.0.1)
    # served by the same test server, since these machines have no internet.
    neutral = f"http://localhost:{port}/robots.txt"
    _manage(
        env,
        "shell",
        "-c",
        "from home.models import PortalSettings; "
        f"PortalSettings.objects.update(quick_exit_url={neutral!r})",
    )
    _manage(env, "collectstatic", "--noinput")
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(var / "server.log").open("w"),
    )
    worker = subprocess.Popen(  # noqa: S603 (the real database task worker)
        [sys.executable, "manage.py", "run_worker", "--interval", "0.5"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(var / "worker.log").open("w"),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/th/", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                worker.kill()
                log = (var / "server.log").read_text()
                raise RuntimeError(f"Test server did not start:\n{log}") from None
            time.sleep(0.3)
    yield SimpleNamespace(
        url=url,
        var=var,
        env=env,
        neutral=neutral,
        staff=read_demo_staff(var),
        mail=smtp_sink,
    )
    # Both always stop: gunicorn waits for open keep-alive connections, so
    # one that will not stop in time is killed rather than left behind.
    for process in (server, worker):
        process.terminate()
    for process in (server, worker):
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
