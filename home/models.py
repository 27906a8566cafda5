"""Public content: page types, the reference lists a service is filed under,
hotlines and the site-wide settings editors control.

Translated fields (title, intro, body, ...) are registered in translation.py;
django-modeltranslation adds one column per language (``intro_th``,
``intro_ms``, ``intro_en``) and reads the active language, falling back to Thai.
"""

from http import HTTPMethod

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from . import layout
from .blocks import BodyBlock, PhoneBlock
from .search import multilingual
from .validators import phone_number_validator

# --- Reference lists ---------------------------------------------------------
# Fixed lists, created by data migrations, that services (and later reports)
# are filed under. Their names are translated like page content.


class ReferenceTerm(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name


class Province(ReferenceTerm):
    """One of the 14 southern provinces."""

    class Meta(ReferenceTerm.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")


class HelpType(ReferenceTerm):
    """A type of help a service gives: shelter, legal aid, health, ..."""

    class Meta(ReferenceTerm.Meta):
        verbose_name = _("type of help")
        verbose_name_plural = _("types of help")


class SpokenLanguage(ReferenceTerm):
    """A language staff of a service speak."""

    class Meta(ReferenceTerm.Meta):
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")


# --- Shared content --------------------------------------------------------


class Hotline(models.Model):
    """A crisis number shown on every page."""

    name = models.CharField(_("name"), max_length=100)
    number = models.CharField(
        _("number"), max_length=20, validators=[phone_number_validator]
    )
    hours = models.CharField(_("hours"), max_length=100, blank=True)
    purpose = models.CharField(_("what it is for"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("hours"),
        FieldPanel("purpose"),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("hotline")
        verbose_name_plural = _("hotlines")

    def __str__(self):
        return f"{self.number} {self.name}"

    @property
    def tel(self):
        return tel_uri(self.number)


def tel_uri(number: str) -> str:
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    DEFAULT_EXIT_URL = "https://www.google.com/search?q=weather"

    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default=DEFAULT_EXIT_URL,
        help_text=_(
            "A neutral site the quick exit button opens. Pick one that looks "
            "ordinary on a shared phone."
        ),
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=20,
        blank=True,
        validators=[phone_number_validator],
    )
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [
        FieldPanel("quick_exit_url"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")

    @property
    def contact_tel(self):
        return tel_uri(self.contact_phone)


# --- Pages -----------------------------------------------------------------


# Public pages are only read: PUT, PATCH and DELETE answer 405, and OPTIONS
# does not offer them (Wagtail's default allows every method).
READ_ONLY_METHODS = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]
FORM_METHODS = [*READ_ONLY_METHODS, HTTPMethod.POST]


class PrivatePage:
    """A page a visitor uses privately (the report form, the tracking page):
    never cached, kept out of the sitemap, and disallowed in robots.txt. Its
    ``role`` names it for the menu and the home page ("report", "track").

    Page types of other apps mix this in, so that this app finds them
    without importing those apps (reports depends on home, not the reverse).
    """

    role = ""


def private_page_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if issubclass(model, PrivatePage)]


# Page's filter fields, without its single-language title: search.py indexes
# every language of the title and text instead.
PAGE_FILTER_FIELDS = [
    field for field in Page.search_fields if not isinstance(field, index.SearchField)
]


class BasePage(Page):
    """Fields and behaviour every public page shares."""

    intro = models.TextField(_("introduction"), blank=True)

    search_fields = [*PAGE_FILTER_FIELDS, *multilingual("intro")]
    allowed_http_methods = READ_ONLY_METHODS

    class Meta:
        abstract = True


class HomePage(BasePage):
    report_heading = models.CharField(_("report heading"), max_length=120, blank=True)
    report_text = models.TextField(_("report text"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("report_heading"), FieldPanel("report_text")],
            heading=_("Report a problem safely"),
        ),
        InlinePanel("featured_services", label=_("Featured services"), max_num=6),
    ]

    search_fields = [
        *PAGE_FILTER_FIELDS,
        *multilingual("intro", "report_heading", "report_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.InformationPage",
        "home.ServiceIndexPage",
        "home.NewsIndexPage",
        "reports.ReportFormPage",
        "reports.TrackingPage",
    ]
    max_count = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.featured_services.select_related("service").prefetch_related(
            "service__help_types", "service__provinces"
        )
        context["featured_services"] = [
            item.service for item in featured if item.service.live
        ]
        context["service_directory"] = (
            ServiceIndexPage.objects.child_of(self).live().first()
        )
        context["report_form"], context["tracking_page"] = layout.report_pages(self)
        context["latest_news"] = (
            NewsPage.objects.live().public().order_by("-date", "-pk")[:3]
        )
        return context


class HomePageFeaturedService(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_services"
    )
    service = models.ForeignKey(
        "home.ServicePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("service"),
    )

    panels = [FieldPanel("service")]


class InformationPage(BasePage):
    """Rights and guidance: CRC, CEDAW, UNSCR 1325, how to get help."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*PAGE_FILTER_FIELDS, *multilingual("intro", "body")]

    parent_page_types = ["home.HomePage", "home.InformationPage"]
    subpage_types = ["home.InformationPage"]
    template = "pages/information_page.html"

    class Meta:
        verbose_name = _("information page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.get_children().live().public()
        return context


class ServiceIndexPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ServicePage"]
    max_count_per_parent = 1
    template = "pages/service_index_page.html"

    class Meta:
        verbose_name = _("service directory")

    def get_context(self, request, *args, **kwargs):
        from .forms import ServiceFilterForm

        context = super().get_context(request, *args, **kwargs)
        services = ServicePage.objects.live().public().child_of(self)
        form = ServiceFilterForm(request.GET or None)
        if form.is_valid():
            services = form.filter(services)
        context["filter_form"] = form
        context["filtered"] = form.is_bound and form.is_valid() and form.has_filters
        context["services"] = list(
            services.prefetch_related("provinces", "help_types").order_by("title")
        )
        return context


class ServicePage(BasePage):
    """A place or line that helps: structured so people can filter and call."""

    help_types = ParentalManyToManyField(
        HelpType, related_name="services", verbose_name=_("types of help")
    )
    provinces = ParentalManyToManyField(
        Province, related_name="services", verbose_name=_("provinces served")
    )
    languages = ParentalManyToManyField(
        SpokenLanguage,
        related_name="services",
        blank=True,
        verbose_name=_("languages spoken"),
    )
    address = models.TextField(_("address"), blank=True)
    phones = StreamField(
        [("phone", PhoneBlock())], blank=True, verbose_name=_("phone numbers")
    )
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    cost = models.CharField(_("cost"), max_length=200, blank=True)
    eligibility = models.TextField(_("who can use it"), blank=True)
    confidentiality = models.TextField(_("confidentiality"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("help_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Filed under"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phones"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
            ],
            heading=_("How to reach it"),
        ),
        FieldPanel("cost"),
        FieldPanel("eligibility"),
        FieldPanel("confidentiality"),
    ]
    search_fields = [
        *PAGE_FILTER_FIELDS,
        *multilingual(
            "intro",
            "address",
            "opening_hours",
            "cost",
            "eligibility",
            "confidentiality",
            "filed_under",
        ),
    ]

    parent_page_types = ["home.ServiceIndexPage"]
    subpage_types = []
    template = "pages/service_page.html"

    class Meta:
        verbose_name = _("service")

    def filed_under(self):
        """Names of its provinces, types of help and languages, for search."""
        terms = [*self.provinces.all(), *self.help_types.all(), *self.languages.all()]
        return (
            " ".join(
                getattr(term, f"name_{code}") or ""
                for term in terms
                for code in ("th", "ms", "en")
            )
            + " "
            + " ".join(number for _label, number, _tel in self.phone_numbers)
        )

    @property
    def phone_numbers(self):
        """(label, number, tel: link) for each number, labels translated."""
        kinds = dict(PhoneBlock.KIND_CHOICES)
        return [
            (
                kinds.get(block.value["kind"], ""),
                block.value["number"],
                tel_uri(block.value["number"]),
            )
            for block in self.phones
        ]


class NewsIndexPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1
    template = "pages/news_index_page.html"
    per_page = 10

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")
        context["news_page"] = Paginator(news, self.per_page).get_page(
            request.GET.get("page")
        )
        return context


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *PAGE_FILTER_FIELDS,
        *multilingual("lead", "body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    allowed_http_methods = READ_ONLY_METHODS
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("news item")
