"""The citizen's side of an online application, through the views."""

import re

import pytest

from django.core import mail

from applications import actions
from applications.models import Application, ApplicationDocument, ReviewStatus
from services.constants import Channel, FieldKind
from services.models import ServiceField
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    AgencyFactory,
    BoothFactory,
    BoothStaffFactory,
    MallFactory,
)
from tests.applications import badfiles
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    mall = MallFactory(code="BTM", slug="batam", name="MPP Kota Batam")
    agency = AgencyFactory(short_name="Imigrasi")
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(
        agency=agency,
        slug="paspor",
        name="Paspor Baru",
        channel=Channel.BOTH,
        booths=[booth],
    )
    ktp = RequirementFactory(service=service, name="KTP-el", position=1)
    kk = RequirementFactory(service=service, name="Kartu Keluarga", position=2)
    RequirementFactory(
        service=service, name="Sidik jari", position=3, needs_upload=False
    )
    purpose = ServiceField.objects.create(
        service=service,
        position=1,
        label="Tujuan",
        kind=FieldKind.CHOICE,
        choices="Wisata\nUmroh",
    )
    citizen = UserFactory(nik="2171010101900001")
    officer = BoothStaffFactory(booth=booth).user
    return {
        "mall": mall,
        "service": service,
        "ktp": ktp,
        "kk": kk,
        "purpose": purpose,
        "citizen": citizen,
        "officer": officer,
    }


def _start(client, setup) -> Application:
    client.force_login(setup["citizen"])
    page = client.get("/layanan/paspor/ajukan/")
    key = page.context["form"].initial["start_key"]
    response = client.post(
        "/layanan/paspor/ajukan/", {"mall": "batam", "start_key": key}
    )
    application = Application.objects.get()
    assert response.headers["Location"] == f"/permohonan/{application.uuid}/isi/"
    return application


def test_start_needs_login(client, setup):
    response = client.get("/layanan/paspor/ajukan/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/akun/login/")


def test_resent_start_form_creates_one_draft(client, setup):
    client.force_login(setup["citizen"])
    key = client.get("/layanan/paspor/ajukan/").context["form"].initial["start_key"]
    for _ in range(2):
        client.post("/layanan/paspor/ajukan/", {"mall": "batam", "start_key": key})
    assert Application.objects.count() == 1


def test_a_refused_file_keeps_the_rest_of_the_form(client, setup):
    application = _start(client, setup)
    url = f"/permohonan/{application.uuid}/isi/"
    response = client.post(
        url,
        {
            f"doc_{setup['ktp'].pk}": badfiles.good_pdf(),
            f"doc_{setup['kk'].pk}": badfiles.html_renamed_pdf(),
            setup["purpose"].key: "Umroh",
            "review": "1",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hanya berkas PDF, JPEG, atau PNG" in html or "PDF" in html
    application.refresh_from_db()
    # the good file and the answer were saved; the bad one was not
    assert application.field_values == {setup["purpose"].key: "Umroh"}
    assert list(application.documents.values_list("requirement__name", flat=True)) == [
        "KTP-el"
    ]
    assert 'value="Umroh" selected' in html


def test_draft_review_submit_and_follow(client, setup):
    application = _start(client, setup)
    url = f"/permohonan/{application.uuid}/isi/"
    client.post(
        url,
        {
            f"doc_{setup['ktp'].pk}": badfiles.good_pdf(),
            f"doc_{setup['kk'].pk}": badfiles.good_png(),
            setup["purpose"].key: "Wisata",
            "draft": "1",
        },
    )
    review = client.get(f"/permohonan/{application.uuid}/tinjau/")
    assert "2171********0001" in review.content.decode()
    assert "2171010101900001" not in review.content.decode()

    first = client.post(f"/permohonan/{application.uuid}/kirim/")
    second = client.post(f"/permohonan/{application.uuid}/kirim/")  # double click

    application.refresh_from_db()
    assert first.headers["Location"] == second.headers["Location"]
    assert application.status == "submitted"
    assert re.fullmatch(
        r"BTM-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}", application.tracking_number
    )
    assert application.history.count() == 1
    confirmation = client.get(first.headers["Location"])
    assert application.tracking_number in confirmation.content.decode()
    listing = client.get("/permohonan/").content.decode()
    assert "Paspor Baru" in listing and application.tracking_number in listing
    detail = client.get(application.get_absolute_url()).content.decode()
    assert "Diajukan" in detail or "Terkirim" in detail or "submitted" in detail.lower()


def test_submit_with_missing_documents_is_refused_with_the_names(client, setup):
    application = _start(client, setup)
    response = client.post(f"/permohonan/{application.uuid}/kirim/", follow=True)
    html = response.content.decode()
    assert "KTP-el" in html and "Kartu Keluarga" in html and "Tujuan" in html
    application.refresh_from_db()
    assert application.status == "draft"


def _submitted(client, setup) -> Application:
    application = _start(client, setup)
    client.post(
        f"/permohonan/{application.uuid}/isi/",
        {
            f"doc_{setup['ktp'].pk}": badfiles.good_pdf(),
            f"doc_{setup['kk'].pk}": badfiles.good_jpeg(),
            setup["purpose"].key: "Wisata",
        },
    )
    client.post(f"/permohonan/{application.uuid}/kirim/")
    application.refresh_from_db()
    return application


def test_fix_only_the_requested_document_and_resubmit(client, setup):
    application = _submitted(client, setup)
    kk_doc = application.documents.get(requirement=setup["kk"])
    actions.application_request_changes(
        application=application,
        officer=setup["officer"],
        fixes={kk_doc.pk: "Foto buram, pindai ulang."},
        message="Mohon perbaiki KK.",
    )
    detail = client.get(application.get_absolute_url()).content.decode()
    assert "Foto buram, pindai ulang." in detail and "Mohon perbaiki KK." in detail

    fix_page = client.get(f"/permohonan/{application.uuid}/perbaiki/")
    assert list(fix_page.context["form"].fields) == [f"doc_{setup['kk'].pk}"]
    response = client.post(
        f"/permohonan/{application.uuid}/perbaiki/",
        {f"doc_{setup['kk'].pk}": badfiles.good_pdf()},
    )

    application.refresh_from_db()
    assert response.status_code == 302
    assert application.status == "submitted"
    assert (
        application.documents.get(requirement=setup["kk"]).review_status
        == ReviewStatus.PENDING
    )


def test_cancel_before_a_decision(client, setup):
    application = _submitted(client, setup)
    client.post(f"/permohonan/{application.uuid}/batal/")
    application.refresh_from_db()
    assert application.status == "cancelled"


def test_document_and_output_downloads_are_private_attachments(client, setup):
    application = _submitted(client, setup)
    document = application.documents.get(requirement=setup["ktp"])
    response = client.get(f"/permohonan/{application.uuid}/dokumen/{document.pk}/")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response.headers["Cache-Control"]
    assert response.headers["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert client.get(f"/permohonan/{application.uuid}/hasil/").status_code == 404

    actions.application_decide(
        application=application, officer=setup["officer"], approve=True
    )
    actions.application_complete(
        application=application,
        officer=setup["officer"],
        output=badfiles.good_pdf(),
        content_type="application/pdf",
    )
    output = client.get(f"/permohonan/{application.uuid}/hasil/")
    assert output.status_code == 200
    assert output.headers["Content-Disposition"].startswith("attachment;")


def test_public_tracking_shows_no_personal_data_and_is_throttled(client, setup):
    application = _submitted(client, setup)
    client.logout()
    number = application.tracking_number.lower().replace("-", " ")
    html = client.get("/lacak/", {"number": number}).content.decode()
    assert "Paspor Baru" in html and application.tracking_number in html
    assert setup["citizen"].full_name not in html
    assert "2171" not in html
    statuses = [
        client.get("/lacak/", {"number": "BTM-2222-2222"}).status_code
        for _ in range(12)
    ]
    assert statuses[:9] == [200] * 9
    assert statuses[-1] == 429


def test_submission_sends_a_notification_without_the_nik(
    client, setup, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = _submitted(client, setup)
    from notifications.models import Notification

    notification = Notification.objects.get(recipient=setup["citizen"])
    assert application.tracking_number in notification.subject
    assert "2171010101900001" not in notification.body
    if mail.outbox:  # delivered inline when there is no broker
        assert application.tracking_number in mail.outbox[-1].subject


def test_document_count_is_one_per_requirement_after_replacing(client, setup):
    application = _start(client, setup)
    url = f"/permohonan/{application.uuid}/isi/"
    for _ in range(2):
        client.post(url, {f"doc_{setup['ktp'].pk}": badfiles.good_pdf(), "draft": "1"})
    assert ApplicationDocument.objects.filter(application=application).count() == 1


def test_officer_text_is_escaped_on_the_citizen_pages(client, setup):
    """An officer's note is shown as text, never as markup (an htmx attribute in it
    could otherwise act with the citizen's CSRF token)."""
    application = _submitted(client, setup)
    payload = '<span hx-post="/permohonan/x/batal/" hx-trigger="load">klik</span>'
    kk_doc = application.documents.get(requirement=setup["kk"])
    actions.application_request_changes(
        application=application,
        officer=setup["officer"],
        fixes={kk_doc.pk: payload},
        message=payload,
    )
    setup["ktp"].description = payload
    setup["ktp"].save()

    for url in [
        f"/permohonan/{application.uuid}/perbaiki/",
        application.get_absolute_url(),
    ]:
        html = client.get(url).content.decode()
        assert "<span hx-post" not in html
        assert "&lt;span hx-post" in html


def test_a_withdrawn_service_cannot_be_sent(client, setup):
    application = _start(client, setup)
    client.post(
        f"/permohonan/{application.uuid}/isi/",
        {
            f"doc_{setup['ktp'].pk}": badfiles.good_pdf(),
            f"doc_{setup['kk'].pk}": badfiles.good_png(),
            setup["purpose"].key: "Wisata",
        },
    )
    setup["service"].is_active = False
    setup["service"].save()
    client.post(f"/permohonan/{application.uuid}/kirim/")
    application.refresh_from_db()
    assert application.status == "draft"


def test_an_oversized_request_is_refused_before_it_is_read(client, setup, settings):
    settings.MPP_MAX_REQUEST_BYTES = 1024
    application = _start(client, setup)
    response = client.post(
        f"/permohonan/{application.uuid}/isi/",
        {f"doc_{setup['ktp'].pk}": badfiles.good_pdf(size_bytes=4096)},
    )
    assert response.status_code == 413
    assert application.documents.count() == 0
