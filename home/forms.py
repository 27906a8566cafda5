from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.forms import BaseImageForm

from portal import images

from . import layout


class CleanImageForm(BaseImageForm):
    """Wagtail's image form, rebuilding uploads from their pixels so no
    EXIF/GPS is published (portal/images.py).

    A photo taken at a shelter carries the shelter's position; Wagtail keeps
    the original file and copies EXIF into renditions, so it is cleaned here,
    before anything is stored. The format stays (JPEG, PNG, WebP).
    """

    error_unreadable = _("This picture could not be read. Try another file.")

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        file.seek(0)
        data = file.read()
        try:
            with Image.open(file) as opened:
                image_format = opened.format
            if image_format not in images.SAVE_OPTIONS:
                raise images.ImageRejected("damaged")
            clean = images.rebuild(
                data, pillow_format=image_format, save_format=image_format
            )
        except (images.ImageRejected, OSError, ValueError):
            raise forms.ValidationError(self.error_unreadable) from None
        return SimpleUploadedFile(
            file.name, clean, content_type=Image.MIME[image_format]
        )


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
