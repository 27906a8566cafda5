"""The report form and the tracking page: the complainant's side of the site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.models import FORM_METHODS, PAGE_FILTER_FIELDS, PrivatePage
from home.search import multilingual


class ReportFormPage(PrivatePage, Page):
    """The anonymous complaint form. Editors write its introduction and advice."""

    intro = models.TextField(_("introduction"), blank=True)
    advice = RichTextField(
        _("safety advice"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("advice")]
    search_fields = [*PAGE_FILTER_FIELDS, *multilingual("intro", "advice")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    allowed_http_methods = FORM_METHODS
    max_count = 1
    role = "report"
    template = "reports/report_form_page.html"

    class Meta:
        verbose_name = _("report form")

    def serve(self, request, *args, **kwargs):
        from ..views.public import report_form_view

        return report_form_view(request, self)


class TrackingPage(PrivatePage, Page):
    """Where a complainant enters their code to follow their case."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*PAGE_FILTER_FIELDS, *multilingual("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    allowed_http_methods = FORM_METHODS
    max_count = 1
    role = "track"
    template = "reports/tracking_page.html"

    class Meta:
        verbose_name = _("tracking page")

    def serve(self, request, *args, **kwargs):
        from ..views.public import tracking_view

        return tracking_view(request, self)
