"""Rough edges of applying online (issue 9 §3): required and optional items marked
and grouped, what is missing said on the form, one draft per service and mall
(resumed, also under two taps at once), dated cards with what a draft lacks, the
uploaded file's name, size and a private link to view it, upload progress, and the
form's catalogue text in English under /en/."""

import re
import threading
import uuid

import pytest

from django.contrib.staticfiles import finders
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.html import escape

from applications import actions
from applications.models import Application, ApplicationStatus
from services.models import ServiceField
from tests.agencies.factories import BoothFactory, MallFactory
from tests.applications import badfiles
from tests.applications.factories import (
    ApplicationFactory,
    CitizenFactory,
    OnlineServiceFactory,
)
from tests.services.factories import RequirementFactory

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite ignores select_for_update and runs one writer at a time",
)


@pytest.fixture
def service():
    """Two required documents (KTP-el, Surat pengantar RT/RW), one optional (Pas
    foto), a required field (Tujuan permohonan) and an optional one (Catatan), with
    English names for some of them."""
    service = OnlineServiceFactory(slug="izin-uji")
    ktp = service.requirements.get(name="KTP-el")
    ktp.name_en = "Electronic ID card"
    ktp.description = "Pindai kedua sisi."
    ktp.description_en = "Scan both sides."
    ktp.save()
    RequirementFactory(service=service, name="Pas foto", position=3, is_mandatory=False)
    purpose = service.fields.get()
    purpose.label_en = "Purpose of the application"
    purpose.help_text = "Misalnya: usaha baru."
    purpose.help_text_en = "For example: a new business."
    purpose.save()
    ServiceField.objects.create(
        service=service, position=2, label="Catatan", is_required=False
    )
    return service


def _requirement(service, name):
    return service.requirements.get(name=name)


def _edit_url(application, *, lang="en") -> str:
    prefix = "/en" if lang == "en" else ""
    return f"{prefix}/permohonan/{application.uuid}/isi/"


def _section(html: str, title_id: str) -> str:
    """The HTML of the <section> labelled by `title_id`."""
    start = html.index(f'<section aria-labelledby="{title_id}">')
    return html[start : html.index("</section>", start)]


def _label(html: str, field_id: str) -> str:
    """The text of the <label> of the input `field_id`, tags removed."""
    match = re.search(rf'<label\s+for="{field_id}"[^>]*>(.*?)</label>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


# ---------------------------------------------------------------- 1. marking


def test_required_and_optional_items_are_marked_and_grouped(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)
    ktp = _requirement(service, "KTP-el")
    letter = _requirement(service, "Surat pengantar RT/RW")
    photo = _requirement(service, "Pas foto")
    purpose = service.fields.get(label="Tujuan permohonan")
    note = service.fields.get(label="Catatan")

    html = client.get(_edit_url(application)).content.decode()

    required = _section(html, "required-documents-title")
    optional = _section(html, "optional-documents-title")
    assert "Required documents" in required
    assert f'name="doc_{ktp.pk}"' in required
    assert f'name="doc_{letter.pk}"' in required
    assert f'name="doc_{photo.pk}"' not in required
    assert f'name="doc_{photo.pk}"' in optional
    assert "Optional documents" in optional
    assert _label(html, f"id_doc_{ktp.pk}") == "Electronic ID card * required"
    assert _label(html, f"id_doc_{letter.pk}") == "Surat pengantar RT/RW * required"
    assert _label(html, f"id_doc_{photo.pk}") == "Pas foto optional"
    assert _label(html, f"id_{purpose.key}") == "Purpose of the application * required"
    assert _label(html, f"id_{note.key}") == "Catatan optional"
    # the star is decoration: screen readers read the word, and are told it is needed
    assert '<span class="text-danger" aria-hidden="true">*</span>' in html
    assert re.search(rf'name="doc_{ktp.pk}"[^>]*aria-required="true"', html)
    assert not re.search(rf'name="doc_{photo.pk}"[^>]*aria-required', html)
    # the legend explains both marks, before the first field
    legend = re.search(r'data-testid="form-legend">(.*?)</p>', html, re.S).group(1)
    legend = " ".join(re.sub(r"<[^>]+>", " ", legend).split())
    assert legend == (
        "* required must be given before you can send; optional may be left empty."
    )
    assert html.index('data-testid="form-legend"') < html.index("Required documents")


def test_what_is_missing_is_said_at_the_top_and_at_each_field(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)
    ktp = _requirement(service, "KTP-el")
    letter = _requirement(service, "Surat pengantar RT/RW")
    purpose = service.fields.get(label="Tujuan permohonan")
    client.post(
        _edit_url(application),
        {f"doc_{ktp.pk}": badfiles.good_pdf(), "draft": "1"},
    )

    html = client.get(_edit_url(application)).content.decode()

    summary = re.search(r'data-testid="missing-summary">(.*?)</div>', html, re.S)
    items = re.findall(r'<li><a href="#([^"]+)">([^<]+)</a></li>', summary.group(1))
    # the optional document and the optional field are not missing
    assert items == [
        (f"id_doc_{letter.pk}", "Surat pengantar RT/RW"),
        (f"id_{purpose.key}", "Purpose of the application"),
    ]
    assert html.count("missing-note") == 2
    letter_row = html[html.index(f'id="div_id_doc_{letter.pk}"') :]
    assert letter_row.index("Not uploaded yet") < letter_row.index("upload-row")
    purpose_row = html[html.index(f'id="div_id_{purpose.key}"') :]
    next_field = purpose_row.index('id="div_id_', 1)
    assert purpose_row.index("Not filled in yet") < next_field


def test_a_complete_draft_says_so_and_marks_nothing_missing(client, service):
    application = ApplicationFactory(service=service, complete=True)
    client.force_login(application.citizen)

    html = client.get(_edit_url(application)).content.decode()

    assert "Everything required is here" in html
    assert "missing-note" not in html


def test_the_review_step_names_the_same_missing_items(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)

    html = client.get(f"/en/permohonan/{application.uuid}/tinjau/").content.decode()

    assert (
        "Still missing: Electronic ID card, Surat pengantar RT/RW, "
        "Purpose of the application"
    ) in " ".join(html.split())


# ---------------------------------------------------------------- 2. one draft


def _start(client, service, *, key=None, prefix="/en"):
    url = f"{prefix}/layanan/{service.slug}/ajukan/"
    key = key or client.get(url).context["form"].initial["start_key"]
    mall = service.booths.get().mall
    return client.post(url, {"mall": mall.slug, "start_key": key})


def test_applying_again_resumes_the_open_draft(client, service):
    citizen = CitizenFactory()
    client.force_login(citizen)

    first = _start(client, service)
    second = _start(client, service)  # "Ajukan permohonan" clicked again

    draft = Application.objects.get(citizen=citizen)
    assert first.headers["Location"] == f"/en/permohonan/{draft.uuid}/isi/"
    assert second.headers["Location"] == first.headers["Location"]
    page = client.get(second.headers["Location"]).content.decode()
    assert "You had already started this application" in page


def test_the_start_page_offers_the_open_draft(client, service):
    draft = ApplicationFactory(service=service)
    client.force_login(draft.citizen)

    html = client.get(f"/en/layanan/{service.slug}/ajukan/").content.decode()

    assert f'href="/en/permohonan/{draft.uuid}/isi/"' in html
    assert "You already started this application" in html


def test_a_sent_application_is_not_resumed(client, service):
    sent = ApplicationFactory(service=service, submitted=True)
    client.force_login(sent.citizen)

    response = _start(client, service, prefix="")

    fresh = Application.objects.get(citizen=sent.citizen, status="draft")
    assert response.headers["Location"] == f"/permohonan/{fresh.uuid}/isi/"


def test_another_mall_gets_its_own_draft(service):
    # given: the service is offered at a second mall too
    here = service.booths.get().mall
    there = MallFactory()
    service.booths.add(BoothFactory(mall=there, agency=service.agency))
    citizen = CitizenFactory()

    # when
    first = actions.application_start(
        citizen=citizen, service=service, mall=here, start_key=uuid.uuid4()
    )
    second = actions.application_start(
        citizen=citizen, service=service, mall=there, start_key=uuid.uuid4()
    )

    # then
    assert first.pk != second.pk
    assert {first.mall, second.mall} == {here, there}


def test_the_start_form_sent_twice_still_gives_one_draft(client, service):
    citizen = CitizenFactory()
    client.force_login(citizen)
    key = str(uuid.uuid4())

    _start(client, service, key=key)
    _start(client, service, key=key)

    assert Application.objects.filter(citizen=citizen).count() == 1


def _run_together(count: int, work) -> tuple[list, list]:
    """Run `work()` in `count` threads released together, each on its own
    connection; return (results, errors)."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait(timeout=10)
            results.append(work())
        except Exception as error:  # reported by the test, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert [t.is_alive() for t in threads] == [False] * count
    return results, errors


@on_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("_round", range(5))
def test_two_taps_at_once_on_two_start_forms_make_one_draft(_round):
    # given: two start forms (two tabs, or a page shown twice), each with its key
    service = OnlineServiceFactory()
    mall = service.booths.get().mall
    citizen = CitizenFactory()

    def start():
        return actions.application_start(
            citizen=citizen, service=service, mall=mall, start_key=uuid.uuid4()
        ).pk

    # when
    ids, errors = _run_together(3, start)

    # then
    assert errors == []
    assert len(set(ids)) == 1
    assert Application.objects.filter(citizen=citizen).count() == 1


# ---------------------------------------------------------------- 2. the list


def test_cards_show_dates_and_what_a_draft_lacks(client, service):
    citizen = CitizenFactory()
    draft = ApplicationFactory(citizen=citizen, service=service)
    sent = ApplicationFactory(citizen=citizen, submitted=True)
    complete = ApplicationFactory(citizen=citizen, complete=True)
    client.force_login(citizen)

    html = " ".join(client.get("/en/permohonan/").content.decode().split())

    assert (
        "Missing: Electronic ID card, Surat pengantar RT/RW, Purpose of the application"
    ) in html
    started = timezone.localtime(draft.created_at)
    assert f"Started {started:%-d %B %Y} · last saved {started:%-d %B %Y}" in html
    assert "Complete: review and send it." in html
    assert f"Sent: {timezone.localtime(sent.submitted_at):%-d %B %Y}" in html
    # each card is a link to its own application
    for application in (draft, sent, complete):
        assert f'href="/en/permohonan/{application.uuid}/"' in html


def test_a_draft_card_names_what_is_missing_in_indonesian(client, service):
    draft = ApplicationFactory(service=service)
    client.force_login(draft.citizen)

    html = client.get("/permohonan/").content.decode()

    assert "KTP-el, Surat pengantar RT/RW, Tujuan permohonan" in html


@pytest.mark.parametrize("size", [1, 6])
def test_my_applications_with_drafts_query_count(
    client, django_assert_num_queries, size
):
    citizen = CitizenFactory()
    for _ in range(size):
        # one draft per service (a service and mall has one open draft), with
        # documents and answers missing or given
        ApplicationFactory(citizen=citizen)
        ApplicationFactory(citizen=citizen, complete=True)
    client.force_login(citizen)
    # user, count, page, the bell's unread count, and for the drafts on the page:
    # their services' mandatory documents, required fields and uploaded documents
    with django_assert_num_queries(7):
        response = client.get("/permohonan/")
    assert len(response.context["missing"]) == 2 * size


# ---------------------------------------------------------------- 3. the file


def test_the_uploaded_file_shows_its_name_size_and_link_under_its_field(
    client, service
):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)
    ktp = _requirement(service, "KTP-el")
    upload = badfiles.good_pdf(name="KTP <Siti> scan.pdf")

    client.post(_edit_url(application), {f"doc_{ktp.pk}": upload, "draft": "1"})
    html = client.get(_edit_url(application)).content.decode()

    document = application.documents.get()
    assert document.original_name == "KTP <Siti> scan.pdf"
    uploaded = re.search(
        rf'data-testid="uploaded-{ktp.pk}">(.*?)</p>', html, re.S
    ).group(1)
    link = f"/en/permohonan/{application.uuid}/dokumen/{document.pk}/lihat/"
    assert f'<a href="{link}" target="_blank" rel="noopener">' in uploaded
    assert escape("KTP <Siti> scan.pdf") in uploaded  # escaped, never markup
    assert f"({filesizeformat(document.size)})" in uploaded
    assert re.search(r"\(\d+(\.\d)?\xa0(bytes|KB)\)", uploaded)
    # under its own field: after the field's input, before the next field's label
    field = html.index(f'name="doc_{ktp.pk}"')
    assert field < html.index(f'data-testid="uploaded-{ktp.pk}"')
    assert html.index(f'data-testid="uploaded-{ktp.pk}"') < html.index(
        f'for="id_doc_{_requirement(service, "Surat pengantar RT/RW").pk}"'
    )


def test_the_size_is_written_the_indonesian_way(client, service):
    application = ApplicationFactory(service=service)
    ktp = _requirement(service, "KTP-el")
    actions.application_save_draft(
        application=application,
        field_values={},
        files={ktp.pk: (badfiles.good_pdf(), "application/pdf")},
    )
    # a scan of 1.5 MB (what is stored is the re-written file, whose size varies)
    application.documents.update(size=1_572_864)
    client.force_login(application.citizen)

    html = client.get(_edit_url(application, lang="id")).content.decode()

    assert "(1,5\xa0MB)" in html  # a no-break space, as filesizeformat writes


def test_a_file_name_is_kept_without_its_path_or_control_characters(client, service):
    application = ApplicationFactory(service=service)
    ktp = _requirement(service, "KTP-el")
    upload = badfiles.good_pdf(name="ktp.pdf")
    upload.name = "C:\\Users\\siti\\Desktop\\ktp\x07 baru.pdf"

    actions.application_save_draft(
        application=application,
        field_values={},
        files={ktp.pk: (upload, "application/pdf")},
    )

    assert application.documents.get().original_name == "ktp baru.pdf"


def test_the_owner_views_a_draft_document_inline_and_privately(client, service):
    application = ApplicationFactory(service=service)
    ktp = _requirement(service, "KTP-el")
    actions.application_save_draft(
        application=application,
        field_values={},
        files={ktp.pk: (badfiles.good_png(), "image/png")},
    )
    document = application.documents.get()
    client.force_login(application.citizen)

    response = client.get(
        f"/permohonan/{application.uuid}/dokumen/{document.pk}/lihat/"
    )

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["Content-Disposition"].startswith("inline;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response.headers["Cache-Control"]
    assert response.headers["Content-Security-Policy"] == "frame-ancestors 'none'"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


@pytest.mark.parametrize("lang", ["", "/en"])
def test_nobody_else_views_a_draft_document(client, service, lang):
    application = ApplicationFactory(service=service)
    ktp = _requirement(service, "KTP-el")
    actions.application_save_draft(
        application=application,
        field_values={},
        files={ktp.pk: (badfiles.good_pdf(), "application/pdf")},
    )
    document = application.documents.get()
    url = f"{lang}/permohonan/{application.uuid}/dokumen/{document.pk}/lihat/"

    # a visitor is sent to sign in (and learns nothing: any id does the same) ...
    anonymous = client.get(url)
    # ... and another citizen gets 404
    client.force_login(CitizenFactory())
    other = client.get(url)

    assert anonymous.status_code == 302
    assert anonymous.headers["Location"].startswith(f"{lang}/akun/login/?next=")
    assert other.status_code == 404


def test_a_document_of_another_application_is_404_under_ones_own(client, service):
    mine = ApplicationFactory(service=service)
    theirs = ApplicationFactory(service=service)
    ktp = _requirement(service, "KTP-el")
    actions.application_save_draft(
        application=theirs,
        field_values={},
        files={ktp.pk: (badfiles.good_pdf(), "application/pdf")},
    )
    client.force_login(mine.citizen)

    response = client.get(
        f"/permohonan/{mine.uuid}/dokumen/{theirs.documents.get().pk}/lihat/"
    )

    assert response.status_code == 404


def test_the_review_step_shows_the_file_name_and_link(client, service):
    application = ApplicationFactory(service=service, complete=True)
    document = application.documents.get(requirement__name="KTP-el")
    document.original_name = "ktp-siti.pdf"
    document.save()
    client.force_login(application.citizen)

    html = client.get(f"/permohonan/{application.uuid}/tinjau/").content.decode()

    assert f'href="/permohonan/{application.uuid}/dokumen/{document.pk}/lihat/"' in html
    assert "ktp-siti.pdf" in html


# ---------------------------------------------------------------- 3. progress


def test_the_form_loads_the_upload_progress_script_and_works_without_it(
    client, service
):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)

    response = client.get(_edit_url(application, lang="id"))
    html = response.content.decode()

    form = re.search(r'<form method="post" action="([^"]+)"([^>]*)>', html)
    # a plain multipart form first (no JS: the browser sends it as a page) ...
    assert form.group(1) == f"/permohonan/{application.uuid}/isi/"
    assert 'enctype="multipart/form-data"' in form.group(2)
    # ... that htmx sends instead when it runs, so the script can show progress
    assert f'hx-post="/permohonan/{application.uuid}/isi/"' in form.group(2)
    assert "data-upload-progress" in form.group(2)
    assert re.search(r"<progress [^>]*max=\"100\"", html)
    assert '<script src="/static/js/upload-progress.js" defer></script>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # CSP: no inline
    with open(finders.find("js/upload-progress.js"), encoding="utf-8") as file:
        script = file.read()
    assert "htmx:beforeSend" in script and "upload" in script


def test_the_form_sent_by_htmx_is_answered_with_a_whole_page_redirect(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)
    ktp = _requirement(service, "KTP-el")

    saved = client.post(
        _edit_url(application, lang="id"),
        {f"doc_{ktp.pk}": badfiles.good_pdf(), "review": "1"},
        headers={"HX-Request": "true"},
    )

    assert saved.status_code == 200
    assert saved.headers["HX-Redirect"] == f"/permohonan/{application.uuid}/tinjau/"
    assert application.documents.count() == 1


def test_a_refused_file_sent_by_htmx_shows_the_form_again(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)
    ktp = _requirement(service, "KTP-el")

    response = client.post(
        _edit_url(application, lang="en"),
        {f"doc_{ktp.pk}": badfiles.html_renamed_pdf(), "review": "1"},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert "HX-Redirect" not in response.headers
    html = response.content.decode()
    assert '<main id="content"' in html  # what hx-select swaps in
    assert "Only PDF, JPEG or PNG files are accepted" in html


def test_the_form_without_js_still_redirects(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)

    response = client.post(_edit_url(application, lang="id"), {"draft": "1"})

    assert response.status_code == 302
    assert response.headers["Location"] == f"/permohonan/{application.uuid}/isi/"


# ---------------------------------------------------------------- 4. English


def test_the_form_shows_english_catalogue_text_under_en(client, service):
    application = ApplicationFactory(service=service)
    client.force_login(application.citizen)
    ktp = _requirement(service, "KTP-el")
    purpose = service.fields.get(label="Tujuan permohonan")

    english = client.get(_edit_url(application, lang="en")).content.decode()
    indonesian = client.get(_edit_url(application, lang="id")).content.decode()

    assert _label(english, f"id_doc_{ktp.pk}").startswith("Electronic ID card")
    assert "Scan both sides. PDF, JPEG or PNG, at most 5 MB." in english
    assert _label(english, f"id_{purpose.key}").startswith("Purpose of the app")
    assert "For example: a new business." in english
    # not translated: the Indonesian text, whole
    note = service.fields.get(label="Catatan")
    assert _label(english, f"id_{note.key}").startswith("Catatan")
    assert _label(indonesian, f"id_doc_{ktp.pk}").startswith("KTP-el")
    assert "Pindai kedua sisi." in indonesian
    assert _label(indonesian, f"id_{purpose.key}").startswith("Tujuan permohonan")
    assert "Misalnya: usaha baru." in indonesian
    assert "Electronic ID card" not in indonesian


def test_missing_items_are_named_in_the_visitors_language(service):
    application = ApplicationFactory(service=service)

    with translation.override("en"):
        english = actions.missing_items(application)
    indonesian = actions.missing_items(application)

    assert english == [
        "Electronic ID card",
        "Surat pengantar RT/RW",
        "Purpose of the application",
    ]
    assert indonesian == ["KTP-el", "Surat pengantar RT/RW", "Tujuan permohonan"]


def test_the_fix_form_labels_are_in_english_under_en(client, service):
    application = ApplicationFactory(service=service, changes_requested=True)
    document = application.documents.get(requirement__name="KTP-el")
    document.review_status = "needs_fix"
    document.review_note = "Buram."
    document.save()
    client.force_login(application.citizen)

    html = client.get(f"/en/permohonan/{application.uuid}/perbaiki/").content.decode()

    assert "Electronic ID card" in html


def test_a_sent_application_is_not_editable_and_keeps_its_status(client, service):
    sent = ApplicationFactory(service=service, submitted=True)
    client.force_login(sent.citizen)

    response = client.post(
        _edit_url(sent, lang="id"), {"draft": "1"}, headers={"HX-Request": "true"}
    )

    assert response.headers["HX-Redirect"] == f"/permohonan/{sent.uuid}/"
    sent.refresh_from_db()
    assert sent.status == ApplicationStatus.SUBMITTED
