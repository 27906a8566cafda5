"""Files go with their rows, once the deletion is committed.

Deleting a report (from the admin, a purge, a shell, a cascade) deletes its
Attachment rows; each row's encrypted file is removed after the transaction
commits, so a rollback never leaves a row without its file. A file whose
removal fails is left for ``manage.py sweep_reports``.
"""

import functools

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from . import storage
from .models import Attachment


@receiver(post_delete, sender=Attachment)
def attachment_deleted(sender, instance, **kwargs):
    transaction.on_commit(
        functools.partial(storage.delete_quietly, instance.stored_name), robust=True
    )
