"""The deployment tests: the stack of deploy/ started for real (nginx with
TLS, two gunicorn app servers, the task worker, PostgreSQL, Redis, object
storage, mail). They need nginx, openssl, PostgreSQL on 127.0.0.1:5432 and
Chromium, so `make test` leaves them out; .ci/run runs them with
`pytest -m deploy` after installing what they need (`make test-deploy`).
"""

import io
import os
import re
import time

import pytest
from PIL import Image

from tests.support.report_answers import report_answers
from tests.support.stack import Missing, Stack
from tests.support.visitor import Address, Visitor

CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
# Playwright's sync API runs an event loop in this thread; nothing here
# touches Django's database through the ORM (rows are read with psycopg).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/deploy/" in str(item.fspath):
            item.add_marker(pytest.mark.deploy)


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    root = tmp_path_factory.mktemp("stack")
    root.chmod(0o755)
    deployment = Stack(root)
    try:
        deployment.start()
    except Missing as error:
        deployment.stop()
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(str(error))
        pytest.skip(f"!!! {error}")
    except Exception:
        logs = {name: deployment.log(name)[-3000:] for name in _log_names(root)}
        deployment.stop()
        raise RuntimeError(f"The stack did not start. Logs: {logs}") from None
    yield deployment
    deployment.stop()


def _log_names(root):
    folder = root / "log"
    return [path.name for path in folder.iterdir()] if folder.exists() else []


@pytest.fixture
def through_nginx(stack):
    """A person's phone: its own loopback address, talking to nginx."""

    def visitor(source="127.0.0.1", **options):
        address = Address(
            stack.https_port, stack.origin, ca_certs=str(stack.certificate)
        )
        return Visitor(address, source=source, **options)

    return visitor


@pytest.fixture
def app_server(stack):
    """Straight to app server 0 or 1, as nginx would forward for ``client``."""

    def visitor(index, client="127.0.0.9"):
        return Visitor(
            Address(stack.app_ports[index], stack.origin, tls=False),
            headers={"X-Forwarded-For": client, "X-Forwarded-Proto": "https"},
        )

    return visitor


def sign_in(visitor, person):
    """Password, then a one-time backup code, as at the admin's sign-in."""
    form = visitor.get("/admin/login/")
    answer = visitor.post(
        "/admin/login/",
        {
            "csrfmiddlewaretoken": form.tokens()["csrfmiddlewaretoken"],
            "username": person["username"],
            "password": person["password"],
        },
    )
    assert answer.status == 302, answer.text[:2000]
    step = visitor.get(answer.headers["Location"], follow=True)
    if "second-factor" not in step.url:
        return visitor  # only staff who can open cases have a second step
    done = visitor.post(
        step.url,
        {
            "csrfmiddlewaretoken": step.tokens()["csrfmiddlewaretoken"],
            "token": person["codes"].pop(),
        },
    )
    assert done.status == 302 and "second-factor" not in done.headers["Location"]
    return visitor


# --- A complainant's forms ---------------------------------------------------

CODE = re.compile(r'id="tracking-code"[^>]*>(.*?)</p>', re.S)


def report_path(language="th"):
    from reports import demo_data

    return f"/{language}/{demo_data.REPORT_FORM['slug'][language]}/"


def tracking_path(language="th"):
    from reports import demo_data

    return f"/{language}/{demo_data.TRACKING['slug'][language]}/"


def filled_report(form_page, description, **overrides):
    """What a person fills in on the form page they loaded."""
    return {**form_page.tokens(), **report_answers(description, **overrides)}


def tracking_code(receipt):
    match = CODE.search(receipt.text)
    return re.sub(r"<[^>]+>|\s", "", match.group(1)) if match else None


def send_report(visitor, description, *, language="th", files=None, **overrides):
    """Load the form, take a person's time over it, send it: the receipt."""
    form = visitor.get(report_path(language))
    assert form.status == 200
    time.sleep(3.1)  # REPORTS_MIN_FILL_SECONDS: faster is a bot
    return visitor.post(
        report_path(language),
        filled_report(form, description, **overrides),
        files=files,
    )


def open_case(visitor, code, language="th"):
    form = visitor.get(tracking_path(language))
    found = visitor.post(
        tracking_path(language),
        {**form.tokens(), "action": "find", "code": code},
    )
    if found.status in {302, 303}:  # post, redirect, get: the case page
        return visitor.get(found.headers["Location"])
    return found


def photo_with_gps(size=(800, 600)):
    image = Image.new("RGB", size, "orange")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (6.0, 52.0, 12.0), "E", (101.0, 15.0, 0.0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()
