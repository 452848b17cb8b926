"""The demo citizen's applications (mpp/demo/seed.py): one in each step a newcomer
should see, made through the real actions (so with a real timeline), and made once:
a second seed adds nothing."""

import pytest

from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape

from accounts.models import User
from applications import actions
from applications.models import (
    Application,
    ApplicationDocument,
    ApplicationStatus,
    Message,
    ReviewStatus,
    StatusChange,
)
from mpp.demo import seed
from notifications.models import Notification

pytestmark = pytest.mark.django_db

S = ApplicationStatus


def _rows() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Application,
            ApplicationDocument,
            StatusChange,
            Message,
            Notification,
        )
    }


@pytest.fixture
def seeded():
    call_command("seed_demo", quiet_logins=True)
    return User.objects.get(email="warga@demo.mpp.id")


def _of(citizen: User, status: str) -> Application:
    return Application.objects.get(citizen=citizen, status=status)


def test_the_demo_citizen_has_an_application_in_each_step(seeded):
    statuses = sorted(
        Application.objects.filter(citizen=seeded).values_list("status", flat=True)
    )

    assert statuses == sorted(
        [
            S.DRAFT,
            S.SUBMITTED,
            S.IN_REVIEW,
            S.CHANGES_REQUESTED,
            S.READY_FOR_PICKUP,
            S.COMPLETED,
        ]
    )


def test_a_second_seed_adds_nothing(seeded):
    before = _rows()
    statuses = dict(Application.objects.values_list("pk", "status"))

    assert seed.seed_applications() == 0
    call_command("seed_demo", quiet_logins=True)

    assert _rows() == before
    assert dict(Application.objects.values_list("pk", "status")) == statuses


def test_each_timeline_is_the_one_the_actions_wrote(seeded):
    expected = {
        S.DRAFT: [],
        S.SUBMITTED: [S.SUBMITTED],
        S.IN_REVIEW: [S.SUBMITTED, S.IN_REVIEW],
        S.CHANGES_REQUESTED: [S.SUBMITTED, S.IN_REVIEW, S.CHANGES_REQUESTED],
        S.READY_FOR_PICKUP: [S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.READY_FOR_PICKUP],
        S.COMPLETED: [S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.COMPLETED],
    }
    for status, steps in expected.items():
        application = _of(seeded, status)
        history = list(application.history.order_by("created_at", "pk"))
        assert [h.to_status for h in history] == steps, status
        # one chain: each step starts where the one before it ended
        assert [h.from_status for h in history] == [S.DRAFT, *steps][:-1], status
        if status != S.DRAFT:
            assert application.tracking_number
            assert application.history.filter(changed_by=seeded).exists()


def test_the_draft_lacks_documents_and_shows_what(client, seeded):
    draft = _of(seeded, S.DRAFT)
    with translation.override("en"):
        missing = actions.missing_items(draft)
    uploaded = draft.documents.get()

    assert missing  # the form and "My applications" have something to show
    assert uploaded.original_name.endswith(".png")
    client.force_login(seeded)
    page = client.get("/en/permohonan/").content.decode()
    assert escape(f"Missing: {', '.join(missing)}") in page
    form = client.get(f"/en/permohonan/{draft.uuid}/isi/").content.decode()
    assert uploaded.original_name in form


def test_the_sent_back_application_says_what_to_fix(seeded):
    application = _of(seeded, S.CHANGES_REQUESTED)

    document = application.documents.get(review_status=ReviewStatus.NEEDS_FIX)
    assert document.review_note == "Foto kurang jelas, mohon pindai ulang."
    assert document.reviewed_by is not None
    assert application.messages.exists()
    assert application.paused_on is not None


def test_the_finished_applications_have_their_results(client, seeded):
    completed = _of(seeded, S.COMPLETED)
    ready = _of(seeded, S.READY_FOR_PICKUP)

    assert completed.output_file
    assert completed.output_content_type == "application/pdf"
    assert completed.closed_at is not None
    assert ready.decided_at is not None
    assert not ready.documents.exclude(review_status=ReviewStatus.ACCEPTED).exists()
    client.force_login(seeded)
    response = client.get(f"/permohonan/{completed.uuid}/hasil/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_draft_of_the_citizen_is_resumed_not_filled_by_the_seed(seeded):
    # given: a fresh database where the citizen already started the service that
    # the demo draft uses
    draft = _of(seeded, S.DRAFT)
    service, mall = draft.service, draft.mall
    draft.delete()
    own = actions.application_start(
        citizen=seeded,
        service=service,
        mall=mall,
        start_key="11111111-1111-1111-1111-111111111111",
    )

    # when
    seed.seed_applications()

    # then: the seed found the citizen's own draft and left it as it was
    own.refresh_from_db()
    assert own.documents.count() == 0
    assert own.field_values == {}
    assert Application.objects.filter(citizen=seeded, status=S.DRAFT).count() == 1
