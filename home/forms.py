from wagtail.images.forms import BaseImageForm

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
