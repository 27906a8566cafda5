"""Fields translated per language (django-modeltranslation).

Page's own title, slug, SEO title and search description are registered by
wagtail-modeltranslation itself. Each field below gets ``_th``, ``_ms`` and
``_en`` columns; an empty Malay or English value falls back to Thai.
"""

from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.Province)
@register(models.HelpType)
@register(models.SpokenLanguage)
class ReferenceTermTR(TranslationOptions):
    fields = ("name",)


@register(models.Hotline)
class HotlineTR(TranslationOptions):
    fields = ("name", "hours", "purpose")


@register(models.PortalSettings)
class PortalSettingsTR(TranslationOptions):
    fields = ("footer_text", "contact_address")


@register(models.HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "report_heading", "report_text")


@register(models.InformationPage)
class InformationPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(models.ServiceIndexPage)
@register(models.NewsIndexPage)
class IndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(models.ServicePage)
class ServicePageTR(TranslationOptions):
    fields = (
        "intro",
        "address",
        "opening_hours",
        "cost",
        "eligibility",
        "confidentiality",
    )


@register(models.NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("lead", "body")
