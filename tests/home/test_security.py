"""Public pages load nothing from elsewhere and leave no lasting cookie."""

import re

import pytest
from django.conf import settings

from tests.conftest import url_in


@pytest.mark.parametrize("key", ["home", "info", "service", "news"])
def test_public_pages_have_a_strict_csp_and_no_inline_code(client, tree, key):
    response = client.get(url_in(tree[key], "th"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    html = response.content.decode()
    # Every script has a src, there is no <style>, no style="" and no on*="".
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert "<style" not in html
    assert re.findall(r"\sstyle=", html) == []
    assert re.findall(r"\son[a-z]+=", html) == []
    # Nothing is fetched from another origin.
    for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
        assert url.startswith("http://testserver/") or "data-quick-exit" in html


def test_only_the_quick_exit_links_elsewhere(client, tree):
    html = client.get(url_in(tree["home"], "th")).content.decode()
    external_src = re.findall(r'src="(https?://[^"]+)"', html)
    assert external_src == []
    stylesheet_or_script = re.findall(
        r'<(?:link|script)[^>]+(?:href|src)="([^"]+)"', html
    )
    assert all(
        url.startswith("/static/") or url.startswith("http://testserver/")
        for url in stylesheet_or_script
    )


def test_headers(client, tree):
    response = client.get(url_in(tree["home"], "th"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "geolocation=()" in response["Permissions-Policy"]


def test_cookies_die_with_the_browser():
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.CSRF_COOKIE_AGE is None
    assert settings.LANGUAGE_COOKIE_AGE is None


def test_public_pages_set_no_cookie(client, tree):
    response = client.get(url_in(tree["service"], "ms"))
    assert response.cookies == {}


def test_the_admin_calls_no_other_host():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_base_settings_are_safe_for_production():
    from portal.settings import base

    assert base.DEBUG is False
    assert base.SESSION_COOKIE_SECURE and base.CSRF_COOKIE_SECURE
    assert base.SECURE_SSL_REDIRECT is True
    assert base.SECURE_HSTS_SECONDS > 0
