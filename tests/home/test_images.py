"""Images editors upload lose their EXIF (GPS) before they are stored."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form


def jpeg_with_gps():
    image = Image.new("RGB", (64, 48), "teal")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (6.0, 52.0, 12.0)  # Pattani
    gps[3] = "E"
    gps[4] = (101.0, 15.0, 0.0)
    exif[0x0112] = 6  # rotated: the cleaned image must come out upright
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_jpeg_fixture_really_has_gps():
    with Image.open(io.BytesIO(jpeg_with_gps())) as image:
        assert image.getexif().get_ifd(0x8825)


@pytest.mark.django_db
def test_uploaded_image_is_stored_without_exif():
    form_class = get_image_form(get_image_model())
    upload = SimpleUploadedFile("shelter.jpg", jpeg_with_gps(), "image/jpeg")
    form = form_class(data={"title": "Shelter"}, files={"file": upload})
    assert form.is_valid(), form.errors
    image = form.save()
    with image.file.open("rb") as stored, Image.open(stored) as clean:
        assert clean.format == "JPEG"
        assert not clean.getexif()
        assert "exif" not in clean.info
        assert clean.size == (48, 64)  # orientation applied
    assert (image.width, image.height) == (48, 64)
