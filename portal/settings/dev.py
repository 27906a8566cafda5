"""Local development: the newcomer's `make run`. Relaxes base, nothing more."""

import secrets

from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .base import DATABASES, INSTALLED_APPS, VAR_DIR, env, env_list, make_sqlite_private

DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Local state (database, keys, attachments) is readable by its owner only
# (base.py makes the database file itself private).
VAR_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
VAR_DIR.chmod(0o700)
make_sqlite_private(DATABASES)

# Static files through WhiteNoise, as in production, instead of runserver's
# handler (which answers 500 to /static/../x).
INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",
    *INSTALLED_APPS,
]


def _local_secret(name: str, *, fernet: bool = False) -> str:
    """Read a secret from var/, creating it (readable by us only) on first run."""
    path = VAR_DIR / name
    if not path.exists():
        value = Fernet.generate_key().decode() if fernet else secrets.token_urlsafe(50)
        path.touch(mode=0o600)
        path.write_text(value)
    return path.read_text().strip()


SECRET_KEY = env("DJANGO_SECRET_KEY") or _local_secret("dev-secret-key")
REPORTS_HMAC_KEY = env("REPORTS_HMAC_KEY") or _local_secret("dev-reports-hmac-key")
REPORTS_ENCRYPTION_KEYS = env_list("REPORTS_ENCRYPTION_KEYS") or [
    _local_secret("dev-reports-encryption-key", fernet=True)
]

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
