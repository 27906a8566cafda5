"""Attachments are stored only after they lose everything that could say where
or by whom they were made, and anything that is not a photo or a PDF is refused.

These tests need no database.
"""

import contextlib
import io
import random
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.functional import Promise
from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo
from pillow_heif import register_heif_opener
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from portal import images
from reports import attachments
from reports.attachments import (
    MAX_FILE_SIZE,
    AttachmentRejected,
    CleanAttachment,
    clean_attachment,
    detect_kind,
)

GPS_LATITUDE = (6.0, 52.0, 12.0)  # Pattani
GPS_LONGITUDE = (101.0, 15.0, 0.0)
AUTHOR = "Somchai Jaidee"
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"'
    b' xmlns:exif="http://ns.adobe.com/exif/1.0/">'
    b"<dc:creator>Somchai Jaidee</dc:creator>"
    b"<exif:GPSLatitude>6,52.2N</exif:GPSLatitude>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)
SCRIPT = b"<script>alert(1)</script>"

register_heif_opener()  # reports.attachments does it too; the samples need it


# Building samples -----------------------------------------------------------


def camera_exif(orientation=1):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x013B] = AUTHOR  # Artist
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LATITUDE
    gps[3] = "E"
    gps[4] = GPS_LONGITUDE
    return exif


def picture(size=(64, 48), mode="RGB", color="teal"):
    return Image.new(mode, size, color)


def noisy_picture(size=(256, 192), seed=1):
    """Pixels that do not compress away, so a cut file loses picture data."""
    rng = random.Random(seed)
    return Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))


def encode(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def jpeg_with_gps(orientation=6):
    return encode(
        picture(),
        "JPEG",
        exif=camera_exif(orientation),
        xmp=XMP,
        comment=b"Somchai's phone",
    )


def png_with_metadata():
    info = PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_text("GPS", "6.87,101.25")
    info.add_text("Comment", AUTHOR, zip=True)
    info.add_itxt("Description", "Pattani", lang="th", tkey="Description")
    return encode(
        picture(mode="RGBA", color=(0, 128, 128, 200)),
        "PNG",
        pnginfo=info,
        exif=camera_exif(),
    )


def png_header_only(width, height):
    """A valid PNG that declares ``width`` × ``height`` without the pixels."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data).to_bytes(4, "big")
        return len(data).to_bytes(4, "big") + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def png_chunk_types(data):
    types, offset = [], 8
    while offset + 8 <= len(data):
        length = int.from_bytes(data[offset : offset + 4], "big")
        types.append(data[offset + 4 : offset + 8])
        offset += 12 + length
    return types


def heic_with_gps():
    try:
        return encode(picture(), "HEIF", exif=camera_exif(), xmp=XMP, quality=90)
    except (KeyError, OSError, ValueError, RuntimeError) as error:
        pytest.skip(f"This machine's pillow-heif cannot write HEIF: {error!r}")


def pdf_bytes(writer):
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_metadata(pages=3):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    writer.add_metadata(
        {
            "/Author": AUTHOR,
            "/Creator": "PhoneScanner 2.1",
            "/Producer": "PhonePDF",
            "/Title": "My complaint",
            "/CreationDate": "D:20240312142233+07'00'",
        }
    )
    writer.xmp_metadata = XMP
    writer.add_attachment("secret.txt", b"embedded secret payload")
    catalog = writer.root_object
    catalog[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('opened')"),
        }
    )
    catalog[NameObject("/AA")] = DictionaryObject()
    page = writer.pages[0]
    page[NameObject("/Metadata")] = writer._add_object(DecodedStreamObject())
    page[NameObject("/PieceInfo")] = DictionaryObject(
        {NameObject("/App"): TextStringObject(AUTHOR)}
    )
    # A comment: its /T is the name of the person who wrote it.
    note = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (0, 0, 20, 20)]),
            NameObject("/T"): TextStringObject(AUTHOR),
            NameObject("/Contents"): TextStringObject("bruises on the left arm"),
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    return pdf_bytes(writer)


def pdf_with_photo(jpeg, size=(64, 48)):
    """A one-page PDF drawing ``jpeg`` as it is (as scanning apps do)."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=size[0], height=size[1])
    image = DecodedStreamObject()
    image.set_data(jpeg)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(size[0]),
            NameObject("/Height"): NumberObject(size[1]),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    contents = DecodedStreamObject()
    contents.set_data(f"q {size[0]} 0 0 {size[1]} 0 0 cm /Im0 Do Q".encode())
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject(
                {NameObject("/Im0"): writer._add_object(image)}
            )
        }
    )
    page[NameObject("/Contents")] = writer._add_object(contents)
    return pdf_bytes(writer)


def upload(data, name="file.bin", content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def clean(data, name="file.bin", content_type="application/octet-stream"):
    return clean_attachment(upload(data, name, content_type))


def rejected(data, name="file.bin", content_type="application/octet-stream"):
    with pytest.raises(AttachmentRejected) as caught:
        clean(data, name, content_type)
    return caught.value


def english(message):
    with translation.override("en"):
        return str(message)


def assert_no_image_metadata(data):
    for marker in (b"Exif", b"PhoneMaker", b"Model X", AUTHOR.encode(), b"xmpmeta"):
        assert marker not in data, marker
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif()
        for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment"):
            assert key not in image.info, key


# Detection --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "webp"),
        (b"%PDF-1.7\n", "pdf"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "heif"),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heicmiaf", "heif"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", None),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf", None),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", None),
        (b"GIF89a", None),
        (b"II*\x00", None),
        (b"MM\x00*", None),
        (b"BM", None),
        (b"PK\x03\x04", None),
        (b"MZ\x90\x00", None),
        (b"<svg xmlns='http://www.w3.org/2000/svg'>", None),
        (b"<!DOCTYPE html>", None),
        (b"RIFF\x10\x00\x00\x00WAVEfmt ", None),
        (b"\xff\xd8", None),
        (b"", None),
    ],
)
def test_kind_comes_from_the_first_bytes(head, kind):
    assert detect_kind(head) == kind


# Metadata is removed ----------------------------------------------------------


def test_jpeg_sample_really_has_gps():
    with Image.open(io.BytesIO(jpeg_with_gps())) as image:
        assert image.getexif().get_ifd(0x8825)[2] == GPS_LATITUDE


def test_jpeg_loses_exif_gps_xmp_and_comment_and_stays_upright():
    result = clean(jpeg_with_gps(), "IMG_0001.JPG", "image/jpeg")
    assert isinstance(result, CleanAttachment)
    assert (result.content_type, result.extension) == ("image/jpeg", "jpg")
    assert result.original_name == "IMG_0001.JPG"
    assert_no_image_metadata(result.data)
    assert b"Somchai's phone" not in result.data
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "JPEG"
        assert image.size == (48, 64)  # orientation 6 applied, then dropped
        assert image.getexif().get(0x0112) is None


def test_png_loses_exif_and_text_chunks():
    result = clean(png_with_metadata(), "screenshot.png", "image/png")
    assert (result.content_type, result.extension) == ("image/png", "png")
    chunks = png_chunk_types(result.data)
    for chunk in (b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"iCCP", b"tIME"):
        assert chunk not in chunks
    assert b"6.87,101.25" not in result.data
    assert_no_image_metadata(result.data)
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "PNG"
        assert image.mode == "RGBA"  # transparency survives
        assert not image.text
        assert image.getpixel((0, 0)) == (0, 128, 128, 200)


def test_webp_loses_exif_and_xmp():
    data = encode(picture(), "WEBP", exif=camera_exif(), xmp=XMP, quality=90)
    assert b"EXIF" in data and b"XMP " in data
    result = clean(data, "photo.webp", "image/webp")
    assert (result.content_type, result.extension) == ("image/webp", "webp")
    assert b"EXIF" not in result.data
    assert b"XMP " not in result.data
    assert_no_image_metadata(result.data)
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "WEBP"
        assert image.size == (64, 48)


def test_heic_becomes_a_jpeg_without_gps():
    data = heic_with_gps()
    with Image.open(io.BytesIO(data)) as image:  # the sample really has GPS
        assert image.getexif().get_ifd(0x8825)[2] == GPS_LATITUDE
    result = clean(data, "IMG_1234.HEIC", "image/heic")
    assert (result.content_type, result.extension) == ("image/jpeg", "jpg")
    assert result.original_name == "IMG_1234.jpg"
    assert_no_image_metadata(result.data)
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "JPEG"
        assert image.size == (64, 48)


def test_colour_profile_is_applied_not_kept():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(picture(color=(200, 30, 30)), "JPEG", icc_profile=srgb)
    result = clean(data, "photo.jpg")
    assert b"ICC_PROFILE" not in result.data
    assert_no_image_metadata(result.data)
    with Image.open(io.BytesIO(result.data)) as image:
        red, green, blue = image.getpixel((10, 10))
        assert red > 180 and green < 60 and blue < 60


def test_cmyk_jpeg_is_stored_as_rgb():
    data = encode(picture(mode="CMYK", color=(0, 255, 255, 0)), "JPEG")
    result = clean(data, "scan.jpg")
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.mode == "RGB"


def test_palette_png_keeps_its_transparency():
    image = picture(mode="P", color=1)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    data = encode(image, "PNG", transparency=0)
    result = clean(data, "icon.png")
    with Image.open(io.BytesIO(result.data)) as clean_image:
        assert clean_image.mode == "RGBA"
        assert clean_image.getpixel((0, 0)) == (255, 0, 0, 255)


def test_animated_images_are_reduced_to_their_first_frame():
    frames = [picture(color="red"), picture(color="blue"), picture(color="green")]
    for image_format in ("PNG", "WEBP"):
        data = encode(frames[0], image_format, save_all=True, append_images=frames[1:])
        with Image.open(io.BytesIO(data)) as image:
            assert image.n_frames == 3
        result = clean(data, "animation")
        with Image.open(io.BytesIO(result.data)) as image:
            assert getattr(image, "n_frames", 1) == images.MAX_FRAMES == 1
            assert not getattr(image, "is_animated", False)


def test_multi_picture_jpeg_keeps_only_the_first_picture():
    second = encode(picture(color="blue"), "JPEG", exif=camera_exif())
    data = encode(picture(color="red"), "MPO", save_all=True, append_images=[picture()])
    with Image.open(io.BytesIO(data)) as image:
        assert image.n_frames == 2
    result = clean(data + second, "burst.jpg")
    assert result.data.count(b"\xff\xd8") == 1
    assert b"MPF" not in result.data
    assert_no_image_metadata(result.data)


def test_pdf_loses_document_information_xmp_scripts_and_attachments():
    data = pdf_with_metadata(pages=3)
    original = PdfReader(io.BytesIO(data))
    assert original.metadata["/Author"] == AUTHOR
    assert original.xmp_metadata is not None

    result = clean(data, "complaint.pdf", "application/pdf")
    assert (result.content_type, result.extension) == ("application/pdf", "pdf")
    assert result.original_name == "complaint.pdf"

    cleaned = PdfReader(io.BytesIO(result.data))
    assert len(cleaned.pages) == 3
    assert not cleaned.metadata  # no /Info at all, not even pypdf's Producer
    assert cleaned.xmp_metadata is None
    catalog = cleaned.trailer["/Root"]
    for key in ("/Metadata", "/OpenAction", "/AA", "/Names"):
        assert key not in catalog
    for marker in (
        b"/Author",
        b"/Creator",
        b"/Producer",
        b"/Title",
        b"/CreationDate",
        b"/Info",
        b"/Metadata",
        b"/PieceInfo",
        b"/JavaScript",
        b"/JS",
        b"/EmbeddedFile",
        b"xmpmeta",
        b"pypdf",
        b"PhoneScanner",
        b"embedded secret payload",
        AUTHOR.encode(),
    ):
        assert marker not in result.data, marker
    # The comment itself is evidence and stays; only its author goes.
    note = cleaned.pages[0]["/Annots"][0].get_object()
    assert note["/Contents"] == "bruises on the left arm"
    assert "/T" not in note


def test_photo_inside_a_pdf_loses_its_exif():
    photo = encode(noisy_picture((64, 48)), "JPEG", exif=camera_exif(), xmp=XMP)
    trailer = b"MotionPhoto_Data" + SCRIPT
    data = pdf_with_photo(photo + trailer)
    assert b"Exif" in data
    result = clean(data, "scan.pdf")
    assert b"Exif" not in result.data
    assert b"PhoneMaker" not in result.data
    assert b"xmpmeta" not in result.data
    assert trailer not in result.data
    page = PdfReader(io.BytesIO(result.data)).pages[0]
    image = page["/Resources"]["/XObject"]["/Im0"].get_object()
    with Image.open(io.BytesIO(image.get_data())) as drawn:
        drawn.load()  # still a complete, decodable JPEG
        assert drawn.size == (64, 48)
        assert not drawn.getexif()


def test_pdf_with_a_password_is_refused():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_with_metadata(pages=1)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    error = rejected(pdf_bytes(writer), "locked.pdf", "application/pdf")
    assert "password" in english(error.message)


def test_pdf_locked_only_against_editing_is_opened_and_rewritten():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_with_metadata(pages=2)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    result = clean(pdf_bytes(writer), "statement.pdf")
    cleaned = PdfReader(io.BytesIO(result.data))
    assert not cleaned.is_encrypted
    assert len(cleaned.pages) == 2
    assert not cleaned.metadata
    assert AUTHOR.encode() not in result.data


def test_earlier_revisions_of_a_pdf_are_dropped():
    first = PdfWriter()
    first.add_blank_page(width=100, height=100)
    first.add_metadata({"/Author": AUTHOR})
    original = pdf_bytes(first)
    update = PdfWriter(io.BytesIO(original), incremental=True)
    update.add_metadata({"/Author": "Anonymous"})
    data = pdf_bytes(update)
    assert AUTHOR.encode() in data
    result = clean(data, "edited.pdf")
    assert AUTHOR.encode() not in result.data
    assert b"Anonymous" not in result.data


# Polyglots ----------------------------------------------------------------------


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", "<html>" + SCRIPT.decode())
    return buffer.getvalue()


@pytest.mark.parametrize(
    "payload",
    [SCRIPT, b"<html><body>" + SCRIPT + b"</body></html>", zip_bytes()],
    ids=["script", "html", "zip"],
)
@pytest.mark.parametrize("kind", ["jpeg", "png", "webp", "pdf"])
def test_payload_appended_to_a_real_file_is_not_stored(kind, payload):
    data = {
        "jpeg": jpeg_with_gps(),
        "png": png_with_metadata(),
        "webp": encode(picture(), "WEBP"),
        "pdf": pdf_with_metadata(pages=1),
    }[kind]
    result = clean(data + payload, "evil.html", "text/html")
    assert payload not in result.data
    assert SCRIPT not in result.data
    assert b"PK\x03\x04" not in result.data
    assert result.original_name == "evil." + result.extension


def test_payload_in_an_image_comment_is_not_stored():
    info = PngInfo()
    info.add_text("Comment", "<html>" + SCRIPT.decode())
    result = clean(encode(picture(), "PNG", pnginfo=info), "x.png")
    assert SCRIPT not in result.data


def test_html_behind_an_image_signature_is_refused():
    for signature in (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"%PDF-1.4\n"):
        error = rejected(signature + b"<html>" + SCRIPT, "x.jpg", "image/jpeg")
        assert english(error.message) == english(attachments.DAMAGED)


# Rejections ---------------------------------------------------------------------

NOT_ACCEPTED = (
    "This file type is not accepted. Send a photo (JPEG, PNG, WebP, HEIC) or a PDF."
)


def gif():
    return encode(picture(mode="P"), "GIF")


def tiff():
    return encode(picture(), "TIFF", exif=camera_exif())


def svg():
    return (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
        b'width="10" height="10"><script>alert(1)</script></svg>'
    )


@pytest.mark.parametrize(
    ("make", "name", "content_type"),
    [
        (svg, "drawing.svg", "image/svg+xml"),
        (svg, "drawing.png", "image/png"),
        (lambda: b"<!DOCTYPE html><html>" + SCRIPT, "photo.jpg", "image/jpeg"),
        (lambda: b"  <html>" + SCRIPT, "photo.jpg", "image/jpeg"),
        (lambda: "ช่วยด้วย\n".encode(), "note.txt", "text/plain"),
        (zip_bytes, "photos.zip", "application/zip"),
        (zip_bytes, "document.pdf", "application/pdf"),
        (lambda: b"MZ\x90\x00" + bytes(200), "photo.jpg", "image/jpeg"),
        (lambda: b"\x7fELF" + bytes(200), "run", "application/octet-stream"),
        (gif, "animation.gif", "image/gif"),
        (tiff, "scan.tiff", "image/tiff"),
        (lambda: encode(picture(), "BMP"), "picture.bmp", "image/bmp"),
        (lambda: b"", "empty.jpg", "image/jpeg"),
        (lambda: random.Random(7).randbytes(4096), "photo.jpg", "image/jpeg"),
    ],
    ids=[
        "svg",
        "svg-named-png",
        "html-named-jpg",
        "html-leading-spaces",
        "text",
        "zip",
        "zip-named-pdf",
        "exe",
        "elf",
        "gif",
        "tiff",
        "bmp",
        "empty",
        "random",
    ],
)
def test_other_types_are_refused_whatever_their_name(make, name, content_type):
    error = rejected(make(), name, content_type)
    assert isinstance(error.message, Promise)  # translated when shown
    assert english(error.message) == NOT_ACCEPTED


def test_file_over_the_size_limit_is_refused_before_reading():
    data = b"\xff\xd8\xff" + bytes(11 * 1024 * 1024)

    class Unreadable(SimpleUploadedFile):
        def read(self, *args, **kwargs):
            raise AssertionError("the size is checked first")

    with pytest.raises(AttachmentRejected) as caught:
        clean_attachment(Unreadable("big.jpg", data, "image/jpeg"))
    assert english(caught.value.message) == "This file is larger than 10 MB."
    assert MAX_FILE_SIZE == 10 * 1024 * 1024  # the message names this limit


def test_file_whose_declared_size_lies_is_still_limited():
    oversized = upload(b"\xff\xd8\xff" + bytes(MAX_FILE_SIZE), "big.jpg")
    oversized.size = 10
    with pytest.raises(AttachmentRejected) as caught:
        clean_attachment(oversized)
    assert english(caught.value.message) == "This file is larger than 10 MB."


@pytest.mark.parametrize(
    "size",
    [(50_000, 50_000), (8_000, 6_000)],
    ids=["bomb-error", "bomb-warning"],
)
def test_huge_picture_is_refused_from_its_header(size):
    data = png_header_only(*size)
    assert len(data) < 200  # nothing like the pixels it declares
    error = rejected(data, "huge.png", "image/png")
    assert english(error.message) == english(attachments.TOO_MANY_PIXELS)
    assert "megapixels" in english(error.message)


def test_huge_picture_is_refused_even_without_pillows_guard(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    error = rejected(png_header_only(8_000, 6_000), "huge.png", "image/png")
    assert english(error.message) == english(attachments.TOO_MANY_PIXELS)


def test_truncated_jpeg_is_refused_as_damaged():
    data = encode(noisy_picture(), "JPEG", quality=95)
    error = rejected(data[: len(data) // 2], "cut.jpg", "image/jpeg")
    assert english(error.message) == "This file is damaged or could not be read."


@pytest.mark.parametrize("kind", ["png", "webp", "pdf"])
def test_truncated_files_are_refused_as_damaged(kind):
    data = {
        "png": encode(noisy_picture(), "PNG"),
        "webp": encode(noisy_picture(), "WEBP", quality=95),
        "pdf": pdf_with_metadata(pages=2),
    }[kind]
    for cut in (len(data) // 2, 40):
        error = rejected(data[:cut], "cut", "application/octet-stream")
        assert english(error.message) == english(attachments.DAMAGED)


def test_pdf_without_pages_is_refused():
    error = rejected(pdf_bytes(PdfWriter()), "empty.pdf")
    assert english(error.message) == english(attachments.DAMAGED)


def test_every_message_is_lazy_english_text():
    for message in (
        attachments.NOT_ACCEPTED,
        attachments.TOO_LARGE,
        attachments.TOO_MANY_PIXELS,
        attachments.DAMAGED,
        attachments.PASSWORD_PROTECTED,
        attachments.TOO_MANY_PAGES,
    ):
        assert isinstance(message, Promise)
        assert english(message).strip()
        assert english(message).isascii()


# Names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IMG_0001.jpg", "IMG_0001.png"),
        ("photo.PNG", "photo.PNG"),
        ("C:\\Users\\Somchai\\Pictures\\bruise.png", "bruise.png"),
        ("../../etc/passwd", "passwd.png"),
        ("/home/somchai/shot.png", "shot.png"),
        ("ภาพถ่าย.png", "ภาพถ่าย.png"),
        ("report\x00\x1b[31m\n.png", "report[31m.png"),
        ("invoice\u202egnp.exe", "invoicegnp.png"),
        ("  ..hidden.png  ", "hidden.png"),
        ("...", "attachment.png"),
        (".png", "attachment.png"),
        ("noextension", "noextension.png"),
        ("archive.tar.gz", "archive.tar.png"),
    ],
)
def test_original_name_is_a_safe_base_name(name, expected):
    data = encode(picture(), "PNG")
    assert clean(data, name, "image/png").original_name == expected


def test_missing_name_gets_a_neutral_one():
    # Django refuses an empty name on uploads; other callers may pass one.
    for name in ("", None, "\\", "C:\\"):
        assert (
            attachments._safe_original_name(name, extension="pdf") == "attachment.pdf"
        )


def test_original_name_is_limited_and_keeps_the_real_extension():
    result = clean(encode(picture(), "PNG"), "ก" * 300 + ".png")
    assert len(result.original_name) == attachments.MAX_NAME_LENGTH
    assert result.original_name.endswith(".png")


def test_declared_name_and_type_do_not_decide_the_type():
    result = clean(encode(picture(), "PNG"), "document.pdf", "application/pdf")
    assert (result.content_type, result.original_name) == ("image/png", "document.png")


# Robustness ----------------------------------------------------------------------


def valid_samples():
    samples = {
        "jpeg": jpeg_with_gps(),
        "png": png_with_metadata(),
        "webp": encode(noisy_picture((32, 32)), "WEBP", exif=camera_exif()),
        "pdf": pdf_with_metadata(pages=2),
        "pdf-photo": pdf_with_photo(
            encode(noisy_picture((16, 16)), "JPEG", exif=camera_exif()), (16, 16)
        ),
    }
    # Fuzzing HEIF needs an encoder; without one the other kinds still run.
    with contextlib.suppress(KeyError, OSError, ValueError, RuntimeError):
        samples["heif"] = encode(picture(), "HEIF", exif=camera_exif())
    return samples


def assert_only_rejections(data):
    try:
        result = clean(data)
    except AttachmentRejected as error:
        assert english(error.message).strip()
        return
    # Whatever was accepted can be read back.
    if result.content_type == "application/pdf":
        assert len(PdfReader(io.BytesIO(result.data)).pages) >= 1
    else:
        with Image.open(io.BytesIO(result.data)) as image:
            image.load()


def test_damaged_and_random_inputs_raise_only_attachment_rejected():
    rng = random.Random(20240312)
    signatures = [
        b"\xff\xd8\xff",
        b"\x89PNG\r\n\x1a\n",
        b"RIFF\x00\x01\x00\x00WEBPVP8 ",
        b"%PDF-1.7\n",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
    ]
    for signature in signatures:
        for _ in range(15):
            assert_only_rejections(signature + rng.randbytes(rng.randrange(0, 2000)))
    for data in valid_samples().values():
        for _ in range(25):  # flipped bytes
            mutated = bytearray(data)
            for _ in range(rng.randrange(1, 12)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            assert_only_rejections(bytes(mutated))
        for _ in range(15):  # cut short
            assert_only_rejections(data[: rng.randrange(1, len(data))])


def test_unreadable_upload_is_rejected():
    class Broken(SimpleUploadedFile):
        def read(self, *args, **kwargs):
            raise OSError("disk gone")

    with pytest.raises(AttachmentRejected):
        clean_attachment(Broken("x.jpg", b"\xff\xd8\xff", "image/jpeg"))


def test_exception_carries_its_message():
    error = AttachmentRejected(attachments.DAMAGED)
    assert error.message is attachments.DAMAGED
    assert english(error.args[0]) == english(attachments.DAMAGED)


def test_float_objects_are_fine_in_page_boxes():
    # Some generators write boxes as reals; pages keep their size.
    writer = PdfWriter()
    page = writer.add_blank_page(width=100, height=100)
    page[NameObject("/MediaBox")] = ArrayObject(
        [FloatObject(0), FloatObject(0), FloatObject(595.3), FloatObject(841.9)]
    )
    cleaned = PdfReader(io.BytesIO(clean(pdf_bytes(writer), "a4.pdf").data))
    assert float(cleaned.pages[0].mediabox.width) == pytest.approx(595.3)
