"""The complaint workflow's actions: routing, due dates in working days, history,
notifications, stale pages, who may act, and the SP4N-LAPOR! forward."""

import datetime as dt
import uuid

import pytest

from django.test import override_settings
from django.utils import translation

from agencies.models import Closure
from audit.models import AuditAction, AuditEvent
from complaints import actions, gateways
from complaints.models import Classification, Complaint, ComplaintEvent
from mpp.exceptions import DomainError
from notifications.models import Notification
from tests.accounts.factories import UserFactory
from tests.complaints.helpers import make_desk, other_booth_officer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    """The refusals are matched by their English msgids (the Indonesian
    translations are checked on the pages, in test_views.py)."""
    with translation.override("en"):
        yield


WIB = dt.timezone(dt.timedelta(hours=7))


def _submit(desk, *, citizen=None, at=None) -> Complaint:
    complaint = actions.complaint_submit(
        booth=desk.booth,
        text="Antrean tidak dipanggil.",
        submit_key=uuid.uuid4(),
        citizen=citizen,
    )
    if at is not None:  # received at that moment
        Complaint.objects.filter(pk=complaint.pk).update(created_at=at)
        complaint.refresh_from_db()
    return complaint


def test_an_anonymous_complaint_gets_a_tracking_number_and_no_notification():
    desk = make_desk()

    complaint = _submit(desk)

    assert complaint.citizen is None
    assert complaint.mall == desk.booth.mall
    assert complaint.tracking_number.startswith("ADU-")
    assert len(complaint.tracking_number) == 13
    assert Notification.objects.count() == 0
    assert list(complaint.events.values_list("from_status", "to_status")) == [
        ("", "received")
    ]


def test_the_same_submit_key_twice_makes_one_complaint():
    desk = make_desk()
    key = uuid.uuid4()
    first = actions.complaint_submit(booth=desk.booth, text="a", submit_key=key)
    second = actions.complaint_submit(booth=desk.booth, text="a", submit_key=key)
    assert first.pk == second.pk
    assert Complaint.objects.count() == 1


def test_a_signed_in_complainant_is_told_at_each_step_in_their_language():
    desk = make_desk()
    citizen = UserFactory(preferred_language="en")

    complaint = _submit(desk, citizen=citizen)
    actions.complaint_classify(
        complaint=complaint, by=desk.officer, classification=Classification.LIGHT
    )
    actions.complaint_answer(complaint=complaint, by=desk.officer, answer="Maaf.")
    actions.complaint_close(complaint=complaint, by=desk.officer)

    subjects = list(
        Notification.objects.filter(recipient=citizen)
        .order_by("pk")
        .values_list("subject", flat=True)
    )
    number = complaint.tracking_number
    assert subjects == [
        f"Complaint {number} received",
        f"Complaint {number} answered",
        f"Complaint {number} closed",
    ]
    assert ComplaintEvent.objects.filter(complaint=complaint).count() == 4


def test_due_date_counts_working_days_past_a_weekend_and_a_national_holiday():
    """Received Friday 14 August 2026; Saturday, Sunday and Independence Day
    (Monday 17th) are not working days: two working days end on Wednesday 19th."""
    desk = make_desk()
    complaint = _submit(desk, at=dt.datetime(2026, 8, 14, 10, tzinfo=WIB))

    complaint = actions.complaint_classify(
        complaint=complaint, by=desk.officer, classification=Classification.LIGHT
    )

    assert complaint.due_date == dt.date(2026, 8, 19)


def test_due_date_skips_the_malls_own_closure():
    desk = make_desk()
    Closure.objects.create(mall=desk.booth.mall, date=dt.date(2026, 8, 18))
    complaint = _submit(desk, at=dt.datetime(2026, 8, 14, 10, tzinfo=WIB))

    complaint = actions.complaint_classify(
        complaint=complaint, by=desk.officer, classification=Classification.LIGHT
    )

    assert complaint.due_date == dt.date(2026, 8, 20)


@pytest.mark.parametrize(
    ("classification", "due"),
    [
        (Classification.NORMATIVE, dt.date(2026, 8, 24)),
        (Classification.NO_SUPERVISION, dt.date(2026, 9, 7)),
    ],
)
def test_each_classification_has_its_limit(classification, due):
    """Friday 14 August 2026 + 5 / 14 working days (17 and 25 August are holidays)."""
    desk = make_desk()
    complaint = _submit(desk, at=dt.datetime(2026, 8, 14, 10, tzinfo=WIB))
    complaint = actions.complaint_classify(
        complaint=complaint, by=desk.officer, classification=classification
    )
    assert complaint.due_date == due


def test_a_stale_page_changes_nothing():
    desk = make_desk()
    complaint = _submit(desk)
    actions.complaint_classify(
        complaint=complaint, by=desk.officer, classification=Classification.LIGHT
    )
    before = (Complaint.objects.get().status, ComplaintEvent.objects.count())

    with pytest.raises(DomainError, match="changed in the meantime"):
        actions.complaint_classify(
            complaint=complaint,
            by=desk.supervisor,
            classification=Classification.INVESTIGATION,
            expected_status="received",
        )

    assert (Complaint.objects.get().status, ComplaintEvent.objects.count()) == before
    assert Complaint.objects.get().classification == Classification.LIGHT


def test_an_answer_needs_text_and_classification_first():
    desk = make_desk()
    complaint = _submit(desk)
    with pytest.raises(DomainError, match="Write the answer"):
        actions.complaint_answer(complaint=complaint, by=desk.officer, answer="  ")
    with pytest.raises(DomainError, match="changed in the meantime"):
        actions.complaint_answer(complaint=complaint, by=desk.officer, answer="Ok")
    assert Complaint.objects.get().status == "received"
    assert ComplaintEvent.objects.count() == 1


def test_another_booths_officer_cannot_act():
    desk = make_desk()
    complaint = _submit(desk)
    with pytest.raises(DomainError, match="booth"):
        actions.complaint_classify(
            complaint=complaint,
            by=other_booth_officer(desk.booth),
            classification=Classification.LIGHT,
        )
    assert Complaint.objects.get().status == "received"


def test_a_status_change_is_audited():
    desk = make_desk()
    complaint = _submit(desk)
    actions.complaint_classify(
        complaint=complaint, by=desk.officer, classification=Classification.LIGHT
    )
    event = AuditEvent.objects.filter(
        action=AuditAction.STATUS_CHANGE, actor_id=desk.officer.pk
    ).get()
    assert event.detail == {"from": "received", "to": "classified"}


# ---------------------------------------------------------------- SP4N-LAPOR!
class FakeGateway:
    calls: list = []

    def forward(self, *, complaint) -> str:
        FakeGateway.calls.append(complaint.tracking_number)
        return "LAPOR-TEST-77"


class BrokenGateway:
    def forward(self, *, complaint) -> str:
        raise gateways.LaporGatewayError("timeout")


@override_settings(MPP_LAPOR_GATEWAY="tests.complaints.test_actions.FakeGateway")
def test_forwarding_records_the_reference_once():
    desk = make_desk()
    complaint = _submit(desk)
    FakeGateway.calls = []

    complaint = actions.complaint_forward_to_lapor(complaint=complaint, by=desk.officer)

    assert complaint.lapor_reference == "LAPOR-TEST-77"
    assert FakeGateway.calls == [complaint.tracking_number]
    with pytest.raises(DomainError, match="already forwarded"):
        actions.complaint_forward_to_lapor(complaint=complaint, by=desk.officer)
    assert FakeGateway.calls == [complaint.tracking_number]


@override_settings(MPP_LAPOR_GATEWAY="tests.complaints.test_actions.BrokenGateway")
def test_a_failing_gateway_leaves_the_complaint_unchanged():
    desk = make_desk()
    complaint = _submit(desk)
    before = Complaint.objects.values().get(pk=complaint.pk)

    with pytest.raises(DomainError, match="could not be reached"):
        actions.complaint_forward_to_lapor(complaint=complaint, by=desk.officer)

    assert Complaint.objects.values().get(pk=complaint.pk) == before


def test_the_default_gateway_is_the_console_one():
    desk = make_desk()
    complaint = _submit(desk)
    complaint = actions.complaint_forward_to_lapor(complaint=complaint, by=desk.officer)
    assert complaint.lapor_reference.startswith("LAPOR-FAKE-")
