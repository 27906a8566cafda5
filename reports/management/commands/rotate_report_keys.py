"""Re-encrypt every report field and file under the newest key.

Rotation: generate a key (``python -c "from cryptography.fernet import
Fernet; print(Fernet.generate_key().decode())"``), put it FIRST in
REPORTS_ENCRYPTION_KEYS, keep the old keys after it, restart, run this
command, then remove the old keys and restart again.

It also rewrites anything still in the old Fernet format (which carries the
time of encryption) in the current one. Safe to interrupt and run again: a
file's new copy is stored under a new name and the row pointed at it before
the old copy is removed, after commit.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from reports import crypto, storage
from reports.models import Attachment


def encrypted_fields():
    """Every encrypted field of every installed model, by model.

    Read from the models, never listed by hand: a list by hand once left out
    the internal notes, which the documented rotation then made unreadable.
    """
    found = {}
    for model in apps.get_models():
        names = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, crypto.EncryptedTextField)
        ]
        if names:
            found[model] = names
    return found


class Command(BaseCommand):
    help = "Re-encrypt report content and attachment files under the first key."

    def handle(self, *args, **options):
        rows = missing = 0
        for model, fields in encrypted_fields().items():
            for pk in model.objects.values_list("pk", flat=True).iterator():
                with transaction.atomic():
                    obj = model.objects.select_for_update().filter(pk=pk).first()
                    if obj is None:
                        continue  # deleted meanwhile
                    obj.save(update_fields=fields)  # decrypted on read, encrypted anew
                rows += 1
        files = 0
        for pk, name in Attachment.objects.values_list("pk", "stored_name").iterator():
            try:
                token = storage.read_token(name)
            except FileNotFoundError:
                missing += 1
                self.stderr.write(f"Attachment #{pk}: its file is missing; skipped.")
                continue
            if crypto.is_current(token):
                continue  # done by an earlier, interrupted run
            new_name = storage.save_token(crypto.rotate(token))
            with transaction.atomic():
                Attachment.objects.filter(pk=pk).update(stored_name=new_name)
                transaction.on_commit(lambda old=name: storage.delete_quietly(old))
            files += 1
        self.stdout.write(f"Re-encrypted {rows} row(s) and {files} file(s).")
        if missing:
            raise CommandError(f"{missing} attachment file(s) missing (see above).")
