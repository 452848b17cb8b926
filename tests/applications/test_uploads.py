import posixpath
import re
from types import SimpleNamespace

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from applications import uploads
from tests.applications import badfiles

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
        (badfiles.pdf_with_javascript, "damaged"),
        (badfiles.pdf_with_hex_escaped_javascript, "damaged"),
        (badfiles.pdf_with_launch_action, "damaged"),
        (badfiles.pdf_with_javascript_in_object_stream, "damaged"),
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
            badfiles.pdf_with_javascript,
            "The file is damaged or contains active content; "
            "please scan or export it again.",
        ),
    ],
    ids=["empty", "type", "damaged"],
)
def test_messages_in_english(build, message):
    """The English messages, which the Indonesian catalogue translates."""
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        uploads.validate_upload(build())

    with translation.override("en"):
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
