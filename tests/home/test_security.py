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


@pytest.mark.parametrize("key", ["home", "info", "service", "news"])
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_public_pages_refuse_methods_that_would_change_them(client, tree, key, method):
    response = getattr(client, method)(url_in(tree[key], "en"))
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_form_pages_refuse_methods_other_than_post(
    client, report_page, tracking_page, method
):
    for page in (report_page, tracking_page):
        response = getattr(client, method)(url_in(page, "th"))
        assert response.status_code == 405
        assert "PUT" not in response["Allow"] and "POST" in response["Allow"]


def test_options_does_not_offer_what_is_refused(client, tree, report_page):
    home = client.options(url_in(tree["home"], "en"))
    assert home.status_code == 200
    assert set(home["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    form = client.options(url_in(report_page, "en"))
    assert set(form["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}


@pytest.mark.parametrize("path", ["/th/search/?q=x", "/sitemap.xml", "/robots.txt"])
def test_other_public_views_are_read_only(client, tree, path):
    assert client.delete(path).status_code == 405
    assert client.put(path).status_code == 405


def test_every_response_keeps_its_resources_to_this_origin(client, tree, report_page):
    for url in [url_in(tree["home"], "th"), url_in(report_page, "ms"), "/nowhere/"]:
        assert client.get(url)["Cross-Origin-Resource-Policy"] == "same-origin"


def test_complaint_pages_ask_not_to_be_archived(client, report_page, tracking_page):
    for page in (report_page, tracking_page):
        tag = client.get(url_in(page, "en"))["X-Robots-Tag"]
        assert "noindex" in tag and "noarchive" in tag


def test_hsts_covers_subdomains_by_default_and_preload_is_opt_in():
    from portal.settings import base

    assert base.SECURE_HSTS_INCLUDE_SUBDOMAINS is True
    assert base.SECURE_HSTS_PRELOAD is False
    assert "security.W021" in base.SILENCED_SYSTEM_CHECKS
