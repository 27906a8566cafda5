"""Encrypted attachment files, stored under random names.

They live in the ``reports`` storage (STORAGES in settings): a folder outside
MEDIA_ROOT by default, S3-compatible storage where one server is not enough.
No URL serves them; staff download through a permission-checked admin view.

``PrivateFileStorage`` writes a file whole or not at all: into a hidden
partial file first, synced, then linked under its name, so a full disk or a
killed process never leaves a truncated file under a name a row could point
to. Its times are set to the hour (the timestamp policy). Partial files and
files no row refers to are removed by ``manage.py sweep_reports``.
"""

import contextlib
import errno
import logging
import os
import secrets
import tempfile

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages

from . import crypto
from .clock import coarse_now

PARTIAL_PREFIX = ".partial-"
logger = logging.getLogger(__name__)


class PrivateFileStorage(FileSystemStorage):
    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=directory, prefix=PARTIAL_PREFIX)
        try:
            with os.fdopen(fd, "wb") as file:
                for chunk in content.chunks():
                    file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(partial, self.file_permissions_mode or 0o600)
            hour = coarse_now().timestamp()
            os.utime(partial, (hour, hour))
            try:
                os.link(partial, full_path)  # never replaces an existing file
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV):
                    raise
                os.rename(partial, full_path)  # no hard links here; names are random
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(partial)
        with contextlib.suppress(OSError):
            os.utime(directory, (hour, hour))
        _sync_directory(directory)  # the new name survives a power cut
        return name


def _sync_directory(directory: str) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _storage():
    return storages["reports"]


def save(data: bytes) -> str:
    name = f"{secrets.token_hex(16)}.bin"
    return _storage().save(name, ContentFile(crypto.encrypt(data)))


def read(name: str) -> bytes:
    return crypto.decrypt(read_token(name))


def read_token(name: str) -> bytes:
    with _storage().open(name, "rb") as file:
        return file.read()


def save_token(token: bytes) -> str:
    """Store an already encrypted token under a new name (key rotation)."""
    return _storage().save(f"{secrets.token_hex(16)}.bin", ContentFile(token))


def delete(name: str) -> None:
    _storage().delete(name)


def delete_quietly(name: str) -> None:
    """Remove a file; a failure is logged (never the name) and left for
    ``manage.py sweep_reports``."""
    try:
        delete(name)
    except OSError as error:
        logger.warning("Attachment file not removed (%s)", type(error).__name__)


def names() -> list[str]:
    """Every file in the storage, partial ones included."""
    _directories, files = _storage().listdir("")
    return files


def modified(name: str):
    return _storage().get_modified_time(name)
