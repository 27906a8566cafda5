"""Remove a member of staff's authenticator app and backup codes (a lost
phone): they set a new one up at their next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove a user's second factor so they set it up again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        for model in (TOTPDevice, StaticDevice):
            model.objects.filter(user=user).delete()
        self.stdout.write(f"{username} will set up a second factor at next sign-in.")
