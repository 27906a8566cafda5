from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from . import layout
from .images import strip_metadata


class CleanImageForm(BaseImageForm):
    """Wagtail's image form, re-encoding uploads so no EXIF/GPS is published.

    A photo taken at a shelter carries the shelter's position; Wagtail keeps
    the original file and copies EXIF into renditions, so it is cleaned here,
    before anything is stored.
    """

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            return strip_metadata(file)
        return file


class ServiceFilterForm(forms.Form):
    """The service directory's filters: a GET form, so results can be shared.

    Choices come from the cached reference lists (home/layout.py), values are
    the stable codes ("pattani", "shelter"), so URLs read well in any language.
    """

    province = forms.ChoiceField(label=_("Province"), required=False)
    help = forms.ChoiceField(label=_("Type of help"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    FILTERS = {
        "province": "provinces__code",
        "help": "help_types__code",
        "language": "languages__code",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms = layout.reference_terms()
        for name, key in [
            ("province", "provinces"),
            ("help", "help_types"),
            ("language", "languages"),
        ]:
            self.fields[name].choices = [("", _("All"))] + [
                (term.code, term.name) for term in terms[key]
            ]

    @property
    def has_filters(self):
        return any(self.cleaned_data.get(name) for name in self.FILTERS)

    def filter(self, services):
        for name, lookup in self.FILTERS.items():
            if self.cleaned_data.get(name):
                services = services.filter(**{lookup: self.cleaned_data[name]})
        return services.distinct()
