"""Create a first admin account for a newcomer, once, with a random password.

The password is printed once and kept in var/admin-password.txt (ignored by
git, readable by the owner only). With any superuser present it does nothing.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create an 'admin' superuser with a random password if none exists."

    def handle(self, *args, **options):
        user_model = get_user_model()
        password_file = settings.VAR_DIR / "admin-password.txt"
        if user_model.objects.filter(is_superuser=True).exists():
            where = f" (password in {password_file})" if password_file.exists() else ""
            self.stdout.write(f"An admin account already exists{where}.")
            return
        password = secrets.token_urlsafe(16)
        user_model.objects.create_superuser(
            username="admin", email="", password=password
        )
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        password_file.write_text(f"username: admin\npassword: {password}\n")
        password_file.chmod(0o600)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account. username: admin  password: {password}\n"
                f"(kept in {password_file}; change it after logging in)"
            )
        )
