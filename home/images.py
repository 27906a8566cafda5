"""Remove location and camera metadata from images before they are stored."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps

# Formats re-encoded as themselves; anything else Wagtail accepts is refused
# by WAGTAILIMAGES_EXTENSIONS before it gets here.
SAVE_OPTIONS = {
    "JPEG": {"quality": 88, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 85},
}


def strip_metadata(file):
    """Return a copy of ``file`` rebuilt from its pixels alone.

    Re-saving with Pillow is not enough for every format (HEIC keeps GPS), so
    the pixels are pasted into a fresh image that has never held metadata.
    The orientation from EXIF is applied first, so the picture stays upright.
    """
    file.seek(0)
    with Image.open(file) as original:
        image_format = original.format
        if image_format not in SAVE_OPTIONS:
            file.seek(0)
            return file
        icc_profile = original.info.get("icc_profile")
        upright = ImageOps.exif_transpose(original)
        mode = (
            upright.mode if upright.mode in {"RGB", "RGBA", "L", "LA", "P"} else "RGB"
        )
        if mode == "P":
            mode = "RGBA"
        clean = Image.new(mode, upright.size)
        clean.paste(upright.convert(mode))
    buffer = io.BytesIO()
    options = dict(SAVE_OPTIONS[image_format])
    if image_format == "JPEG" and clean.mode not in {"RGB", "L"}:
        clean = clean.convert("RGB")
    if icc_profile:
        options["icc_profile"] = icc_profile
    clean.save(buffer, format=image_format, **options)
    content_type = Image.MIME.get(image_format, "application/octet-stream")
    return SimpleUploadedFile(file.name, buffer.getvalue(), content_type=content_type)
