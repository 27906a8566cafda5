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
STORAGES["reports"]["OPTIONS"]["location"] = REPORTS_FILE_ROOT  # noqa: F405
REPORTS_MIN_FILL_SECONDS = 0
