"""The citizen's pages (form, confirmation, tracking, own list) and the back
office's list, detail and actions, through the client."""

import uuid

import pytest

from django.urls import reverse
from django.utils import translation

from audit.models import AuditAction, AuditEvent
from complaints import views
from complaints.models import Classification, Complaint, ComplaintAttachment
from tests.accounts.factories import UserFactory
from tests.applications import badfiles
from tests.applications.factories import ApplicationFactory
from tests.complaints.factories import ComplaintFactory
from tests.complaints.helpers import make_desk
from tests.queueing.factories import make_floor
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db

NEW = "/en/pengaduan/baru/"


def _form(desk, **extra) -> dict:
    return {
        "booth": desk.booth.pk,
        "text": "Loket tutup lebih awal tanpa pemberitahuan.",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "submit_key": str(uuid.uuid4()),
        **extra,
    }


def test_an_anonymous_visitor_complains_and_follows_it_by_number(client):
    desk = make_desk()

    response = client.post(NEW, _form(desk, contact_name="Budi Santoso"))

    complaint = Complaint.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/pengaduan/{complaint.uuid}/terkirim/")
    confirmation = client.get(response["Location"]).content.decode()
    assert complaint.tracking_number in confirmation
    assert "no message will be sent to you" in confirmation
    assert complaint.citizen is None

    # tracking by number: status, no personal data, no complaint text
    other = client.__class__()
    page = other.get(
        "/en/pengaduan/lacak/", {"number": complaint.tracking_number.lower()}
    ).content.decode()
    assert "Received" in page
    assert "Budi Santoso" not in page
    assert "Loket tutup" not in page


def test_another_browser_cannot_open_the_confirmation(client):
    desk = make_desk()
    client.post(NEW, _form(desk))
    complaint = Complaint.objects.get()
    other = client.__class__()
    response = other.get(f"/en/pengaduan/{complaint.uuid}/terkirim/")
    assert response.status_code == 404


def test_a_refused_upload_keeps_the_rest_of_the_form(client):
    desk = make_desk()
    data = _form(desk, contact_email="budi@example.id")
    data["attachments"] = [badfiles.html_renamed_pdf()]

    response = client.post(NEW, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert Complaint.objects.count() == 0
    assert "Loket tutup lebih awal tanpa pemberitahuan." in page
    assert "budi@example.id" in page
    assert 'class="invalid-feedback' in page


def test_a_good_attachment_is_stored_rewritten_and_served_to_the_booth(client):
    desk = make_desk()
    data = _form(desk)
    data["attachments"] = [badfiles.good_png()]
    client.post(NEW, data)
    attachment = ComplaintAttachment.objects.get()
    assert attachment.content_type == "image/png"
    assert attachment.original_name == "pas-foto-3x4.png"
    assert attachment.file.name.startswith("documents/")
    assert "pas-foto" not in attachment.file.name

    staff = client.__class__()
    sign_in_staff(staff, desk.officer)
    complaint = attachment.complaint
    response = staff.get(
        reverse(
            "complaints:staff_attachment",
            kwargs={"uuid": complaint.uuid, "document_id": attachment.pk},
        )
    )
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith("attachment")
    assert AuditEvent.objects.filter(
        action=AuditAction.VIEW_DOCUMENT, actor_id=desk.officer.pk
    ).exists()


def test_the_form_is_throttled(client, monkeypatch):
    desk = make_desk()
    monkeypatch.setattr(views, "SUBMIT_LIMIT", 2)
    codes = [client.post(NEW, _form(desk)).status_code for _ in range(3)]
    assert codes == [302, 302, 429]
    assert Complaint.objects.count() == 2


def test_an_own_application_routes_the_complaint_to_its_booth(client):
    desk = make_desk()
    application = ApplicationFactory(
        submitted=True, mall=desk.booth.mall, service__agency=desk.booth.agency
    )
    client.force_login(application.citizen)

    page = client.get(NEW, {"application": application.uuid}).content.decode()
    assert application.tracking_number in page
    data = _form(desk, application=str(application.uuid))
    client.post(NEW, data)

    complaint = Complaint.objects.get()
    assert complaint.application == application
    assert complaint.booth == desk.booth
    assert complaint.citizen == application.citizen


def test_someone_elses_application_is_ignored(client):
    desk = make_desk()
    application = ApplicationFactory(
        submitted=True, mall=desk.booth.mall, service__agency=desk.booth.agency
    )
    client.force_login(UserFactory())

    page = client.get(NEW, {"application": application.uuid}).content.decode()
    client.post(NEW, _form(desk, application=str(application.uuid)))

    assert application.tracking_number not in page
    assert Complaint.objects.get().application is None


def test_my_complaints_lists_only_mine(client):
    mine = ComplaintFactory(citizen=UserFactory())
    ComplaintFactory(citizen=UserFactory())
    client.force_login(mine.citizen)
    page = client.get("/en/pengaduan/").content.decode()
    assert page.count("ADU-") == 1
    assert mine.tracking_number in page


# ---------------------------------------------------------------- staff
def _act(client, complaint, action, **data):
    with translation.override("en"):  # messages matched in English
        url = reverse(
            "complaints:staff_act", kwargs={"uuid": complaint.uuid, "action": action}
        )
    return client.post(url, data, follow=True)


def test_the_booth_classifies_answers_and_closes(client):
    desk = make_desk()
    complaint = ComplaintFactory(booth=desk.booth, citizen=UserFactory())
    sign_in_staff(client, desk.officer)

    listing = client.get(reverse("complaints:staff_list")).content.decode()
    assert complaint.tracking_number in listing
    _act(
        client,
        complaint,
        "klasifikasi",
        classification=Classification.NORMATIVE,
        expected_status="received",
    )
    _act(
        client,
        complaint,
        "jawab",
        answer="Sudah kami tegur.",
        expected_status="classified",
    )
    _act(client, complaint, "tutup", expected_status="answered")

    complaint.refresh_from_db()
    assert complaint.status == "closed"
    assert complaint.answer == "Sudah kami tegur."
    assert complaint.due_date is not None
    assert complaint.events.count() == 3  # this factory made no "received" row


def test_a_stale_form_says_so_and_writes_nothing(client):
    desk = make_desk()
    complaint = ComplaintFactory(booth=desk.booth)
    sign_in_staff(client, desk.officer)

    response = _act(
        client, complaint, "jawab", answer="x", expected_status="classified"
    )

    assert "changed in the meantime" in response.content.decode()
    complaint.refresh_from_db()
    assert (complaint.status, complaint.answer) == ("received", "")


def test_an_empty_answer_is_refused(client):
    desk = make_desk()
    complaint = ComplaintFactory(
        booth=desk.booth,
        status="classified",
        classification=Classification.LIGHT,
        due_date="2026-08-19",
    )
    sign_in_staff(client, desk.officer)
    _act(client, complaint, "jawab", answer="", expected_status="classified")
    complaint.refresh_from_db()
    assert complaint.status == "classified"


def test_staff_actions_are_posts_only(client):
    desk = make_desk()
    complaint = ComplaintFactory(booth=desk.booth)
    sign_in_staff(client, desk.officer)
    url = reverse(
        "complaints:staff_act", kwargs={"uuid": complaint.uuid, "action": "tutup"}
    )
    assert client.get(url).status_code == 405


def test_the_list_marks_overdue_complaints(client):
    desk = make_desk()
    ComplaintFactory(
        booth=desk.booth,
        status="classified",
        classification=Classification.LIGHT,
        due_date="2020-01-02",
    )
    sign_in_staff(client, desk.manager)
    page = client.get("/en" + reverse("complaints:staff_list")).content.decode()
    assert "Overdue" in page


@pytest.mark.parametrize(
    "path", ["/en/pengaduan/baru/", "/en/pengaduan/lacak/?number=ADU-2222-3333"]
)
def test_public_pages_answer_head_like_get(client, path):
    assert client.head(path).status_code == 200


def test_huge_page_numbers_are_harmless(client):
    desk = make_desk()
    citizen = UserFactory()
    ComplaintFactory(booth=desk.booth, citizen=citizen)
    client.force_login(citizen)
    assert client.get("/en/pengaduan/", {"page": "9" * 18}).status_code == 200
    staff = client.__class__()
    sign_in_staff(staff, desk.officer)
    response = staff.get(reverse("complaints:staff_list"), {"page": "9" * 18})
    assert response.status_code == 200


def test_the_application_page_links_to_a_complaint_about_it(client):
    application = ApplicationFactory(submitted=True)
    client.force_login(application.citizen)
    page = client.get(application.get_absolute_url()).content.decode()
    assert f"/pengaduan/baru/?application={application.uuid}" in page


def test_the_service_page_links_to_a_complaint_about_it(client):
    application = ApplicationFactory(submitted=True)
    service = application.service
    page = client.get(service.get_absolute_url()).content.decode()
    assert f"/pengaduan/baru/?service={service.slug}" in page


def test_an_own_ticket_routes_the_complaint_to_its_booth(client):
    floor = make_floor(counters=1)
    citizen = UserFactory()
    (ticket,) = floor.issue(citizen=citizen)
    client.force_login(citizen)

    page = client.get(
        reverse("queueing:ticket", kwargs={"uuid": ticket.uuid})
    ).content.decode()
    assert f"/pengaduan/baru/?ticket={ticket.uuid}" in page
    data = {
        "booth": floor.booth.pk,
        "text": "Nomor saya dilewati.",
        "submit_key": str(uuid.uuid4()),
        "ticket": str(ticket.uuid),
    }
    client.post(NEW, data)

    complaint = Complaint.objects.get()
    assert (complaint.ticket, complaint.booth) == (ticket, floor.booth)
    assert complaint.service == ticket.service
