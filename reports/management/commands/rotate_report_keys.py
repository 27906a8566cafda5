"""Re-encrypt every report field and file under the newest key.

Rotation: generate a key (``python -c "from cryptography.fernet import
Fernet; print(Fernet.generate_key().decode())"``), put it FIRST in
REPORTS_ENCRYPTION_KEYS, keep the old keys after it, restart, run this
command, then remove the old keys and restart again.
"""

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction

from reports import crypto, storage
from reports.models import Attachment, Message, Report

ENCRYPTED_FIELDS = {
    Report: ["district", "description", "contact"],
    Message: ["body"],
    Attachment: ["original_name"],
}


class Command(BaseCommand):
    help = "Re-encrypt report content and attachment files under the first key."

    def handle(self, *args, **options):
        rows = 0
        for model, fields in ENCRYPTED_FIELDS.items():
            for pk in model.objects.values_list("pk", flat=True).iterator():
                with transaction.atomic():
                    obj = model.objects.select_for_update().get(pk=pk)
                    obj.save(update_fields=fields)  # decrypted on read, encrypted anew
                rows += 1
        files = 0
        reports_storage = storage._storage()
        for name in Attachment.objects.values_list("stored_name", flat=True).iterator():
            with reports_storage.open(name, "rb") as file:
                token = file.read()
            reports_storage.delete(name)
            reports_storage.save(name, ContentFile(crypto.rotate(token)))
            files += 1
        self.stdout.write(f"Re-encrypted {rows} row(s) and {files} file(s).")
