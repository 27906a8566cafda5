"""Clean the photos and documents a complainant attaches to a report.

A complainant may be in danger if an attachment gives away where it was made
or by whom: a phone photo carries GPS coordinates, the camera's make, model
and serial number and the time it was taken; a PDF carries its author, the
software that wrote it and XMP metadata. So nothing uploaded is stored as it
came in:

* the type is decided from the file's first bytes, never from its name or the
  content type the browser declared (both are chosen by the sender);
* images are decoded and rebuilt from their pixels alone, in a fresh image
  that has never held metadata, then encoded again (HEIC becomes JPEG so that
  every case worker can open it);
* PDFs are rewritten page by page into a new document without document
  information, XMP, scripts, actions, embedded files or earlier revisions.

Because the output is always produced by the encoder, anything hidden after or
around the real content (a polyglot's HTML, ZIP or script payload, a "motion
photo" video with its own GPS track) never reaches storage.

Cleaning has two steps, so that nothing costly happens before a request is
counted: ``inspect`` reads the file's type and declared size from its first
bytes and headers (cheap; the form does it), ``clean`` decodes and re-encodes
(costly; the view calls it once the rate limits let the request through).
Pictures are rebuilt by portal/images.py, which the CMS image library uses
too: one decode at a time per process, memory handed back afterwards.

Every failure is an ``AttachmentRejected`` with a translated message that can
be shown to the complainant as it is; no other exception leaves ``inspect``,
``clean`` or ``clean_attachment``.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from portal import images

logger = logging.getLogger(__name__)

#: How many files one report may carry; the form enforces it.
MAX_FILES = 5
#: Largest upload accepted, in bytes. Checked before the file is read.
MAX_FILE_SIZE = 10 * 1024 * 1024
#: Largest picture accepted, in pixels (portal/images.py).
MAX_PIXELS = images.MAX_PIXELS
#: Longest PDF accepted. Rewriting is linear in the page count; complaint
#: evidence is a few pages, so a huge count is a mistake or an attack.
MAX_PDF_PAGES = 500
#: Most pixels one request may ask to decode, all its pictures together
#: (checked from the headers): five 12-megapixel phone photos fit.
MAX_REQUEST_PIXELS = 100_000_000
#: Longest original file name kept (it is stored encrypted and shown to staff).
MAX_NAME_LENGTH = 120

NOT_ACCEPTED = _(
    "This file type is not accepted. Send a photo (JPEG, PNG, WebP, HEIC) or a PDF."
)
TOO_LARGE = _("This file is larger than 10 MB.")
TOO_MANY_PIXELS = _(
    "This picture is too large (more than 40 megapixels). Send a smaller photo."
)
DAMAGED = _("This file is damaged or could not be read.")
PASSWORD_PROTECTED = _(
    "This PDF is protected by a password. Remove the password and send it again."
)
TOO_MANY_PAGES = _("This PDF has too many pages (more than 500).")
TOO_MANY_PIXELS_TOGETHER = _(
    "These pictures are too large together (more than 100 megapixels). "
    "Send fewer or smaller photos."
)

# How many leading bytes detect_kind needs (the HEIF "ftyp" box lists brands).
HEAD_SIZE = 64


class AttachmentRejected(Exception):
    """An attachment that cannot be accepted.

    ``message`` is a translated, user-facing reason: the form shows it next
    to the file field, so the complainant knows what to send instead.
    """

    def __init__(self, message: Any) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CleanAttachment:
    """What may be stored: re-encoded bytes and facts derived from them."""

    data: bytes
    content_type: str
    extension: str
    original_name: str


@dataclass(frozen=True)
class Inspected:
    """An upload whose type and size are known and acceptable, not decoded."""

    data: bytes
    kind: str
    pixels: int  # as declared by the header; 0 for a PDF
    name: str


@dataclass(frozen=True)
class _Output:
    pillow_format: str  # the decoder Pillow may use for this input
    save_format: str
    content_type: str
    extension: str


_OUTPUTS = {
    "jpeg": _Output("JPEG", "JPEG", "image/jpeg", "jpg"),
    "png": _Output("PNG", "PNG", "image/png", "png"),
    "webp": _Output("WEBP", "WEBP", "image/webp", "webp"),
    # HEIC is converted: case workers' computers often cannot open it.
    "heif": _Output("HEIF", "JPEG", "image/jpeg", "jpg"),
}

# HEIF brands whose pictures are HEVC-coded (what libheif here can decode).
# "mif1"/"msf1" are generic and only count if a HEVC brand is also listed:
# AVIF uses the same container and is not accepted.
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_GENERIC_HEIF_BRANDS = {b"mif1", b"msf1"}

_ALIASES = {
    "jpg": {"jpg", "jpeg", "jpe", "jfif"},
    "png": {"png"},
    "webp": {"webp"},
    "pdf": {"pdf"},
}


def detect_kind(head: bytes) -> str | None:
    """Name the file's type from its first bytes (``HEAD_SIZE`` is enough).

    Returns "jpeg", "png", "webp", "heif" or "pdf", or None for anything
    else. Only the content counts: a name or declared content type is chosen
    by the sender and says nothing about what a program will do with the
    bytes. GIF and TIFF are left out on purpose (rarely needed, old and
    complex decoders).
    """
    head = bytes(head[:HEAD_SIZE])
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head[4:8] == b"ftyp" and len(head) >= 12:
        box_size = int.from_bytes(head[:4], "big")
        major = head[8:12]
        # Compatible brands follow the major brand and the minor version.
        end = min(box_size, len(head)) if box_size >= 16 else len(head)
        compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
        if major in _HEIC_BRANDS:
            return "heif"
        if major in _GENERIC_HEIF_BRANDS and compatible & _HEIC_BRANDS:
            return "heif"
    return None


def clean_attachment(uploaded_file: Any) -> CleanAttachment:
    """Return a metadata-free copy of an uploaded file, or refuse it.

    ``uploaded_file`` is a Django ``UploadedFile``. Raises
    ``AttachmentRejected`` (and nothing else) with a message for the
    complainant when the file is too large, of a type that is not accepted,
    damaged, or cannot be cleaned.
    """
    return clean(inspect(uploaded_file))


def inspect(uploaded_file: Any) -> Inspected:
    """Read an upload and check what its first bytes and header declare.

    Decodes no pixel and no PDF page: this is what may run before a request
    is counted. Raises ``AttachmentRejected``.
    """
    declared_size = getattr(uploaded_file, "size", None)
    if isinstance(declared_size, int) and declared_size > MAX_FILE_SIZE:
        raise AttachmentRejected(TOO_LARGE)
    data = _read(uploaded_file)
    kind = detect_kind(data[:HEAD_SIZE])
    if kind is None:
        raise AttachmentRejected(NOT_ACCEPTED)
    pixels = 0 if kind == "pdf" else _declared_pixels(data, _OUTPUTS[kind])
    return Inspected(
        data=data,
        kind=kind,
        pixels=pixels,
        name=str(getattr(uploaded_file, "name", "")),
    )


def check_total_pixels(items: list[Inspected]) -> None:
    """Refuse a request whose pictures together would take too long to decode."""
    if sum(item.pixels for item in items) > MAX_REQUEST_PIXELS:
        raise AttachmentRejected(TOO_MANY_PIXELS_TOGETHER)


def clean(item: Inspected) -> CleanAttachment:
    """Decode and re-encode an inspected upload (the costly step)."""
    try:
        if item.kind == "pdf":
            with images.one_at_a_time():  # a PDF is rewritten in memory too
                cleaned = _clean_pdf(item.data)
            content_type, extension = "application/pdf", "pdf"
        else:
            output = _OUTPUTS[item.kind]
            cleaned = _clean_image(item.data, output)
            content_type, extension = output.content_type, output.extension
    except AttachmentRejected:
        raise
    except Exception as error:  # noqa: BLE001 - any failure is the file's fault
        # Only the error's type: never the file name or any content.
        logger.info("Attachment refused as unreadable: %s", type(error).__name__)
        raise AttachmentRejected(DAMAGED) from None
    return CleanAttachment(
        data=cleaned,
        content_type=content_type,
        extension=extension,
        original_name=_safe_original_name(item.name, extension=extension),
    )


def _safe_original_name(name: Any, *, extension: str) -> str:
    """The uploaded file's base name, safe to store and to show to staff.

    Browsers may send a full path (old Internet Explorer sends
    ``C:\\Users\\<name>\\...``, which names the person); control and
    formatting characters (a right-to-left override can disguise
    ``gpj.exe`` as ``exe.jpg``) are removed; the extension is set to the
    cleaned file's real one, so that a download under this name opens in the
    right program and never as HTML. At most ``MAX_NAME_LENGTH`` characters.
    """
    text = unicodedata.normalize("NFC", str(name or ""))
    text = os.path.basename(text.replace("\\", "/"))
    # Category "C": control, format, surrogate, private use, unassigned.
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = " ".join(text.split())
    stem, dot, suffix = text.rpartition(".")
    if dot and suffix.lower() in _ALIASES.get(extension, {extension}):
        text, extension = stem, suffix
    elif dot and 0 < len(suffix) <= 5 and suffix.isascii() and suffix.isalnum():
        text = stem  # a wrong extension ("photo.heic" is now a JPEG)
    text = text.strip(" .") or "attachment"  # no hidden ".name"
    return f"{text[: MAX_NAME_LENGTH - len(extension) - 1]}.{extension}"


def _read(uploaded_file: Any) -> bytes:
    """Read at most one byte more than allowed, so a lying ``size`` is caught."""
    try:
        with contextlib.suppress(AttributeError, OSError, ValueError):
            uploaded_file.seek(0)  # a form may have peeked at the file
        data = uploaded_file.read(MAX_FILE_SIZE + 1)
    except Exception as error:  # noqa: BLE001
        logger.info("Attachment could not be read: %s", type(error).__name__)
        raise AttachmentRejected(DAMAGED) from None
    if not isinstance(data, bytes | bytearray):
        raise AttachmentRejected(DAMAGED)
    if len(data) > MAX_FILE_SIZE:
        raise AttachmentRejected(TOO_LARGE)
    return bytes(data)


# Images -------------------------------------------------------------------

_IMAGE_REASONS = {"too-large": TOO_MANY_PIXELS, "damaged": DAMAGED}


def _declared_pixels(data: bytes, output: _Output) -> int:
    try:
        return images.declared_pixels(data, output.pillow_format)
    except images.ImageRejected as rejected:
        raise AttachmentRejected(_IMAGE_REASONS[rejected.reason]) from None


def _clean_image(data: bytes, output: _Output) -> bytes:
    """The picture rebuilt from its pixels alone (portal/images.py)."""
    try:
        return images.rebuild(
            data, pillow_format=output.pillow_format, save_format=output.save_format
        )
    except images.ImageRejected as rejected:
        raise AttachmentRejected(_IMAGE_REASONS[rejected.reason]) from None


# PDF ----------------------------------------------------------------------

# Page keys kept; the rest (/Metadata, /PieceInfo, /Thumb, /AA, /VP with
# geospatial measures, /StructParents, /LastModified...) is dropped.
_PAGE_KEYS = {
    "/Type",
    "/Parent",
    "/MediaBox",
    "/CropBox",
    "/BleedBox",
    "/TrimBox",
    "/ArtBox",
    "/Rotate",
    "/UserUnit",
    "/Resources",
    "/Contents",
    "/Annots",
    "/Group",
    "/Tabs",
}
# Dropped from every dictionary: metadata, private application data,
# geospatial measures, scripts and automatic actions, embedded files,
# document-information keys wherever they turn up.
_DROPPED_KEYS = (
    "/Metadata",
    "/PieceInfo",
    "/LastModified",
    "/Measure",
    "/PtData",
    "/AA",
    "/JS",
    "/OpenAction",
    "/Names",
    "/EmbeddedFiles",
    "/JavaScript",
    "/EF",
    "/RF",
    "/Author",
    "/Creator",
    "/Producer",
    "/CreationDate",
    "/ModDate",
)
# Catalog entries a new document has no business carrying over.
_CATALOG_DROPPED = (
    "/Info",
    "/Metadata",
    "/OpenAction",
    "/AA",
    "/Names",
    "/JavaScript",
    "/AcroForm",
    "/StructTreeRoot",
    "/MarkInfo",
    "/PieceInfo",
    "/Perms",
    "/Legal",
    "/Requirements",
    "/URI",
    "/Collection",
)
# Actions that run code, open or send files, or play media.
_DANGEROUS_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToR",
    "/GoToE",
    "/Rendition",
    "/Movie",
    "/Sound",
    "/RichMediaExecute",
}
# Annotations that carry files or media (with their own metadata).
_DROPPED_ANNOTATIONS = {
    "/FileAttachment",
    "/Sound",
    "/Movie",
    "/Screen",
    "/RichMedia",
    "/3D",
}
# Author, dates and unique name of comments (markup annotations).
_ANNOTATION_IDENTITY_KEYS = ("/T", "/M", "/NM")


def _clean_pdf(data: bytes) -> bytes:
    """Copy the pages into a new PDF that knows nothing about its origin.

    Only the pages (and what they draw) are copied: the new catalog has no
    /Metadata, /OpenAction, /AA, /Names (JavaScript, embedded files) or
    /AcroForm, the trailer has no /Info (pypdf's own "/Producer pypdf" is
    removed too) and earlier revisions of an incrementally saved file, which
    may hold text the author deleted, are gone. JPEG pictures inside lose
    their EXIF/XMP segments and anything after their end.
    """
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are "encrypted" only against editing, with an empty
        # password to open them: those can be read and rewritten in clear.
        try:
            opened = reader.decrypt("")
        except Exception:  # noqa: BLE001
            opened = 0
        if not opened:
            raise AttachmentRejected(PASSWORD_PROTECTED)
    page_count = len(reader.pages)
    if page_count == 0:
        raise AttachmentRejected(DAMAGED)
    if page_count > MAX_PDF_PAGES:
        raise AttachmentRejected(TOO_MANY_PAGES)

    writer = PdfWriter()
    writer.metadata = None  # removes the /Info pypdf creates with /Producer
    # Keep the version the pages were written for (pypdf starts at 1.3).
    if re.fullmatch(r"%PDF-[12]\.[0-9]", reader.pdf_header):
        writer.pdf_header = reader.pdf_header
    for page in reader.pages:
        writer.add_page(page)
    catalog = writer.root_object
    for key in _CATALOG_DROPPED:
        catalog.pop(key, None)
    _scrub_objects(catalog)
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _scrub_objects(root: DictionaryObject) -> None:
    """Walk everything reachable from the catalog and clean each dictionary."""
    stack: list[Any] = [root]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            item = item.get_object()
        if not isinstance(item, DictionaryObject | ArrayObject):
            continue
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, DictionaryObject):
            _scrub_dictionary(item)
            stack.extend(item.values())
        else:
            stack.extend(item)


def _resolved(obj: DictionaryObject, key: str) -> Any:
    """The value under ``key`` with indirect references followed (or None)."""
    value = obj.get(key)
    return value.get_object() if value is not None else None


def _scrub_dictionary(obj: DictionaryObject) -> None:
    for key in _DROPPED_KEYS:
        obj.pop(key, None)
    for key in ("/A", "/Next"):
        action = _resolved(obj, key)
        if (
            isinstance(action, DictionaryObject)
            and _resolved(action, "/S") in _DANGEROUS_ACTIONS
        ):
            del obj[key]
    if _resolved(obj, "/Type") == "/Page":
        for key in list(obj.keys()):
            if key not in _PAGE_KEYS:
                del obj[key]
        _drop_media_annotations(obj)
    if "/Rect" in obj and _resolved(obj, "/Subtype") not in (None, "/Widget"):
        # A markup annotation: /T is its author's name (form fields use /T
        # for their name, but widgets are kept as drawn and forms dropped).
        for key in _ANNOTATION_IDENTITY_KEYS:
            obj.pop(key, None)
    if isinstance(obj, StreamObject):
        _strip_jpeg_stream(obj)


def _drop_media_annotations(page: DictionaryObject) -> None:
    annotations = _resolved(page, "/Annots")
    if not isinstance(annotations, ArrayObject):
        page.pop("/Annots", None)
        return
    kept = ArrayObject()
    for annotation in annotations:
        target = annotation.get_object() if annotation is not None else None
        if (
            isinstance(target, DictionaryObject)
            and _resolved(target, "/Subtype") not in _DROPPED_ANNOTATIONS
        ):
            kept.append(annotation)
    page[NameObject("/Annots")] = kept


def _strip_jpeg_stream(stream: StreamObject) -> None:
    """Remove EXIF/XMP and trailers from a JPEG picture stored in the PDF."""
    filters = _resolved(stream, "/Filter")
    if isinstance(filters, ArrayObject):
        names = [f.get_object() for f in filters]
    else:
        names = [filters]
    if not names or names[-1] != "/DCTDecode":
        return
    if len(names) == 1:
        jpeg = stream._data  # the stored bytes; pypdf has no public accessor
    else:
        # e.g. [/FlateDecode /DCTDecode]: pypdf undoes the outer filters and
        # passes the JPEG through; store it with /DCTDecode alone.
        jpeg = stream.get_data()
        parms = _resolved(stream, "/DecodeParms")
        stream[NameObject("/Filter")] = NameObject("/DCTDecode")
        if isinstance(parms, ArrayObject) and parms and parms[-1] is not None:
            stream[NameObject("/DecodeParms")] = parms[-1]
        else:
            stream.pop("/DecodeParms", None)
    # The base class's set_data stores the bytes as they are (pypdf's
    # EncodedStreamObject.set_data only knows how to re-encode Flate).
    StreamObject.set_data(stream, _strip_jpeg_metadata(jpeg))


def _strip_jpeg_metadata(jpeg: bytes) -> bytes:
    """Rewrite a JPEG's segments without decoding it.

    Keeps what the decoder needs (tables, frame and scan headers, the
    entropy-coded data, the JFIF header without its thumbnail, Adobe's
    colour-transform segment) and drops every other application segment
    (EXIF, XMP, ICC, maker notes, Photoshop IRB...), comments, and anything
    after the end-of-image marker (MPO pictures, motion-photo videos).
    Raises ValueError when the data is not a JPEG.
    """
    size = len(jpeg)
    if not jpeg.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    i = 2
    while True:
        if i >= size or jpeg[i] != 0xFF:
            raise ValueError("expected a JPEG marker")
        while i < size and jpeg[i] == 0xFF:  # fill bytes
            i += 1
        if i >= size:
            raise ValueError("truncated JPEG")
        marker = jpeg[i]
        i += 1
        if marker == 0xD9:  # end of image: drop whatever follows
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # no length
            out += bytes((0xFF, marker))
            continue
        if i + 2 > size:
            raise ValueError("truncated JPEG")
        length = int.from_bytes(jpeg[i : i + 2], "big")
        if length < 2 or i + length > size:
            raise ValueError("bad JPEG segment length")
        payload = _kept_segment(marker, jpeg[i + 2 : i + length])
        i += length
        if payload is not None:
            out += bytes((0xFF, marker))
            out += (len(payload) + 2).to_bytes(2, "big")
            out += payload
        if marker == 0xDA:  # start of scan: copy the coded data to the next marker
            start = i
            while True:
                j = jpeg.find(b"\xff", i)
                if j < 0 or j + 1 >= size:
                    # No end-of-image marker: keep the coded data, nothing else.
                    out += jpeg[start:]
                    out += b"\xff\xd9"
                    return bytes(out)
                following = jpeg[j + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    i = j + 2  # stuffed byte or restart marker
                    continue
                out += jpeg[start:j]
                i = j
                break


def _kept_segment(marker: int, payload: bytes) -> bytes | None:
    if marker == 0xE0:  # APP0: keep the JFIF header, without a thumbnail
        if payload.startswith(b"JFIF\x00") and len(payload) >= 12:
            return payload[:12] + b"\x00\x00"
        return None
    if marker == 0xEE:  # APP14 "Adobe": how to read the colours
        return payload if payload.startswith(b"Adobe") else None
    if 0xE1 <= marker <= 0xEF or marker == 0xFE:  # other APPn, comments
        return None
    return payload
