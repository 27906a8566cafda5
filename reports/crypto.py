"""Encryption at rest for report content (Fernet, so keys can rotate).

``REPORTS_ENCRYPTION_KEYS`` lists Fernet keys; the first encrypts, every key
decrypts. To rotate: put a new key first, keep the old ones, run
``python manage.py rotate_report_keys``, then drop the old keys.
"""

import json
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@lru_cache(maxsize=1)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("REPORTS_ENCRYPTION_KEYS is not set.")
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.REPORTS_ENCRYPTION_KEYS))


def encrypt(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt(token: bytes) -> bytes:
    return fernet().decrypt(token)


def rotate(token: bytes) -> bytes:
    """Re-encrypt under the first (newest) key."""
    return fernet().rotate(token)


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; Python code sees plain text.

    Never filter or order on it: every encryption of the same text differs.
    """

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return decrypt(value.encode("ascii")).decode("utf-8")

    def get_prep_value(self, value):
        if value is None:
            return value
        return encrypt(str(value).encode("utf-8")).decode("ascii")


class EncryptedJSONField(EncryptedTextField):
    """A JSON value (dict or list) stored encrypted."""

    def from_db_value(self, value, expression, connection):
        text = super().from_db_value(value, expression, connection)
        return None if text is None else json.loads(text)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value)
        return value

    def get_prep_value(self, value):
        if value is None:
            return None
        return super().get_prep_value(json.dumps(value, ensure_ascii=False))
