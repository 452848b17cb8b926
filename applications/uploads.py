"""Checks and storage names for citizens' uploaded documents (RELIABILITY rows 11-13).

Only PDF, JPEG and PNG are accepted, decided by the file's own bytes: the name and
the browser's claimed content type are ignored both ways. Stored names are random
and the extension comes from the detected type, so a crafted filename can neither
escape the storage root nor choose how the file is later served.
"""

import io
import math
import re
import secrets
import zlib
from typing import Protocol

from PIL import Image

from django.core.exceptions import ValidationError
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

_MAGIC_BYTES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
# Phones write multi-picture JPEGs (MPF), which Pillow reports as "MPO".
_PILLOW_FORMATS = {"image/jpeg": {"JPEG", "MPO"}, "image/png": {"PNG"}}
_MEGABYTE = 1024 * 1024

# PDF names that start scripts or programs. A name may hex-escape any character
# (`/J#53` is `/JS`), so names are decoded before they are compared.
_ACTIVE_PDF_NAMES = frozenset({b"JavaScript", b"JS", b"Launch"})
_PDF_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]*)")
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
# Stream bodies are skipped: their compressed bytes would spell "/JS" by chance in
# about one 5 MB scan in four. Object streams (PDF 1.5) are inflated and searched
# instead, since dictionaries, and so actions, may hide in them.
_PDF_STREAM = re.compile(rb">>\s*stream\r?\n")
_PDF_ENDSTREAM = b"endstream"
_MAX_INFLATED_BYTES = 20 * _MEGABYTE
# Object streams in these filters cannot be searched, so they are refused.
_OTHER_FILTERS = frozenset(
    {
        b"ASCIIHexDecode",
        b"ASCII85Decode",
        b"LZWDecode",
        b"RunLengthDecode",
        b"Crypt",
        b"AHx",
        b"A85",
        b"LZW",
        b"RL",
    }
)

EMPTY_MESSAGE = _("The file is empty.")
TOO_LARGE_MESSAGE = _("The file is %(size)s MB; the limit is %(limit)s MB.")
TYPE_MESSAGE = _(
    "Only PDF, JPEG or PNG files are accepted. "
    "This file is not one of them, whatever its name says."
)
DAMAGED_MESSAGE = _(
    "The file is damaged or contains active content; please scan or export it again."
)


class UploadLike(Protocol):
    """A Django `UploadedFile`, a `FieldFile`, or anything as readable."""

    size: int | None

    def read(self, size: int = -1, /) -> bytes: ...

    def seek(self, offset: int, /) -> object: ...


def sniff_content_type(file: UploadLike) -> str | None:
    """The allowed content type that the file's first bytes announce, or None."""
    try:
        file.seek(0)
        head = file.read(8)
    finally:
        file.seek(0)
    return _content_type_of(head)


def validate_upload(file: UploadLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the detected content type or raise ValidationError (one message, a code).

    - "empty": no bytes at all.
    - "too_large": more than `max_bytes` (exactly `max_bytes` passes).
    - "type": the first bytes are not those of a PDF, JPEG or PNG.
    - "damaged": a truncated PDF (no `%%EOF` near the end), a PDF with JavaScript or
      Launch actions, an image Pillow cannot open, verify and (JPEG) decode, one
      whose format disagrees with its first bytes, or one over 50 megapixels.

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
    is_sound = (
        _is_sound_pdf(data)
        if content_type == "application/pdf"
        else _is_sound_image(data, content_type=content_type)
    )
    if not is_sound:
        raise ValidationError(DAMAGED_MESSAGE, code="damaged")
    return content_type


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


def _is_sound_pdf(data: bytes) -> bool:
    if b"%%EOF" not in data[-1024:]:
        return False
    try:
        searchable = [_without_streams(data), *_object_streams(data)]
    except (ValueError, zlib.error):
        return False
    return not any(_has_active_name(chunk) for chunk in searchable)


def _without_streams(data: bytes) -> bytes:
    parts, position = [], 0
    for match in _PDF_STREAM.finditer(data):
        if match.start() < position:
            continue  # inside a stream already skipped
        parts.append(data[position : match.end()])
        end = data.find(_PDF_ENDSTREAM, match.end())
        position = len(data) if end == -1 else end
    parts.append(data[position:])
    return b"".join(parts)


def _object_streams(data: bytes):
    """Inflated bodies of the PDF's object streams; ValueError if one can't be read."""
    budget = _MAX_INFLATED_BYTES
    for match in _PDF_STREAM.finditer(data):
        # The stream's dictionary: from the end of the previous object or stream.
        start = max(
            data.rfind(b"endobj", 0, match.start()),
            data.rfind(_PDF_ENDSTREAM, 0, match.start()),
            0,
        )
        dictionary = data[start : match.start()]
        names = _pdf_names(dictionary)
        if b"ObjStm" not in names:
            continue
        end = data.find(_PDF_ENDSTREAM, match.end())
        body = data[match.end() : len(data) if end == -1 else end]
        if b"Filter" not in names:
            continue  # stored plainly, so already searched as it stands
        if b"FlateDecode" not in names or not names.isdisjoint(_OTHER_FILTERS):
            raise ValueError("object stream in a filter that cannot be inspected")
        inflater = zlib.decompressobj()
        inflated = inflater.decompress(body, budget)
        budget -= len(inflated)
        if inflater.unconsumed_tail or budget <= 0:
            raise ValueError("object streams too large to inspect")
        yield inflated


def _pdf_names(chunk: bytes) -> set[bytes]:
    return {
        _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), name)
        for name in _PDF_NAME.findall(chunk)
    }


def _has_active_name(chunk: bytes) -> bool:
    return not _ACTIVE_PDF_NAMES.isdisjoint(_pdf_names(chunk))


def _is_sound_image(data: bytes, *, content_type: str) -> bool:
    expected_formats = _PILLOW_FORMATS[content_type]
    pillow_formats = sorted(expected_formats)
    # Pillow raises many kinds of error on malformed input (SyntaxError, OSError,
    # struct.error, ...), as Django's ImageField knows; any of them means damaged.
    # That includes DecompressionBombError (over twice Pillow's own limit) and its
    # Warning, raised only where warnings are errors: making them errors here would
    # change process-wide filters, which is not thread-safe, and the pixel check
    # below refuses those images anyway.
    try:
        with Image.open(io.BytesIO(data), formats=pillow_formats) as image:
            width, height = image.size
            if image.format not in expected_formats:
                return False
            if width * height > MAX_IMAGE_PIXELS:
                return False
            image.verify()
        if content_type == "image/jpeg":
            # verify() does not read JPEG scan data; decoding at 1/8 scale finds a
            # truncated photo cheaply.
            with Image.open(io.BytesIO(data), formats=pillow_formats) as image:
                image.draft(None, (1, 1))
                image.load()
    except Exception:
        return False
    return True


def _extension_for(content_type: str, file) -> str:
    if not content_type and file:
        content_type = sniff_content_type(file) or ""
    if content_type not in ALLOWED_TYPES:
        raise ValidationError(TYPE_MESSAGE, code="type")
    return ALLOWED_TYPES[content_type]


def _random_path(folder: str, extension: str) -> str:
    return f"{folder}/{timezone.now():%Y/%m}/{secrets.token_hex(16)}{extension}"
