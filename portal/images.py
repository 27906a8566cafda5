"""Pictures rebuilt from their pixels alone, for every upload on this site.

A phone photo carries GPS coordinates, the camera's make, model and serial
number and the time it was taken. Both kinds of upload go through here:
complaint attachments (reports/attachments.py), where it could identify a
complainant, and pictures editors put in Wagtail's image library
(home/forms.py), where a photo taken at a shelter would publish the
shelter's position (Wagtail keeps the original and copies EXIF into
renditions).

Re-saving is not enough (pillow-heif copies EXIF, GPS included, into a
re-saved HEIF), so the pixels go into a fresh ``Image.new`` that has never
held metadata, upright (the EXIF orientation is applied first), with any
colour profile applied (converted to sRGB) rather than kept: profiles can
name the device or the person who calibrated it. Only the frame a file opens
on is kept (MPO photos, HEIC bursts and depth maps, animated PNG/WebP).

The picture's size is read from its header before any pixel is decoded (a
small file can declare a picture that needs gigabytes), one picture is
decoded at a time per process (``DECODES_AT_ONCE``), and the memory it took
is handed back to the system afterwards.
"""

import contextlib
import ctypes
import io
import logging
import threading
import warnings

from PIL import Image, ImageCms, ImageOps
from pillow_heif import register_heif_opener

logger = logging.getLogger(__name__)

# HEIC is what iPhones (and many Android phones) take photos in.
register_heif_opener()

#: Largest picture accepted, in pixels (width × height).
MAX_PIXELS = 40_000_000
#: Frames kept: the one a file opens on (MPO photos, HEIC with depth maps
#: or bursts, animated PNG/WebP): the others may hold what the sender never
#: meant to send, and refusing such files would refuse ordinary phone photos.
MAX_FRAMES = 1
#: Pictures decoded at the same time in one process. A 40-megapixel picture
#: takes about 350 MB while it is rebuilt; each caller waits its turn.
DECODES_AT_ONCE = 1

# Pillow's own guard, for every caller in this process: it warns above this
# many pixels and raises DecompressionBombError above twice as many. The
# warning is turned into an error while a picture is opened here.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

SAVE_OPTIONS = {
    "JPEG": {"quality": 88, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 88},
}
# Image modes each output format can hold as they are; others are converted.
_KEPT_MODES = {
    "JPEG": {"RGB", "L"},
    "PNG": {"1", "L", "LA", "RGB", "RGBA", "I", "I;16"},
    "WEBP": {"RGB", "RGBA"},
}


class ImageRejected(Exception):
    """A picture that cannot be rebuilt. ``reason`` is "too-large" (more
    pixels than MAX_PIXELS) or "damaged"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def declared_pixels(data: bytes, pillow_format: str) -> int:
    """Width × height from the header alone (``Image.open`` is lazy)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=[pillow_format]) as image:
                width, height = image.size
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected("too-large") from None
        except Exception as error:  # noqa: BLE001 - an unreadable header
            logger.info("Picture header unreadable: %s", type(error).__name__)
            raise ImageRejected("damaged") from None
    if width <= 0 or height <= 0:
        raise ImageRejected("damaged")
    if width * height > MAX_PIXELS:
        raise ImageRejected("too-large")
    return width * height


def rebuild(data: bytes, *, pillow_format: str, save_format: str) -> bytes:
    """Decode one picture (of ``pillow_format``) and encode its pixels alone,
    upright, in ``save_format`` (JPEG, PNG or WEBP). Raises ImageRejected."""
    with one_at_a_time():
        try:
            clean = _pixels_only(data, pillow_format, save_format)
        except ImageRejected:
            raise
        except Exception as error:  # noqa: BLE001 - any failure is the file's
            logger.info("Picture unreadable: %s", type(error).__name__)
            raise ImageRejected("damaged") from None
        buffer = io.BytesIO()
        # No exif=, xmp=, icc_profile= or pnginfo=: the fresh image has no info.
        clean.save(buffer, format=save_format, **SAVE_OPTIONS[save_format])
        del clean
        return buffer.getvalue()


def _pixels_only(data, pillow_format, save_format):
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=[pillow_format]) as image:
                width, height = image.size
                if width <= 0 or height <= 0:
                    raise ImageRejected("damaged")
                if width * height > MAX_PIXELS:
                    raise ImageRejected("too-large")
                image.load()  # a damaged or truncated file fails here
                icc_profile = image.info.get("icc_profile")
                # In place: one copy less of a picture that may be 40 MP.
                with contextlib.suppress(Exception):  # malformed EXIF, fine pixels
                    ImageOps.exif_transpose(image, in_place=True)
                pixels = _to_savable_mode(_to_srgb(image, icc_profile), save_format)
                clean = Image.new(pixels.mode, pixels.size)
                clean.paste(pixels)
                return clean
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected("too-large") from None


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Apply an embedded colour profile so the colours survive without it."""
    if not icc_profile or image.mode not in {"RGB", "RGBA", "CMYK"}:
        return image
    output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=output_mode
        )
    except Exception:  # noqa: BLE001 - a broken profile: use the raw pixels
        return image
    return converted if converted is not None else image


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or (
        image.mode == "P" and "transparency" in image.info
    )


def _to_savable_mode(image: Image.Image, save_format: str) -> Image.Image:
    """Convert to a mode ``save_format`` stores, keeping transparency if it can."""
    if image.mode in _KEPT_MODES[save_format]:
        return image
    alpha = _has_alpha(image)
    if save_format == "JPEG":
        if alpha:  # JPEG has no transparency: show it on white
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            return flat
        return image.convert("L" if image.mode == "1" else "RGB")
    return image.convert("RGBA" if alpha else "RGB")


_DECODE_SLOTS = threading.BoundedSemaphore(DECODES_AT_ONCE)
try:  # glibc keeps freed memory in the process unless asked to give it back
    _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
except (OSError, AttributeError):  # not glibc: nothing to do
    _malloc_trim = None


@contextlib.contextmanager
def one_at_a_time():
    """One of ``DECODES_AT_ONCE`` turns to decode (reentrant callers must not
    nest it); memory handed back after."""
    with _DECODE_SLOTS:
        try:
            yield
        finally:
            if _malloc_trim is not None:
                _malloc_trim(0)
