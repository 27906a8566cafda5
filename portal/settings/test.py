"""Settings for the test suite: fast and isolated, otherwise like production."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-static-"))

REPORTS_HMAC_KEY = "test-hmac-key-not-secret"  # noqa: S105
REPORTS_ENCRYPTION_KEYS = ["h0OM5Ycq3Ccrcqr0EJ7mGhmqmE9SlvHq2j4ZD1ByXg4="]
REPORTS_FILE_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-reports-"))
if REPORTS_STORAGE == "filesystem":  # noqa: F405
    STORAGES["reports"]["OPTIONS"]["location"] = REPORTS_FILE_ROOT  # noqa: F405
REPORTS_MIN_FILL_SECONDS = 0

# Tasks run at once, in-process, so tests see their effects (notifications
# are sent after the test's transaction "commits"). The real database worker
# is exercised by the browser tests' server (tests/browser/conftest.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "worker": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

# Pages are rendered afresh in tests (query budgets measure rendering); the
# page cache has tests of its own that turn it on (tests/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
