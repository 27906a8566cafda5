"""Encrypted attachment files, stored under random names.

They live in the ``reports`` storage (STORAGES in settings): a folder outside
MEDIA_ROOT by default, S3-compatible storage where one server is not enough.
No URL serves them; staff download through a permission-checked admin view.
"""

import secrets

from django.core.files.base import ContentFile
from django.core.files.storage import storages

from . import crypto


def _storage():
    return storages["reports"]


def save(data: bytes) -> str:
    name = f"{secrets.token_hex(16)}.bin"
    return _storage().save(name, ContentFile(crypto.encrypt(data)))


def read(name: str) -> bytes:
    with _storage().open(name, "rb") as file:
        return crypto.decrypt(file.read())


def delete(name: str) -> None:
    _storage().delete(name)
