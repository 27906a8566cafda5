"""Load the complaint side of the demo site (after home's load_demo_content):
the report form and tracking pages, sample agencies, demo staff who can try
the case queue, and a few clearly fake cases in several states.

Demo staff get random passwords and a second factor already set up: their
passwords, one-time backup codes (to type at the second sign-in step) and the
demo cases' tracking codes are printed once and kept in var/demo-staff.txt
(ignored by git, readable by the owner only). Idempotent: what exists is
left alone.
"""

import io
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image, ImageDraw

from home.demo import child_page, page_fields
from home.models import HomePage, Province
from reports import demo_data, services
from reports.attachments import clean_attachment
from reports.models import Agency, Report, ReportFormPage, StaffScope, TrackingPage
from reports.views.second_factor import new_backup_codes

NOTE_FILE = "demo-staff.txt"


class Command(BaseCommand):
    help = "Create the demo report pages, agencies, staff and cases where missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even with DEBUG off (a demonstration or test server).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "This makes staff accounts with known passwords and fake cases: "
                "it runs in development only (or with --force on a server that "
                "is only a demonstration)."
            )
        lines = []
        with translation.override("th"), transaction.atomic():
            home = HomePage.objects.first()
            if home is None:
                self.stderr.write("Run load_demo_content first.")
                return
            child_page(
                home,
                ReportFormPage,
                page_fields(demo_data.REPORT_FORM, text_fields=["intro", "advice"]),
            )
            child_page(
                home,
                TrackingPage,
                page_fields(demo_data.TRACKING, text_fields=["intro"]),
            )
            agencies = self.agencies()
            lines += self.staff()
            lines += self.cases(agencies)
        call_command("set_translation_url_paths", verbosity=0)
        call_command("update_index", verbosity=0, stdout=io.StringIO())
        note = settings.VAR_DIR / NOTE_FILE
        if lines:
            settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
            with note.open("a") as file:
                file.write("\n".join(lines) + "\n")
            note.chmod(0o600)
            self.stdout.write("\n".join(lines))
        elif note.exists():
            self.stdout.write(f"Demo staff and cases exist (see {note}).")
        self.stdout.write(self.style.SUCCESS("Demo reports ready."))

    def agencies(self):
        agencies = []
        for data in demo_data.AGENCIES:
            agency, created = Agency.objects.get_or_create(
                name=data["name"],
                defaults={
                    "kind": data["kind"],
                    "phone": data["phone"],
                    "is_sample": True,
                },
            )
            if created:
                agency.provinces.set(
                    Province.objects.filter(code__in=data["provinces"])
                )
            agencies.append(agency)
        return agencies

    def staff(self):
        users = get_user_model().objects
        lines = []
        for data in demo_data.STAFF:
            if users.filter(username=data["username"]).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = users.create_user(
                data["username"],
                email=f"{data['username']}@example.org",
                password=password,
                first_name=data["first_name"],
                last_name=data["last_name"],
            )
            user.groups.add(Group.objects.get(name=data["group"]))
            if data["provinces"]:
                scope = StaffScope.objects.create(user=user)
                scope.provinces.set(Province.objects.filter(code__in=data["provinces"]))
            lines += [f"{data['username']} ({data['role']})", f"  password: {password}"]
            if data["group"] != "Editors":
                lines += self.second_factor(user)
        admin = users.filter(is_superuser=True, username="admin").first()
        if admin and not TOTPDevice.objects.filter(user=admin).exists():
            lines += ["admin (superuser; password in admin-password.txt)"]
            lines += self.second_factor(admin)
        return lines

    def second_factor(self, user):
        device = TOTPDevice.objects.create(user=user, name="demo", confirmed=True)
        codes = new_backup_codes(user)
        return [
            "  second sign-in step: type one of these backup codes (each works once):",
            "    " + " ".join(codes),
            f"  or add this to an authenticator app: {device.config_url}",
        ]

    def cases(self, agencies):
        if Report.objects.filter(submission_key__in=self.demo_keys()).exists():
            return []
        users = get_user_model().objects
        manager = users.filter(groups__name="Case managers").first()
        worker = users.filter(groups__name="Case workers").first()
        lines = ["", "Demo cases (made up) and their tracking codes:"]
        for data in demo_data.CASES:
            files = [self.photo()] if data["photo"] else []
            submission = services.report_submit(
                category=data["category"],
                affected=data["affected"],
                relation=data["relation"],
                province=Province.objects.get(code=data["province"]),
                district=data["district"],
                when=data["when"],
                description=data["description"],
                in_danger=data["in_danger"],
                contact=data["contact"],
                files=files,
                token_nonce=data["key"],
                language=data["language"],
            )
            case = submission.report
            for step, values in data["steps"]:
                case = self.step(case, step, values, manager, worker, agencies)
            lines.append(f"  {case.reference}: {submission.code}")
        return lines

    def demo_keys(self):
        return [services.submission_key(data["key"]) for data in demo_data.CASES]

    def step(self, case, step, values, manager, worker, agencies):
        case = Report.objects.get(pk=case.pk)
        if step == "assign":
            services.case_assign(case=case, user=manager, assignee=worker)
        elif step == "triage":
            services.case_triage(
                case=case, user=worker, urgent=values["urgent"], category=case.category
            )
        elif step == "refer":
            services.case_refer(
                case=case, user=worker, agency=agencies[values["agency"]]
            )
        elif step == "referral":
            services.referral_outcome(
                referral=case.referrals.last(), user=worker, outcome=values["outcome"]
            )
        elif step == "note":
            services.case_note(case=case, user=worker, body=values["body"])
        elif step == "message":
            services.case_message(
                case=case, user=worker, body=values["body"], question=values["question"]
            )
        elif step == "reply":
            services.complainant_reply(
                report=case, body=values["body"], files=[], token_nonce=f"{case.pk}-r"
            )
        elif step == "close":
            services.state_change(
                case=case, user=worker, state="closed", outcome=values["outcome"]
            )
        return case

    def photo(self):
        """A made-up picture that says it is one."""
        image = Image.new("RGB", (480, 320), "#d9e6f2")
        draw = ImageDraw.Draw(image)
        draw.rectangle((20, 20, 460, 300), outline="#1d4e89", width=6)
        draw.text((40, 140), "DEMO / SAMPLE PHOTO", fill="#1d4e89")
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG")
        buffer.seek(0)
        buffer.name = "demo-photo.jpg"
        return clean_attachment(buffer)
