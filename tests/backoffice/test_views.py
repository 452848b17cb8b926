"""The officers' back office (/petugas/): who sees what, the inbox, the review page
and every action, driven through the views as an officer's browser would."""

import datetime as dt

import pytest

from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agencies.constants import BoothRole
from applications import actions
from applications.models import Application, ApplicationStatus, ReviewStatus
from notifications.models import Notification
from tests.accounts.factories import PASSWORD, UserFactory
from tests.agencies.factories import BoothStaffFactory, MallManagerFactory
from tests.applications import badfiles
from tests.applications.factories import ApplicationFactory, officer_for
from tests.services.factories import ServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]
S = ApplicationStatus


def _client_for(user) -> Client:
    client = Client()
    sign_in_staff(client, user)
    return client


def _review_url(application) -> str:
    return reverse("backoffice:review", kwargs={"uuid": application.uuid})


def _act_url(application, action) -> str:
    return reverse(
        "backoffice:act", kwargs={"uuid": application.uuid, "action": action}
    )


def _act(client, application, action, **data):
    return client.post(
        _act_url(application, action),
        {"expected_status": application.status, **data},
        follow=True,
    )


# ---------------------------------------------------------------- who gets in
def test_staff_land_in_the_back_office_after_signing_in():
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    officer.emailaddress_set.create(email=officer.email, verified=True, primary=True)
    response = Client().post(
        "/akun/login/", {"login": officer.email, "password": PASSWORD}
    )
    assert response.headers["Location"] in (reverse("backoffice:inbox"), "/akun/2fa/")


def test_citizens_and_visitors_find_no_back_office(client):
    assert client.get(reverse("backoffice:inbox")).status_code == 302  # sign in
    client.force_login(UserFactory())
    assert client.get(reverse("backoffice:inbox")).status_code == 404


def test_the_inbox_shows_only_the_booths_applications_by_due_date():
    mine_late = ApplicationFactory(submitted=True)
    officer = officer_for(mine_late)
    mine_early = ApplicationFactory(submitted=True, service=mine_late.service)
    Application.objects.filter(pk=mine_early.pk).update(
        due_date=timezone.localdate() - dt.timedelta(days=1)
    )
    other_agency = ApplicationFactory(submitted=True)
    ApplicationFactory(service=mine_late.service)  # a draft: the citizen's alone

    page = _client_for(officer).get(reverse("backoffice:inbox"))

    html = page.content.decode()
    assert page.status_code == 200
    assert html.index(mine_early.tracking_number) < html.index(
        mine_late.tracking_number
    )
    assert other_agency.tracking_number not in html
    assert page.context["counts"]["open"] == 2
    assert "Terlambat" in html  # overdue is visible


def test_inbox_filters_and_search():
    first = ApplicationFactory(submitted=True, citizen__full_name="Siti Aminah")
    officer = officer_for(first)
    second = ApplicationFactory(
        in_review=True, service=first.service, citizen__full_name="Budi Santoso"
    )
    client = _client_for(officer)
    url = reverse("backoffice:inbox")

    by_status = client.get(url, {"status": "in_review"}).context["rows"]
    by_name = client.get(url, {"q": "aminah"}).context["rows"]
    by_number = client.get(url, {"q": second.tracking_number.lower()}).context["rows"]
    unassigned = client.get(url, {"assigned": "unassigned"}).context["rows"]
    partial = client.get(url, {"q": "budi"}, HTTP_HX_REQUEST="true")

    assert [row["uuid"] for row in by_status] == [second.uuid]
    assert [row["uuid"] for row in by_name] == [first.uuid]
    assert [row["uuid"] for row in by_number] == [second.uuid]
    assert len(unassigned) == 2
    assert [t.name for t in partial.templates][0] == "backoffice/_inbox_results.html"


@pytest.mark.parametrize("size", [3, 30])
def test_inbox_query_count_does_not_grow(size, django_assert_num_queries):
    first = ApplicationFactory(submitted=True)
    officer = officer_for(first)
    for _ in range(size):
        ApplicationFactory(submitted=True, service=first.service)
    client = _client_for(officer)
    url = reverse("backoffice:inbox")
    client.get(url)  # warm the session and the caches; sets the CSRF cookie
    # user, page: the session, the actor's booths, the counts per status and the
    # services of the filter come from the cache, the second factor from the
    # session, the bell's unread count was cached by the first request
    with django_assert_num_queries(2):
        assert client.get(url).status_code == 200
    # the same look again: the rendered page from the cache (mpp/privatecache.py)
    with django_assert_num_queries(1):
        assert client.get(url).headers["X-Page-Cache"] == "hit"
    cache.clear()
    # + session, the officer's booths, services, counts (which also serve the
    # paginator), bell
    with django_assert_num_queries(7):
        assert client.get(url).status_code == 200


def test_the_inbox_counts_follow_every_change_at_once(
    django_capture_on_commit_callbacks,
):
    """The cached counts and services (applications/versions.py) are never stale:
    any saved application of the mall makes the next inbox recompute them."""
    first = ApplicationFactory(submitted=True)
    officer = officer_for(first)
    client = _client_for(officer)
    url = reverse("backoffice:inbox")
    assert client.get(url).context["counts"]["submitted"] == 1

    with django_capture_on_commit_callbacks(execute=True):  # as when it commits
        actions.application_start_review(application=first, officer=officer)
    counts = client.get(url).context["counts"]
    assert (counts["submitted"], counts["in_review"]) == (0, 1)

    other_service = ServiceFactory(agency=first.service.agency)
    with django_capture_on_commit_callbacks(execute=True):
        ApplicationFactory(submitted=True, service=other_service, mall=first.mall)
    page = client.get(url)
    assert page.context["counts"]["submitted"] == 1
    assert other_service.name in page.content.decode()  # the service filter


def test_the_inbox_works_with_the_cache_down(monkeypatch):
    """Redis down: every read recomputes, nothing is cached, the page still works."""
    first = ApplicationFactory(submitted=True)
    client = _client_for(officer_for(first))
    monkeypatch.setattr(cache, "get_many", lambda *a, **k: {})
    monkeypatch.setattr(cache, "get", lambda *a, **k: None)
    monkeypatch.setattr(cache, "add", lambda *a, **k: True)
    page = client.get(reverse("backoffice:inbox"))
    assert page.status_code == 200
    assert page.context["counts"]["submitted"] == 1


# ---------------------------------------------------------------- review page
@pytest.mark.parametrize(
    "who",
    ["other agency officer", "other mall officer", "other mall manager", "citizen"],
)
def test_the_review_page_is_404_for_anyone_outside(who):
    application = ApplicationFactory(submitted=True)
    if who == "other agency officer":
        user = BoothStaffFactory(booth__mall=application.mall).user
    elif who == "other mall officer":
        user = BoothStaffFactory(booth__agency=application.service.agency).user
    elif who == "other mall manager":
        user = MallManagerFactory().user
    else:
        user = UserFactory()
    client = _client_for(user)
    document = application.documents.first()
    for url in [
        _review_url(application),
        reverse(
            "backoffice:document",
            kwargs={"uuid": application.uuid, "document_id": document.pk},
        ),
    ]:
        assert client.get(url).status_code == 404
    response = _act(client, application, "setujui")
    assert response.status_code == 404
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


def test_the_review_page_masks_the_nik_until_a_deliberate_click():
    application = ApplicationFactory(submitted=True)
    client = _client_for(officer_for(application))
    nik = application.citizen.nik

    page = client.get(_review_url(application)).content.decode()
    assert nik not in page
    assert application.citizen.masked_nik in page
    assert (
        client.get(
            reverse("backoffice:reveal_nik", kwargs={"uuid": application.uuid})
        ).status_code
        == 405
    )
    revealed = client.post(
        reverse("backoffice:reveal_nik", kwargs={"uuid": application.uuid}),
        HTTP_HX_REQUEST="true",
    )
    assert nik in revealed.content.decode()


def test_documents_open_inline_in_the_page_and_are_never_cached():
    application = ApplicationFactory(submitted=True)
    client = _client_for(officer_for(application))
    document = application.documents.first()
    response = client.get(
        reverse(
            "backoffice:document",
            kwargs={"uuid": application.uuid, "document_id": document.pk},
        )
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Type"] == badfiles.PDF
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_a_mall_manager_sees_but_does_not_decide():
    application = ApplicationFactory(submitted=True)
    manager = MallManagerFactory(mall=application.mall).user
    client = _client_for(manager)
    assert client.get(_review_url(application)).status_code == 200
    response = _act(client, application, "setujui")
    assert "Anda tidak bertugas di gerai layanan ini" in response.content.decode()
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


# ---------------------------------------------------------------- the workflow
def test_an_officer_takes_an_application_from_submitted_to_completed():
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    client = _client_for(officer)
    ktp, letter = application.documents.order_by("requirement__position")

    _act(client, application, "mulai")
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW
    assert application.assigned_to == officer

    check = reverse(
        "backoffice:document_check",
        kwargs={"uuid": application.uuid, "document_id": letter.pk},
    )
    fragment = client.post(
        check, {"decision": "fix", "note": "Tanpa stempel RT."}, HTTP_HX_REQUEST="true"
    )
    assert "Tanpa stempel RT." in fragment.content.decode()
    client.post(
        reverse(
            "backoffice:document_check",
            kwargs={"uuid": application.uuid, "document_id": ktp.pk},
        ),
        {"decision": "accept"},
    )
    response = _act(client, application, "minta-perbaikan", note="Mohon dilengkapi.")
    application.refresh_from_db()
    assert application.status == S.CHANGES_REQUESTED
    assert application.paused_on == timezone.localdate()
    assert "diminta memperbaiki" in response.content.decode()

    # the citizen replaces the letter and sends it back
    actions.application_replace_document(
        application=application,
        requirement=letter.requirement,
        file=badfiles.good_pdf(),
        content_type=badfiles.PDF,
    )
    actions.application_resubmit(application=application, citizen=application.citizen)
    application.refresh_from_db()

    _act(client, application, "setujui", note="Lengkap.")
    application.refresh_from_db()
    assert application.status == S.APPROVED

    output = badfiles.good_pdf(name="surat-keterangan.pdf")
    response = client.post(
        reverse(
            "backoffice:act", kwargs={"uuid": application.uuid, "action": "selesai"}
        ),
        {"expected_status": S.APPROVED, "output": output},
        follow=True,
    )
    application.refresh_from_db()
    assert application.status == S.COMPLETED
    assert application.output_file
    assert "Selesai" in response.content.decode()
    # the citizen was told at every step, in their language
    subjects = list(
        Notification.objects.filter(recipient=application.citizen)
        .order_by("pk")
        .values_list("subject", flat=True)
    )
    assert [s.split(":")[-1].strip() for s in subjects[-5:]] == [
        f"Permohonan {application.tracking_number} sedang diperiksa",
        "mohon perbaiki dokumen Anda",
        f"Permohonan {application.tracking_number} diterima",
        f"Permohonan {application.tracking_number} disetujui",
        f"Permohonan {application.tracking_number} selesai",
    ]


def test_ready_for_pickup_then_picked_up():
    application = ApplicationFactory(approved=True)
    client = _client_for(officer_for(application))
    _act(client, application, "siap-diambil")
    application.refresh_from_db()
    assert application.status == S.READY_FOR_PICKUP
    _act(client, application, "sudah-diambil")
    application.refresh_from_db()
    assert application.status == S.COMPLETED
    assert application.closed_at is not None


def test_a_stale_form_gets_a_clear_message_and_changes_nothing():
    application = ApplicationFactory(submitted=True)
    first, second = officer_for(application), officer_for(application)
    stale = Application.objects.get(pk=application.pk)  # the page the second saw
    _act(_client_for(first), application, "tolak", note="Berkas palsu.")

    response = _act(_client_for(second), stale, "setujui")

    application.refresh_from_db()
    assert application.status == S.REJECTED
    assert "berubah" in response.content.decode()
    assert application.history.count() == 1


def test_a_rejection_needs_a_reason():
    application = ApplicationFactory(in_review=True)
    response = _act(_client_for(officer_for(application)), application, "tolak")
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW
    assert "alasan" in response.content.decode().lower()


def test_a_document_of_a_completed_application_cannot_be_marked():
    application = ApplicationFactory(completed=True)
    document = application.documents.first()
    client = _client_for(officer_for(application))
    client.post(
        reverse(
            "backoffice:document_check",
            kwargs={"uuid": application.uuid, "document_id": document.pk},
        ),
        {"decision": "fix", "note": "x"},
    )
    document.refresh_from_db()
    assert document.review_status == ReviewStatus.PENDING


def test_a_refused_output_document_changes_nothing():
    application = ApplicationFactory(approved=True)
    client = _client_for(officer_for(application))
    response = client.post(
        reverse(
            "backoffice:act", kwargs={"uuid": application.uuid, "action": "selesai"}
        ),
        {"expected_status": S.APPROVED, "output": badfiles.html_renamed_pdf()},
        follow=True,
    )
    application.refresh_from_db()
    assert application.status == S.APPROVED
    assert not application.output_file
    assert "PDF, JPEG" in response.content.decode()


def test_an_officer_takes_and_a_supervisor_assigns():
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    colleague = officer_for(application)
    supervisor = officer_for(application, role=BoothRole.SUPERVISOR)

    _act(_client_for(officer), application, "ambil")
    application.refresh_from_db()
    assert application.assigned_to == officer
    response = _act(_client_for(colleague), application, "ambil")
    assert "sudah diambil" in response.content.decode()

    _act(_client_for(supervisor), application, "tugaskan", officer=colleague.pk)
    application.refresh_from_db()
    assert application.assigned_to == colleague
    stranger = BoothStaffFactory().user
    response = _act(
        _client_for(supervisor), application, "tugaskan", officer=stranger.pk
    )
    application.refresh_from_db()
    assert application.assigned_to == colleague
    workload = (
        _client_for(supervisor).get(reverse("backoffice:inbox")).context["workload"]
    )
    assert {row["pk"]: row["open_count"] for row in workload}[colleague.pk] == 1


def test_an_officer_cannot_assign():
    application = ApplicationFactory(submitted=True)
    officer, colleague = officer_for(application), officer_for(application)
    _act(_client_for(officer), application, "tugaskan", officer=colleague.pk)
    application.refresh_from_db()
    assert application.assigned_to is None


def test_actions_are_posts_only():
    application = ApplicationFactory(submitted=True)
    client = _client_for(officer_for(application))
    url = reverse(
        "backoffice:act", kwargs={"uuid": application.uuid, "action": "mulai"}
    )
    assert client.get(url).status_code == 405
    assert (
        client.post(
            reverse(
                "backoffice:act", kwargs={"uuid": application.uuid, "action": "hapus"}
            )
        ).status_code
        == 404
    )


def test_back_office_pages_answer_head_like_get():
    application = ApplicationFactory(submitted=True)
    client = _client_for(officer_for(application))
    document = application.documents.first()
    for url in [
        reverse("backoffice:inbox"),
        _review_url(application),
        reverse(
            "backoffice:document",
            kwargs={"uuid": application.uuid, "document_id": document.pk},
        ),
    ]:
        response = client.head(url)
        assert response.status_code == 200, url
        body = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        assert body == b""
    assert client.head(_act_url(application, "mulai")).status_code == 405
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


def test_approving_accepts_the_unmarked_documents_but_not_one_to_fix():
    application = ApplicationFactory(in_review=True)
    client = _client_for(officer_for(application))
    ktp, letter = application.documents.order_by("requirement__position")
    letter.review_status, letter.review_note = ReviewStatus.NEEDS_FIX, "Buram."
    letter.save()

    refused = _act(client, application, "setujui")
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW
    assert "perlu diperbaiki" in refused.content.decode()

    letter.review_status, letter.review_note = ReviewStatus.ACCEPTED, ""
    letter.save()
    _act(client, application, "setujui")
    application.refresh_from_db()
    ktp.refresh_from_db()
    assert application.status == S.APPROVED
    assert ktp.review_status == ReviewStatus.ACCEPTED


@pytest.mark.parametrize(
    "query",
    [
        {"page": "999999999999999999999"},
        {"page": "-1"},
        {"service": "99999999999999999999999"},
        {"status": "<script>"},
        {"q": "x" * 500},
        {"due": "kemarin"},
    ],
)
def test_the_inbox_survives_odd_query_strings(query):
    application = ApplicationFactory(submitted=True)
    response = _client_for(officer_for(application)).get(
        reverse("backoffice:inbox"), query
    )
    assert response.status_code == 200
    assert application.tracking_number in response.content.decode()
