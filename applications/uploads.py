"""Checks, re-writing and storage names for citizens' uploaded documents
(RELIABILITY rows 11-13).

Only PDF, JPEG and PNG are accepted, decided by the file's own bytes: the name and
the browser's claimed content type are ignored both ways. An accepted file is never
stored as it was received: `sanitize_upload` parses it, and what is stored, counted
and served is the file its parser writes anew.

- PDF: qpdf (through pikepdf) opens the file as written, without rebuilding a
  damaged cross-reference table, and every object is read, those packed in object
  streams included (Flate once or twice, with or without a predictor: qpdf
  decodes them all, each within 16 MB; LZW, which qpdf cannot bound, is refused).
  Refused: JavaScript (actions, the /JavaScript name tree), actions that start a
  program, send or import form data, open another file or play media, a web
  address opened without a click (/OpenAction, /AA), XFA forms, embedded files,
  file-attachment, rich-media, movie, sound, screen and 3D content, a password to
  open, any qpdf warning, and more than MAX_PDF_PAGES pages, MAX_PDF_OBJECTS
  objects or MAX_PDF_ITEMS values. Stored is the object graph as qpdf writes it
  again: bytes outside it (HTML after `%%EOF` or between objects) are gone, an
  encryption without an open password is removed, stream data is copied without
  being decoded. PDF signatures no longer verify in the copy (their byte ranges
  have moved); a signed document's QR code still does.
- JPEG and PNG: Pillow decodes the image (MAX_IMAGE_PIXELS at most), turns it
  upright by its EXIF orientation and encodes it again in its own format, with no
  metadata (EXIF and its GPS position, XMP, comments, text chunks; an ICC profile
  is applied, to sRGB, then dropped) and nothing after the image (a ZIP appended
  to a PNG).

Stored names are random and the extension comes from the detected type, so a
crafted filename can neither escape the storage root nor choose how the file is
later served.
"""

import contextlib
import io
import itertools
import math
import secrets
from dataclasses import dataclass
from typing import Protocol

import pikepdf
from pikepdf import ObjectType
from PIL import Image, ImageCms, ImageOps, JpegImagePlugin

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

ALLOWED_TYPES: dict[str, str] = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 50_000_000
# A citizen's document is a few pages; a deed or a thesis may have a few hundred.
MAX_PDF_PAGES = 500
# Tagged PDFs have an object per paragraph; 5 MB of them stay well under this.
MAX_PDF_OBJECTS = 100_000
# Values in all the objects' dictionaries and arrays (a CID font's widths are a
# few thousand): the walk takes about 4 µs each, and one object can hold millions.
MAX_PDF_ITEMS = 1_000_000

_MAGIC_BYTES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
# Phones write multi-picture JPEGs (MPF), which Pillow reports as "MPO"; only the
# first picture is kept.
_PILLOW_FORMATS = {"image/jpeg": {"JPEG", "MPO"}, "image/png": {"PNG"}}
_MEGABYTE = 1024 * 1024
# The quality of a JPEG re-encoded without its own quantisation tables.
JPEG_QUALITY = 90

# qpdf decodes object and cross-reference streams to read the objects in them;
# nothing else is decoded here. By default its decoders have no memory limit, so a
# few kB of Flate could inflate to gigabytes. The limits are process-wide (qpdf
# has no other kind) and set once, when this module is imported at start-up: code
# that later decodes large PDF images with pikepdf in this process must raise them.
_PDF_MAX_DECODED_BYTES = 16 * _MEGABYTE
pikepdf.settings.set_qpdf_limits(
    flate_max_memory=_PDF_MAX_DECODED_BYTES,
    png_max_memory=_PDF_MAX_DECODED_BYTES,
    tiff_max_memory=_PDF_MAX_DECODED_BYTES,
    run_length_max_memory=_PDF_MAX_DECODED_BYTES,
    dct_max_memory=_PDF_MAX_DECODED_BYTES,
)
# Filters an object stream may use: those above, with a memory limit, and those
# that only shrink their input. qpdf sets no limit on LZW, which can expand a
# thousandfold; no writer in use packs objects with it.
_OBJECT_STREAM_FILTERS = frozenset(
    {
        "/FlateDecode",
        "/Fl",
        "/RunLengthDecode",
        "/RL",
        "/ASCIIHexDecode",
        "/AHx",
        "/ASCII85Decode",
        "/A85",
        "/Crypt",
    }
)

# What a PDF may not contain, wherever it is: qpdf has decoded hex escapes in
# names (`/J#53` is `/JS`), so names compare as they are meant.
# - Keys: JavaScript (an action's code, the name tree of document scripts), XFA
#   forms (their templates carry scripts), embedded files (name tree, a file
#   specification's /EF and /RF), rich media and 3D data.
_ACTIVE_KEYS = frozenset(
    {
        "/JS",
        "/JavaScript",
        "/XFA",
        "/EmbeddedFiles",
        "/EF",
        "/RF",
        "/RichMediaContent",
        "/RichMediaSettings",
        "/3DD",
    }
)
# - Action types (/S), whatever triggers them: code, programs, form data sent or
#   imported, other files opened (GoToR, GoToE; a UNC path also leaks the officer's
#   Windows credentials), media played. GoTo, Named, Hide, SetOCGState, Thread,
#   Trans and ResetForm only move within the document or change its view, and are
#   kept; an action chained after them (/Next) is checked like any other. /S also
#   names structure types and border styles, so a tagged paragraph called
#   "Launch" would be refused too: none is.
_ACTIVE_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/GoToR",
        "/GoToE",
        "/Rendition",
        "/RichMediaExecute",
        "/Movie",
        "/Sound",
        "/GoTo3DView",
    }
)
# - Actions kept on a link the officer clicks (letters and e-signed documents link
#   to their websites and verification pages) but refused when they run by
#   themselves, on opening (/OpenAction) or on an event (/AA): a document that
#   calls a web address as it opens reports who read it, where and when.
_CLICK_ONLY_ACTIONS = frozenset({"/URI"})
# - Object types (/Type) and subtypes (/Subtype): embedded files, sound and 3D
#   streams; file-attachment, rich-media, movie, sound, screen and 3D annotations,
#   U3D and PRC models, PostScript XObjects (run by printers).
_ACTIVE_TYPES = frozenset({"/EmbeddedFile", "/Sound", "/3D", "/RichMediaContent"})
_ACTIVE_SUBTYPES = frozenset(
    {
        "/FileAttachment",
        "/RichMedia",
        "/Movie",
        "/Sound",
        "/Screen",
        "/3D",
        "/U3D",
        "/PRC",
        "/PS",
    }
)
_MAX_CHAINED_ACTIONS = 1_000
_CONTAINERS = frozenset({ObjectType.array, ObjectType.dictionary, ObjectType.stream})

EMPTY_MESSAGE = _("The file is empty.")
TOO_LARGE_MESSAGE = _("The file is %(size)s MB; the limit is %(limit)s MB.")
TYPE_MESSAGE = _(
    "Only PDF, JPEG or PNG files are accepted. "
    "This file is not one of them, whatever its name says."
)
DAMAGED_MESSAGE = _(
    "The file is damaged or contains active content; please scan or export it again."
)
ACTIVE_CONTENT_MESSAGE = _(
    "This PDF contains active content (scripts, attached files, media or links "
    "that start programs), which is not accepted. Print it to a new PDF or scan "
    "the paper, then upload that file."
)
ENCRYPTED_MESSAGE = _(
    "This PDF is protected with a password. Save a copy without the password, "
    "then upload that copy."
)
TOO_MANY_PAGES_MESSAGE = _("The PDF has %(pages)s pages; the limit is %(limit)s.")


class UploadLike(Protocol):
    """A Django `UploadedFile`, a `FieldFile`, or anything as readable."""

    size: int | None

    def read(self, size: int = -1, /) -> bytes: ...

    def seek(self, offset: int, /) -> object: ...


@dataclass(frozen=True)
class SanitizedUpload:
    """An accepted upload: its type and the re-written file, the one to store."""

    content_type: str
    file: SimpleUploadedFile


def sniff_content_type(file: UploadLike) -> str | None:
    """The allowed content type that the file's first bytes announce, or None."""
    try:
        file.seek(0)
        head = file.read(8)
    finally:
        file.seek(0)
    return _content_type_of(head)


def sanitize_upload(
    file: UploadLike, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> SanitizedUpload:
    """Check an upload and return it re-written, or raise ValidationError (one
    message, a code). Store `.file`, never the upload itself.

    - "empty": no bytes at all.
    - "too_large": more than `max_bytes` (exactly `max_bytes` passes), as sent or
      as re-written.
    - "type": the first bytes are not those of a PDF, JPEG or PNG.
    - "encrypted": a PDF that needs a password to open.
    - "too_many_pages": a PDF of more than MAX_PDF_PAGES pages.
    - "active_content": a PDF with scripts, embedded files, media or actions that
      start programs, open other files or send data (see the module docstring).
    - "damaged": a PDF qpdf cannot read as written (truncated, a cross-reference
      table to rebuild, any warning, no page, over MAX_PDF_OBJECTS objects or
      MAX_PDF_ITEMS values, objects packed with LZW or over 16 MB decoded); an
      image Pillow cannot open, verify and decode, one whose format disagrees with
      its first bytes, or one over 50 megapixels.

    The file is read from the start and left at position 0.
    """
    if file.size == 0:
        raise ValidationError(EMPTY_MESSAGE, code="empty")
    if file.size is not None and file.size > max_bytes:
        raise _too_large(size=file.size, max_bytes=max_bytes)
    try:
        file.seek(0)
        # One byte more than allowed, in case `size` understates the content.
        data = file.read(max_bytes + 1)
    finally:
        file.seek(0)
    if not data:
        raise ValidationError(EMPTY_MESSAGE, code="empty")
    if len(data) > max_bytes:
        raise _too_large(size=max(len(data), file.size or 0), max_bytes=max_bytes)

    content_type = _content_type_of(data)
    if content_type is None:
        raise ValidationError(TYPE_MESSAGE, code="type")
    if content_type == "application/pdf":
        clean = _sanitized_pdf(data)
    else:
        clean = _sanitized_image(data, content_type=content_type)
    if clean is None:
        raise ValidationError(DAMAGED_MESSAGE, code="damaged")
    # Re-written files are about as large as their originals (a JPEG keeps its
    # quantisation); the rare one that grows past the limit is refused rather
    # than stored over it.
    if len(clean) > max_bytes:
        raise _too_large(size=len(clean), max_bytes=max_bytes)
    name = getattr(file, "name", None) or "dokumen" + ALLOWED_TYPES[content_type]
    return SanitizedUpload(
        content_type=content_type,
        file=SimpleUploadedFile(name, clean, content_type),
    )


def validate_upload(file: UploadLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The detected content type of an acceptable upload, or ValidationError as
    `sanitize_upload`. A check only: to store the file, use `sanitize_upload`."""
    return sanitize_upload(file, max_bytes=max_bytes).content_type


def document_upload_to(instance, filename: str) -> str:
    """Storage path for a document: 'documents/<yyyy>/<mm>/<32 hex random>.<ext>'.

    The extension comes from `instance.content_type` when set, else from the bytes of
    `instance.file`, never from `filename`, which may be '../../etc/passwd', contain
    NUL or be 300 characters of Unicode.
    """
    extension = _extension_for(
        getattr(instance, "content_type", ""), getattr(instance, "file", None)
    )
    return _random_path("documents", extension)


def output_upload_to(instance, filename: str) -> str:
    """Storage path for an agency's output document, as `document_upload_to` but
    under 'outputs/'. Reads `output_content_type`/`output_file` (the fields of
    `Application`) and falls back to `content_type`/`file`."""
    content_type = getattr(instance, "output_content_type", "") or getattr(
        instance, "content_type", ""
    )
    file = getattr(instance, "output_file", None) or getattr(instance, "file", None)
    return _random_path("outputs", _extension_for(content_type, file))


def download_filename(*, label: str, content_type: str) -> str:
    """A safe ASCII attachment name from a human label.

    ("KTP-el asli", "application/pdf") gives "ktp-el-asli.pdf"; a label with no
    ASCII letters or digits gives "dokumen.pdf".
    """
    if content_type not in ALLOWED_TYPES:
        raise ValueError(f"Not an allowed content type: {content_type!r}")
    stem = slugify(label)[:80].strip("-_") or "dokumen"
    return stem + ALLOWED_TYPES[content_type]


def _content_type_of(head: bytes) -> str | None:
    for magic, content_type in _MAGIC_BYTES:
        if head.startswith(magic):
            return content_type
    return None


def _too_large(*, size: int, max_bytes: int) -> ValidationError:
    # Round the size up, so that a file one byte over the limit never reads as
    # "5.0 MB; the limit is 5.0 MB".
    size_mb = math.ceil(size * 10 / _MEGABYTE) / 10
    return ValidationError(
        TOO_LARGE_MESSAGE,
        code="too_large",
        params={
            "size": formats.number_format(size_mb, decimal_pos=1),
            "limit": formats.number_format(max_bytes / _MEGABYTE, decimal_pos=1),
        },
    )


# ---------------------------------------------------------------- PDF


def _sanitized_pdf(data: bytes) -> bytes | None:
    """The PDF as qpdf writes it again; None if damaged; ValidationError if it
    needs a password, has too many pages or has active content."""
    try:
        # No recovery: a file whose cross-reference table must be rebuilt (cut
        # short, shifted, or with trailing bytes hiding `startxref`) is damaged.
        pdf = pikepdf.open(
            io.BytesIO(data), attempt_recovery=False, inherit_page_attributes=False
        )
    except pikepdf.PasswordError:
        raise ValidationError(ENCRYPTED_MESSAGE, code="encrypted") from None
    except Exception:  # PdfError, and anything else the parser raises
        return None
    with pdf:
        try:
            if not _is_readable(pdf):
                return None
            pages = len(pdf.pages)
            if pages > MAX_PDF_PAGES:
                raise ValidationError(
                    TOO_MANY_PAGES_MESSAGE,
                    code="too_many_pages",
                    params={"pages": pages, "limit": MAX_PDF_PAGES},
                )
            if pages == 0:
                return None
            if _has_active_content(pdf):
                raise ValidationError(ACTIVE_CONTENT_MESSAGE, code="active_content")
            if pdf.get_warnings():  # e.g. an object stream over the memory limit
                return None
            out = io.BytesIO()
            pdf.save(
                out,
                # Streams are copied as they are, never decoded: the walk above
                # read every dictionary, and decoding images would cost memory.
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                compress_streams=True,
                linearize=False,
                fix_metadata_version=True,
                encryption=False,
                deterministic_id=True,
            )
        except ValidationError:
            raise
        except Exception:
            return None
        if pdf.get_warnings():
            return None
    return out.getvalue()


def _is_readable(pdf: pikepdf.Pdf) -> bool:
    """Whether qpdf read the file without a warning, its object count is within
    MAX_PDF_OBJECTS and its object streams can be decoded within the limits."""
    if pdf.get_warnings():
        return False
    # qpdf has checked /Size against the cross-reference table (or warned), so
    # this refuses a huge count before the table is copied into Python.
    size = pdf.trailer.get("/Size")
    if not isinstance(size, int) or size > MAX_PDF_OBJECTS + 1:
        return False
    xref = pdf.get_xref_table()
    if len(xref) > MAX_PDF_OBJECTS + 1:
        return False
    # Read the object streams' dictionaries before anything unpacks them.
    object_streams = {e.obj_stream_number for e in xref.values() if e.type == 2}
    for number in sorted(object_streams):
        stream = pdf.get_object(number, 0)
        if not isinstance(stream, pikepdf.Stream) or not _object_stream_filters_ok(
            stream.stream_dict.get("/Filter")
        ):
            return False
    return True


def _object_stream_filters_ok(filters) -> bool:
    if filters is None:
        return True
    if isinstance(filters, pikepdf.Name):
        filters = [filters]
    elif not isinstance(filters, pikepdf.Array):
        return False
    return all(
        isinstance(f, pikepdf.Name) and str(f) in _OBJECT_STREAM_FILTERS
        for f in filters
    )


class _TooComplexError(Exception):
    """More than MAX_PDF_ITEMS values to check in a PDF's objects."""


def _has_active_content(pdf: pikepdf.Pdf) -> bool:
    """Whether any object, or anything held directly in one, is active content;
    _TooComplexError past MAX_PDF_ITEMS values.

    `pdf.objects` lists every object of the cross-reference table, those in object
    streams included; each is walked down to the indirect objects it refers to,
    which the list has as well. Objects nothing refers to are checked too, though
    qpdf would not write them.
    """
    open_action = pdf.Root.get("/OpenAction")
    if open_action is not None and _runs_click_only_action([open_action]):
        return True
    budget = MAX_PDF_ITEMS
    for top in itertools.chain([pdf.trailer], pdf.objects):
        pending = [top]
        while pending:
            item = pending.pop()
            if not isinstance(item, pikepdf.Object):
                continue  # None (a null object) or a number, converted by pikepdf
            kind = item._type_code
            if kind == ObjectType.array:
                children = list(item)
            elif kind in (ObjectType.dictionary, ObjectType.stream):
                dictionary = item.stream_dict if kind == ObjectType.stream else item
                if _is_active_dictionary(dictionary):
                    return True
                children = list(dictionary.values())
            else:
                continue
            budget -= len(children)
            if budget < 0:
                raise _TooComplexError
            pending.extend(
                child
                for child in children
                if isinstance(child, pikepdf.Object)
                and child._type_code in _CONTAINERS
                and not child.is_indirect  # listed in pdf.objects itself
            )
    return False


def _is_active_dictionary(dictionary: pikepdf.Dictionary) -> bool:
    keys = set(dictionary.keys())
    if not keys.isdisjoint(_ACTIVE_KEYS):
        return True
    for key, refused in (
        ("/S", _ACTIVE_ACTIONS),
        ("/Type", _ACTIVE_TYPES),
        ("/Subtype", _ACTIVE_SUBTYPES),
    ):
        if key in keys and _name(dictionary[key]) in refused:
            return True
    if "/AA" in keys:  # additional actions: run on events, not on a click
        triggers = dictionary["/AA"]
        if isinstance(triggers, pikepdf.Dictionary):
            return _runs_click_only_action(list(triggers.values()))
    return False


def _runs_click_only_action(actions: list) -> bool:
    """Whether these actions, or those chained after them (/Next), include one
    allowed only on a click."""
    pending, visited = list(actions), set()
    while pending:
        action = pending.pop()
        if not isinstance(action, pikepdf.Dictionary):
            continue  # a destination, as /OpenAction may be
        if action.is_indirect:
            if action.objgen in visited:
                continue  # a chain that loops
            visited.add(action.objgen)
        if len(visited) > _MAX_CHAINED_ACTIONS:
            return True  # no document chains a thousand actions
        if _name(action.get("/S")) in _CLICK_ONLY_ACTIONS:
            return True
        chained = action.get("/Next")
        if isinstance(chained, pikepdf.Array):
            pending.extend(chained)
        elif chained is not None:
            pending.append(chained)
    return False


def _name(value) -> str | None:
    return str(value) if isinstance(value, pikepdf.Name) else None


# ---------------------------------------------------------------- images


def _sanitized_image(data: bytes, *, content_type: str) -> bytes | None:
    """The image decoded and encoded again, upright and without metadata; None
    if damaged."""
    expected_formats = _PILLOW_FORMATS[content_type]
    pillow_formats = sorted(expected_formats)
    # Pillow raises many kinds of error on malformed input (SyntaxError, OSError,
    # struct.error, ...), as Django's ImageField knows; any of them means damaged.
    # That includes DecompressionBombError (over twice Pillow's own limit) and its
    # Warning, raised only where warnings are errors: making them errors here would
    # change process-wide filters, which is not thread-safe, and the pixel check
    # below refuses those images before they are decoded anyway.
    try:
        with Image.open(io.BytesIO(data), formats=pillow_formats) as image:
            width, height = image.size
            if image.format not in expected_formats:
                return None
            if width * height > MAX_IMAGE_PIXELS:
                return None
            image.verify()  # PNG: every chunk's checksum
        with Image.open(io.BytesIO(data), formats=pillow_formats) as image:
            image.load()  # decodes it all: a truncated file raises here
            if content_type == "image/jpeg":
                return _jpeg_bytes(image)
            return _png_bytes(image)
    except Exception:
        return None


def _jpeg_bytes(image: Image.Image) -> bytes:
    source_mode, dpi = image.mode, _dpi(image)
    qtables, subsampling = image.quantization, JpegImagePlugin.get_sampling(image)
    clean = _upright_without_metadata(image, keep_modes={"L", "RGB"})
    options: dict = {"optimize": True}
    if clean.mode == source_mode and qtables:
        # The photo's own quantisation keeps its quality and, near enough, its
        # size: a fixed quality would enlarge a photo that was saved lower.
        options |= {"qtables": qtables, "subsampling": subsampling}
    else:  # CMYK, now RGB
        options["quality"] = JPEG_QUALITY
    out = io.BytesIO()
    clean.save(out, "JPEG", **options, **dpi)
    return out.getvalue()


def _png_bytes(image: Image.Image) -> bytes:
    source_mode, dpi = image.mode, _dpi(image)
    transparency = image.info.get("transparency")
    clean = _upright_without_metadata(
        image, keep_modes={"1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"}
    )
    options: dict = {"optimize": True}
    if transparency is not None and clean.mode == source_mode:
        options["transparency"] = transparency  # a palette's or a colour's
    out = io.BytesIO()
    clean.save(out, "PNG", **options, **dpi)
    return out.getvalue()


def _upright_without_metadata(image: Image.Image, *, keep_modes: set[str]):
    """The decoded image turned by its EXIF orientation, in sRGB if it had a
    colour profile, in a mode its format keeps, and with no metadata at all."""
    icc_profile = image.info.get("icc_profile")
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    # In place: a 50-megapixel photo is 150 MB decoded, once is enough. EXIF too
    # broken to read an orientation from leaves the image as it is.
    with contextlib.suppress(Exception):
        ImageOps.exif_transpose(image, in_place=True)
    if icc_profile and image.mode in ("RGB", "CMYK"):
        image = _to_srgb(image, icc_profile)
    if image.mode not in keep_modes:
        image = image.convert("RGBA" if has_alpha and "RGBA" in keep_modes else "RGB")
    # Pillow writes some of `info` back (comments, XMP, a PNG's ICC profile and
    # EXIF): none of it is kept.
    image.info = {}
    return image


def _to_srgb(image: Image.Image, icc_profile: bytes) -> Image.Image:
    """The image converted from its embedded profile to sRGB; as it was if the
    profile cannot be read (CMYK is then converted plainly, later)."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        return ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _dpi(image: Image.Image) -> dict:
    """The scan's resolution, the one piece of metadata worth keeping (it gives
    the printed size), when it is a plausible one."""
    dpi = image.info.get("dpi")
    try:
        x, y = (round(float(value)) for value in dpi)
    except (TypeError, ValueError):
        return {}
    return {"dpi": (x, y)} if 0 < x <= 10_000 and 0 < y <= 10_000 else {}


def _extension_for(content_type: str, file) -> str:
    if not content_type and file:
        content_type = sniff_content_type(file) or ""
    if content_type not in ALLOWED_TYPES:
        raise ValidationError(TYPE_MESSAGE, code="type")
    return ALLOWED_TYPES[content_type]


def _random_path(folder: str, extension: str) -> str:
    return f"{folder}/{timezone.now():%Y/%m}/{secrets.token_hex(16)}{extension}"
