"""Production: base as it is, plus checks that refuse to start half-configured."""

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    CACHE_URL,
    REPORTS_ENCRYPTION_KEYS,
    REPORTS_HMAC_KEY,
    SECRET_KEY,
)

if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set in production.")
if not REPORTS_ENCRYPTION_KEYS:
    raise ImproperlyConfigured(
        "REPORTS_ENCRYPTION_KEYS must be set in production (Fernet keys)."
    )
if not REPORTS_HMAC_KEY or REPORTS_HMAC_KEY == SECRET_KEY:
    raise ImproperlyConfigured(
        "REPORTS_HMAC_KEY must be set in production, and differ from SECRET_KEY."
    )
if not CACHE_URL:
    # Per-process counters would let each app process accept its own share
    # of guesses and reports, and a publish would not clear the others' cache.
    raise ImproperlyConfigured(
        "REDIS_URL must be set in production: rate limits and the page cache "
        "must be shared by every app process."
    )
try:  # a malformed key must stop the start, not the first complaint
    [Fernet(key) for key in REPORTS_ENCRYPTION_KEYS]
except ValueError as error:
    raise ImproperlyConfigured(
        "REPORTS_ENCRYPTION_KEYS holds a key that is not a Fernet key."
    ) from error
