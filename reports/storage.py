"""Encrypted attachment files, stored under random names.

They live in the ``reports`` storage (STORAGES in settings): a folder outside
MEDIA_ROOT by default, S3-compatible storage where one server is not enough.
No URL serves them; staff download through a permission-checked admin view.

``PrivateFileStorage`` writes a file whole or not at all: into a hidden
partial file first, synced, then linked under its name, so a full disk or a
killed process never leaves a truncated file under a name a row could point
to. Its times are set to the hour (the timestamp policy). Partial files and
files no row refers to are removed by ``manage.py sweep_reports``.

``PrivateS3Storage`` keeps them in a private bucket instead, for several app
servers (REPORTS_STORAGE=s3). They are encrypted here before they leave the
app, so the bucket's operator holds only ciphertext. An object is stored
whole or not at all by S3 itself; its time is the bucket's, not ours.

Every failure of either storage reaches callers as ``StorageUnavailable``,
an ``OSError``: the form keeps the text and says nothing was saved.
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

try:  # only installed where object storage is used
    from botocore.exceptions import BotoCoreError, ClientError
    from storages.backends.s3 import S3Storage

    _REMOTE_ERRORS = (BotoCoreError, ClientError)
except ImportError:  # pragma: no cover
    S3Storage = None
    _REMOTE_ERRORS = ()


class StorageUnavailable(OSError):
    """The attachment storage did not answer or refused (disk full, bucket
    unreachable, permission denied)."""


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


if S3Storage is not None:

    class PrivateS3Storage(S3Storage):
        """A private bucket: no public ACL, no URLs, never overwrites, and
        gives up quickly when the object store is down (the person waiting
        is told at once, with their text kept)."""

        def get_default_settings(self):
            from botocore.config import Config

            return {
                **super().get_default_settings(),
                "default_acl": None,
                "querystring_auth": True,
                "file_overwrite": False,
                "client_config": Config(
                    connect_timeout=3,
                    read_timeout=20,
                    retries={"max_attempts": 2, "mode": "standard"},
                ),
            }

        def url(self, name, *args, **kwargs):
            raise NotImplementedError("Attachments are never served by URL.")


def _sync_directory(directory: str) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _storage():
    return storages["reports"]


@contextlib.contextmanager
def _answering():
    try:
        yield
    except StorageUnavailable:
        raise
    except FileNotFoundError:
        raise
    except (OSError, *_REMOTE_ERRORS) as error:
        raise StorageUnavailable(type(error).__name__) from error


def save(data: bytes) -> str:
    return save_token(crypto.encrypt(data))


def read(name: str) -> bytes:
    return crypto.decrypt(read_token(name))


def read_token(name: str) -> bytes:
    with _answering(), _storage().open(name, "rb") as file:
        return file.read()


def save_token(token: bytes) -> str:
    """Store an encrypted token under a new random name."""
    with _answering():
        return _storage().save(f"{secrets.token_hex(16)}.bin", ContentFile(token))


def delete(name: str) -> None:
    with _answering():
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
    with _answering():
        _directories, files = _storage().listdir("")
    return files


def modified(name: str):
    with _answering():
        return _storage().get_modified_time(name)
