from modeltranslation.translator import TranslationOptions, register

from .models import ReportFormPage, TrackingPage


@register(ReportFormPage)
class ReportFormPageTR(TranslationOptions):
    fields = ("intro", "advice")


@register(TrackingPage)
class TrackingPageTR(TranslationOptions):
    fields = ("intro",)
