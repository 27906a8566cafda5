"""Up when the cache is down: with Redis stopped mid-run, public pages, the
complaint form and the tracking page keep working, limits still hold (in each
process's memory), and the outage is logged once, not once per request."""

import logging

import pytest

from reports import codes
from reports.models import Report
from tests.conftest import url_in
from tests.reports.conftest import form_data


@pytest.fixture(autouse=True)
def fresh_outage_state(monkeypatch):
    from portal import cache

    monkeypatch.setattr(cache, "_outages", {})
    monkeypatch.setattr(cache, "_local_caches", {})


def test_pages_form_and_tracking_survive_a_cache_outage(
    client, tree, report_page, tracking_page, redis_caches, caplog, settings
):
    settings.REPORTS_RATE_LIMITS = {
        **settings.REPORTS_RATE_LIMITS,
        "submit": {"client": (2, 3600), "site": (100, 3600)},
    }
    home = url_in(tree["home"], "th")
    form = url_in(report_page, "th")
    assert client.get(home).status_code == 200
    assert client.post(form, form_data(client, form)).status_code == 200

    redis_caches.stop()
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        for key in ["home", "info", "service", "directory", "news"]:
            assert client.get(url_in(tree[key], "th")).status_code == 200
        response = client.post(form, form_data(client, form))
        assert response.status_code == 200
        html = response.content.decode()
        code = html.split('id="tracking-code"', 1)[1].split("</p>", 1)[0]
        code = "".join(ch for ch in code if ch.isdigit())
        assert codes.is_valid(code)
        # The limit still holds, counted afresh in this process's memory:
        # one more report, then the third of the outage is refused.
        assert client.post(form, form_data(client, form)).status_code == 200
        assert client.post(form, form_data(client, form)).status_code == 429
        track = url_in(tracking_page, "th")
        found = client.post(track, {"action": "find", "code": code})
        assert found.status_code == 302
        assert client.get(track).status_code == 200
    outage_lines = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(outage_lines) == 1
    assert Report.objects.count() == 3


def test_the_cache_is_used_again_once_it_is_back(redis_caches, monkeypatch, caplog):
    from django.core.cache import caches

    from portal import cache as portal_cache

    cache = caches["default"]
    cache.set("k", "v")
    assert cache.get("k") == "v"
    redis_caches.stop()
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        assert cache.get("k") is None  # a miss, not an error
        assert cache.get("k", "fallback") == "fallback"
        monkeypatch.setattr(portal_cache, "RETRY_SECONDS", 0.0)
        restarted = type(redis_caches).__new__(type(redis_caches))
        restarted.__dict__.update(redis_caches.__dict__)
        import subprocess

        restarted.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(redis_caches.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        restarted.wait(up=True)
        portal_cache._outages[redis_caches.url].down_until = 0.0
        cache.set("k", "again")
        assert cache.get("k") == "again"
        restarted.stop()
    messages = [r.getMessage() for r in caplog.records]
    assert any("unreachable" in m for m in messages)
    assert any("reachable again" in m for m in messages)
