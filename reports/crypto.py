"""Encryption at rest for report content, in a format that carries no time.

Fernet, used before, writes the second it encrypted into every token in
readable form: whoever held the database and a network log could match a
report to a connection. Tokens are now AES-256-GCM::

    version byte 0x01 | 12-byte random nonce | ciphertext and 16-byte tag

stored as bytes in files and as unpadded URL-safe base64 in text columns.
Nothing in a token says when, or under which key, it was made.

``REPORTS_ENCRYPTION_KEYS`` still lists Fernet-style keys (32 random bytes,
URL-safe base64): the first encrypts, every key decrypts, so keys rotate. The
AES key is derived from each with HKDF, so the same environment works for
both formats. Fernet tokens written before are still read, and
``manage.py rotate_report_keys`` rewrites them in the new format.

``seal``/``unseal`` encrypt under a key given by the caller (the receipt kept
for a resent form, the tracking cookie); they share the format.
"""

import base64
import binascii
import json
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

VERSION = b"\x01"
NONCE_BYTES = 12
FERNET_PREFIX = b"gAAAAA"  # base64 of Fernet's version byte 0x80 and a time


class DecryptionError(ValueError):
    """No configured key opens this token (wrong key, or damaged data)."""


def _derive(key_material: bytes, purpose: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"portal:" + purpose
    ).derive(key_material)


@lru_cache(maxsize=4)
def _keys(keys: tuple[str, ...]) -> tuple[list[AESGCM], MultiFernet | None]:
    if not keys:
        raise ImproperlyConfigured("REPORTS_ENCRYPTION_KEYS is not set.")
    aead = [
        AESGCM(_derive(base64.urlsafe_b64decode(key), b"reports-aes-gcm"))
        for key in keys
    ]
    return aead, MultiFernet([Fernet(key) for key in keys])


def _configured():
    return _keys(tuple(settings.REPORTS_ENCRYPTION_KEYS))


def _encrypt_with(aead: AESGCM, data: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return VERSION + nonce + aead.encrypt(nonce, data, None)


def _decrypt_with(aeads, token: bytes) -> bytes:
    if token[:1] != VERSION or len(token) < 1 + NONCE_BYTES + 16:
        raise DecryptionError("not a token")
    nonce, body = token[1 : 1 + NONCE_BYTES], token[1 + NONCE_BYTES :]
    for aead in aeads:
        try:
            return aead.decrypt(nonce, body, None)
        except InvalidTag:
            continue
    raise DecryptionError("no key opens this token")


def encrypt(data: bytes) -> bytes:
    """Bytes -> token bytes, under the first (newest) key."""
    aeads, _fernet = _configured()
    return _encrypt_with(aeads[0], data)


def decrypt(token: bytes) -> bytes:
    """Token bytes (this format, or a Fernet token from before) -> bytes."""
    aeads, fernet = _configured()
    if token.startswith(FERNET_PREFIX):
        try:
            return fernet.decrypt(token)
        except InvalidToken:
            raise DecryptionError("no key opens this Fernet token") from None
    return _decrypt_with(aeads, token)


def rotate(token: bytes) -> bytes:
    """Re-encrypt under the newest key, in the current format."""
    return encrypt(decrypt(token))


def is_current(token: bytes) -> bool:
    """True when ``token`` is in the current format under the newest key."""
    aeads, _fernet = _configured()
    try:
        _decrypt_with(aeads[:1], token)
    except DecryptionError:
        return False
    return True


def to_text(token: bytes) -> str:
    return base64.urlsafe_b64encode(token).rstrip(b"=").decode("ascii")


def from_text(text: str) -> bytes:
    if text.startswith(FERNET_PREFIX.decode()):
        return text.encode("ascii")  # Fernet tokens are already base64 text
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise DecryptionError("not a token") from None


def encrypt_text(value: str) -> str:
    return to_text(encrypt(value.encode("utf-8")))


def decrypt_text(text: str) -> str:
    return decrypt(from_text(text)).decode("utf-8")


# Sealing under a caller's key ---------------------------------------------


def purpose_key(purpose: str, secret: str = "") -> bytes:
    """A key for one purpose, derived from REPORTS_HMAC_KEY and ``secret``.

    With ``secret`` the key exists only while someone holds that secret: the
    receipt of a resent form is sealed under the form's random nonce, which
    only the complainant's browser has.
    """
    material = f"{settings.REPORTS_HMAC_KEY}\x00{secret}".encode()
    return _derive(material, purpose.encode())


def seal(data: dict, *, key: bytes) -> str:
    token = _encrypt_with(AESGCM(key), json.dumps(data).encode("utf-8"))
    return to_text(token)


def unseal(text: str, *, key: bytes) -> dict:
    """Raises DecryptionError when the key is wrong or the text was altered."""
    try:
        data = _decrypt_with([AESGCM(key)], from_text(text))
        return json.loads(data)
    except (DecryptionError, ValueError, UnicodeDecodeError):
        raise DecryptionError("cannot unseal") from None


# Model fields ---------------------------------------------------------------


class EncryptedTextField(models.TextField):
    """Text stored as a token; Python code sees plain text.

    Never filter or order on it: every encryption of the same text differs.
    """

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return decrypt_text(value)

    def get_prep_value(self, value):
        if value is None:
            return value
        return encrypt_text(str(value))


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
