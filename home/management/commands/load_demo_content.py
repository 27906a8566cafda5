"""Load the demo site: pages in Thai, Malay and English, hotlines, settings.

The report form and tracking page, and everything of the case queue, come
from reports' ``load_demo_reports`` (reports builds on home, not the
reverse).

Idempotent: anything that already exists (found by its Thai slug under its
parent, or by its number for hotlines) is left exactly as it is, so running
the command twice changes nothing and never overwrites an editor's work.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Site

from home import demo_data
from home.demo import LANGUAGES, child_page, page_fields, translated
from home.models import (
    HelpType,
    HomePage,
    HomePageFeaturedService,
    Hotline,
    InformationPage,
    NewsIndexPage,
    NewsPage,
    PortalSettings,
    Province,
    ServiceIndexPage,
    ServicePage,
    SpokenLanguage,
)
from home.tree import translated_root


class Command(BaseCommand):
    help = "Create the demo site's pages, hotlines and settings where missing."

    def handle(self, *args, **options):
        self.created = 0
        with translation.override("th"), transaction.atomic():
            home = self.home_page()
            self.settings_and_hotlines(home)
            info_index = self.child(
                home,
                InformationPage,
                page_fields(
                    demo_data.INFORMATION_INDEX,
                    text_fields=["intro"],
                    stream_fields=["body"],
                ),
                show_in_menus=True,
            )
            for data in demo_data.INFORMATION_PAGES:
                self.child(
                    info_index,
                    InformationPage,
                    page_fields(data, text_fields=["intro"], stream_fields=["body"]),
                )
            directory = self.child(
                home,
                ServiceIndexPage,
                page_fields(demo_data.SERVICE_INDEX, text_fields=["intro"]),
                show_in_menus=True,
            )
            services = [self.service(directory, data) for data in demo_data.SERVICES]
            news_index = self.child(
                home,
                NewsIndexPage,
                page_fields(demo_data.NEWS_INDEX, text_fields=["intro"]),
                show_in_menus=True,
            )
            for data in demo_data.NEWS:
                fields = page_fields(data, text_fields=["lead"], stream_fields=["body"])
                self.child(news_index, NewsPage, fields | {"date": data["date"]})
            if not home.featured_services.exists():
                for order, service in enumerate(services[:4]):
                    HomePageFeaturedService.objects.create(
                        page=home, service=service, sort_order=order
                    )
        # Translated url paths of every page, then the search index.
        call_command("set_translation_url_paths", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({self.created} pages created).")
        )

    # --- pieces ---------------------------------------------------------

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = translated_root()
        # Wagtail's placeholder "Welcome" page makes way for the real home.
        for placeholder in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            if not placeholder.get_children().exists():
                placeholder.delete()
        root.refresh_from_db()
        data = demo_data.HOME
        fields = {
            "title": data["title"]["th"],
            "slug": "home",
            "slug_th": "home",
            "slug_ms": "home",
            "slug_en": "home",
            **translated("title", data["title"]),
            **translated("intro", data["intro"]),
            **translated("report_heading", data["report_heading"]),
            **translated("report_text", data["report_text"]),
            **translated("search_description", data["search_description"]),
        }
        home = root.add_child(instance=HomePage(**fields))
        home.save_revision().publish()
        self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            site.root_page = home
            site.site_name = data["title"]["th"]
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=data["title"]["th"],
            )
        return home

    def child(self, parent, model, fields, **extra):
        page, created = child_page(parent, model, fields, **extra)
        self.created += created
        return page

    def service(self, directory, data):
        fields = page_fields(
            data,
            text_fields=["address", "cost", "eligibility", "confidentiality"],
        )
        # Every demo service says it is sample data, in each language.
        fields |= {
            f"intro_{code}": f"{data['summary'][code]} {demo_data.SAMPLE_NOTE[code]}"
            for code in LANGUAGES
        }
        fields |= translated("opening_hours", data["hours"])
        fields["email"] = data.get("email", "")
        fields["phones"] = [
            {"type": "phone", "value": {"kind": kind, "number": number}}
            for kind, number in data["phones"]
        ]
        existing = (
            ServicePage.objects.child_of(directory)
            .filter(slug_th=fields["slug_th"])
            .first()
        )
        if existing:
            return existing
        page = ServicePage(**fields)
        page.help_types.set(HelpType.objects.filter(code__in=data["help_types"]))
        page.provinces.set(Province.objects.filter(code__in=data["provinces"]))
        page.languages.set(SpokenLanguage.objects.filter(code__in=data["languages"]))
        directory.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def settings_and_hotlines(self, home):
        for order, data in enumerate(demo_data.HOTLINES):
            if not Hotline.objects.filter(number=data["number"]).exists():
                Hotline.objects.create(
                    number=data["number"],
                    name=data["name"]["th"],
                    sort_order=order,
                    **translated("name", data["name"]),
                    **translated("hours", data["hours"]),
                    **translated("purpose", data["purpose"]),
                )
        site = Site.objects.get(root_page=home)
        portal = PortalSettings.for_site(site)
        if not portal.footer_text_th:
            footer = demo_data.FOOTER
            for name, value in (
                translated("footer_text", footer["text"])
                | translated("contact_address", footer["contact_address"])
            ).items():
                setattr(portal, name, value)
            portal.footer_text = footer["text"]["th"]
            portal.contact_address = footer["contact_address"]["th"]
            portal.contact_phone = footer["contact_phone"]
            portal.contact_email = footer["contact_email"]
            portal.save()
