"""The application workflow's writes (STYLE §4, RELIABILITY rows 21-23): every
status change along APPLICATION_TRANSITIONS, with one history row and the citizen's
notification, and a refusal that writes nothing."""

import datetime as dt
import random
import re
import threading
import uuid
from itertools import pairwise
from types import SimpleNamespace
from unittest import mock

import pytest

from django.core import mail
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone, translation

from agencies import calendar
from agencies.constants import BoothRole
from agencies.models import Closure
from applications import actions
from applications.actions import citizen as citizen_actions
from applications.actions import officer as officer_actions
from applications.models import (
    APPLICATION_TRANSITIONS,
    CANCELLABLE,
    Application,
    ApplicationDocument,
    ApplicationStatus,
    Message,
    ReviewStatus,
    StatusChange,
)
from mpp.exceptions import DomainError, InvalidTransition
from notifications import actions as notification_actions
from notifications import tasks as notification_tasks
from notifications.models import Notification
from services.constants import Channel, TimeUnit
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothFactory, BoothStaffFactory, MallFactory
from tests.applications import badfiles
from tests.applications.factories import (
    FIELD_LABEL,
    ApplicationDocumentFactory,
    ApplicationFactory,
    CitizenFactory,
    OnlineServiceFactory,
    answers_for,
    officer_for,
)

pytestmark = pytest.mark.django_db

S = ApplicationStatus
TRACKING_NUMBER = re.compile(r"^[A-Z]{3}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$")
# Random names under a folder per month, the extension from the detected type.
STORED_DOCUMENT = re.compile(r"documents/\d{4}/\d{2}/[0-9a-f]{32}\.pdf")
STORED_OUTPUT = re.compile(r"outputs/\d{4}/\d{2}/[0-9a-f]{32}\.pdf")
#: Statuses whose arrival the citizen is told about.
NOTIFYING = {
    S.SUBMITTED,
    S.IN_REVIEW,
    S.CHANGES_REQUESTED,
    S.APPROVED,
    S.REJECTED,
    S.READY_FOR_PICKUP,
    S.COMPLETED,
}
OUTSIDER_MESSAGE = "You do not work at this service's booth."

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite ignores select_for_update and serialises writers, so a race "
    "cannot happen on it",
)


@pytest.fixture(autouse=True)
def _english():
    """Refusals are shown in the active language; the msgids are stable, the
    Indonesian catalogue is not (tests/conftest.py resets the language after)."""
    translation.activate("en")


@pytest.fixture
def enqueued():
    """Record delivery tasks handed to the broker (or run inline) after a commit.

    The same in both modes: with REDIS_URL set nothing reaches Redis, without it
    nothing is delivered inline; a test that wants the e-mail delivers it itself.
    """
    with mock.patch.object(notification_tasks.notification_deliver, "delay") as delay:
        yield delay


@pytest.fixture
def freeze_today(monkeypatch):
    """Set the date that applications.actions sees as today."""

    def freeze(day: dt.date) -> None:
        clock = SimpleNamespace(now=timezone.now, localdate=lambda: day)
        for module in (citizen_actions, officer_actions):
            monkeypatch.setattr(module, "timezone", clock)

    return freeze


def _state(application: Application) -> dict:
    """Everything an action may write about one application, read fresh."""
    fresh = Application.objects.get(pk=application.pk)
    return {
        "status": fresh.status,
        "tracking_number": fresh.tracking_number,
        "submitted_at": fresh.submitted_at,
        "due_date": fresh.due_date,
        "paused_on": fresh.paused_on,
        "decided_at": fresh.decided_at,
        "closed_at": fresh.closed_at,
        "output_file": fresh.output_file.name,
        "field_values": fresh.field_values,
        "updated_at": fresh.updated_at,
        "history": list(fresh.history.values_list("from_status", "to_status", "note")),
        "messages": list(fresh.messages.values_list("body", flat=True)),
        "documents": list(
            fresh.documents.order_by("pk").values_list(
                "pk",
                "requirement_id",
                "file",
                "review_status",
                "review_note",
                "reviewed_by",
            )
        ),
        "notifications": Notification.objects.filter(
            recipient_id=fresh.citizen_id
        ).count(),
    }


def _stored_files(folder: str) -> set[str]:
    """Every file name under `folder` in the default (in-memory) storage."""
    if not default_storage.exists(folder):
        return set()
    directories, files = default_storage.listdir(folder)
    names = {f"{folder}/{name}" for name in files}
    for directory in directories:
        names |= _stored_files(f"{folder}/{directory}")
    return names


def _requirements(application: Application) -> list:
    return list(application.service.requirements.order_by("position"))


def _submitted(**kwargs) -> Application:
    """An application sent through application_submit (so with its history row)."""
    draft = ApplicationFactory(complete=True, **kwargs)
    return actions.application_submit(application=draft, citizen=draft.citizen)


def _ask_to_fix(application: Application) -> tuple[Application, ApplicationDocument]:
    """The officer asks to fix the first document."""
    document = application.documents.order_by("requirement__position").first()
    changed = actions.application_request_changes(
        application=application,
        officer=officer_for(application),
        fixes={document.pk: "Foto KTP buram."},
    )
    return changed, document


def _changes_requested(**kwargs) -> tuple[Application, ApplicationDocument]:
    """Sent, then the officer asked to fix the first document."""
    return _ask_to_fix(_submitted(**kwargs))


def _replace(application: Application, document: ApplicationDocument) -> None:
    actions.application_replace_document(
        application=application,
        requirement=document.requirement,
        file=badfiles.good_pdf(),
        content_type=badfiles.PDF,
    )


# ---------------------------------------------------------------- start


def test_start_creates_a_draft_for_the_citizen():
    # given
    service = OnlineServiceFactory()
    mall = service.booths.get().mall
    citizen = CitizenFactory()
    start_key = uuid.uuid4()

    # when
    application = actions.application_start(
        citizen=citizen, service=service, mall=mall, start_key=start_key
    )

    # then
    application.refresh_from_db()
    assert application.status == S.DRAFT
    assert application.citizen == citizen
    assert application.service == service
    assert application.mall == mall
    assert application.start_key == start_key
    assert application.tracking_number is None
    assert application.submitted_at is None
    assert application.due_date is None
    assert application.field_values == {}
    assert application.history.count() == 0
    assert Notification.objects.count() == 0


def test_start_sent_twice_with_the_same_key_returns_the_same_draft():
    # given
    service = OnlineServiceFactory()
    mall = service.booths.get().mall
    citizen = CitizenFactory()
    start_key = uuid.uuid4()
    first = actions.application_start(
        citizen=citizen, service=service, mall=mall, start_key=start_key
    )

    # when
    second = actions.application_start(
        citizen=citizen, service=service, mall=mall, start_key=start_key
    )

    # then
    assert second.pk == first.pk
    assert Application.objects.count() == 1


def test_start_with_another_key_resumes_the_open_draft():
    # given: "Apply" clicked again, on a new start form, while a draft is open
    service = OnlineServiceFactory()
    mall = service.booths.get().mall
    citizen = CitizenFactory()
    first = actions.application_start(
        citizen=citizen, service=service, mall=mall, start_key=uuid.uuid4()
    )

    # when
    second = actions.application_start(
        citizen=citizen, service=service, mall=mall, start_key=uuid.uuid4()
    )

    # then
    assert second.pk == first.pk
    assert Application.objects.filter(citizen=citizen).count() == 1


def test_start_with_another_key_after_sending_creates_another_draft():
    # given: the first application was sent, so there is no open draft
    first = ApplicationFactory(submitted=True)

    # when
    second = actions.application_start(
        citizen=first.citizen,
        service=first.service,
        mall=first.mall,
        start_key=uuid.uuid4(),
    )

    # then
    assert second.pk != first.pk
    assert second.status == ApplicationStatus.DRAFT
    assert Application.objects.filter(citizen=first.citizen).count() == 2


def _no_nik(service, mall):
    return UserFactory(nik=None), service, mall


def _counter_only(service, mall):
    service.channel = Channel.COUNTER
    service.save(update_fields=["channel"])
    return CitizenFactory(), service, mall


def _inactive_service(service, mall):
    service.is_active = False
    service.save(update_fields=["is_active"])
    return CitizenFactory(), service, mall


def _other_mall(service, mall):
    return CitizenFactory(), service, MallFactory()


def _inactive_booth(service, mall):
    service.booths.update(is_active=False)
    return CitizenFactory(), service, mall


def _inactive_mall(service, mall):
    mall.is_active = False
    mall.save(update_fields=["is_active"])
    return CitizenFactory(), service, mall


@pytest.mark.parametrize(
    ("_case", "arrange", "message"),
    [
        ("citizen without NIK", _no_nik, "Add your NIK to your profile"),
        ("counter-only service", _counter_only, "cannot be applied for online"),
        ("inactive service", _inactive_service, "cannot be applied for online"),
        ("mall without the service", _other_mall, "not offered in the mall"),
        ("inactive booth", _inactive_booth, "not offered in the mall"),
        ("inactive mall", _inactive_mall, "not offered in the mall"),
    ],
)
def test_start_refused_creates_nothing(_case, arrange, message):
    # given
    service = OnlineServiceFactory()
    citizen, service, mall = arrange(service, service.booths.get().mall)

    # when
    with pytest.raises(DomainError, match=message):
        actions.application_start(
            citizen=citizen, service=service, mall=mall, start_key=uuid.uuid4()
        )

    # then
    assert Application.objects.count() == 0


# ---------------------------------------------------------------- draft


def test_save_draft_stores_answers_and_documents():
    # given
    draft = ApplicationFactory()
    ktp, letter = _requirements(draft)
    field_key = draft.service.fields.get().key
    pdf = badfiles.good_pdf()
    pdf_bytes = pdf.read()
    pdf.seek(0)

    # when
    saved = actions.application_save_draft(
        application=draft,
        field_values={field_key: "Izin usaha baru"},
        files={ktp.pk: (pdf, badfiles.PDF)},
    )

    # then
    saved.refresh_from_db()
    assert saved.status == S.DRAFT
    assert saved.field_values == {field_key: "Izin usaha baru"}
    document = ApplicationDocument.objects.get(application=draft)
    assert document.requirement == ktp
    assert document.content_type == "application/pdf"
    assert document.size == len(pdf_bytes)
    assert STORED_DOCUMENT.fullmatch(document.file.name) is not None
    with document.file.open("rb") as stored:
        assert stored.read() == pdf_bytes
    assert document.review_status == ReviewStatus.PENDING
    assert saved.history.count() == 0


def test_save_draft_merges_answers_and_keeps_documents_not_sent_again():
    # given
    draft = ApplicationFactory()
    ktp, letter = _requirements(draft)
    actions.application_save_draft(
        application=draft,
        field_values={"field_a": "satu", "field_b": "dua"},
        files={ktp.pk: (badfiles.good_pdf(), badfiles.PDF)},
    )

    # when
    actions.application_save_draft(
        application=draft,
        field_values={"field_b": "dua baru"},
        files={letter.pk: (badfiles.good_png(), badfiles.PNG)},
    )

    # then
    draft.refresh_from_db()
    assert draft.field_values == {"field_a": "satu", "field_b": "dua baru"}
    assert sorted(draft.documents.values_list("requirement__name", "content_type")) == [
        ("KTP-el", "application/pdf"),
        ("Surat pengantar RT/RW", "image/png"),
    ]


def test_replacing_a_document_keeps_one_row_and_resets_the_check(
    django_capture_on_commit_callbacks,
):
    # given
    draft = ApplicationFactory()
    ktp = _requirements(draft)[0]
    document = ApplicationDocumentFactory(
        application=draft,
        requirement=ktp,
        needs_fix=True,
        reviewed_by=UserFactory(),
        reviewed_at=timezone.now(),
    )
    old_name = document.file.name

    # when
    with django_capture_on_commit_callbacks(execute=True):
        actions.application_save_draft(
            application=draft,
            field_values={},
            files={ktp.pk: (badfiles.good_png(), badfiles.PNG)},
        )

    # then
    assert ApplicationDocument.objects.filter(application=draft).count() == 1
    document.refresh_from_db()
    assert document.content_type == "image/png"
    assert document.file.name.endswith(".png")
    assert document.file.name != old_name
    assert document.review_status == ReviewStatus.PENDING
    assert document.review_note == ""
    assert document.reviewed_by is None
    assert document.reviewed_at is None
    assert default_storage.exists(document.file.name) is True
    assert default_storage.exists(old_name) is False


def test_replaced_file_is_kept_until_the_commit():
    # given
    draft = ApplicationFactory()
    ktp = _requirements(draft)[0]
    old_name = ApplicationDocumentFactory(application=draft, requirement=ktp).file.name

    # when (the test's transaction never commits)
    actions.application_save_draft(
        application=draft,
        field_values={},
        files={ktp.pk: (badfiles.good_png(), badfiles.PNG)},
    )

    # then
    assert default_storage.exists(old_name) is True


@pytest.mark.parametrize("trait", ["submitted", "in_review", "cancelled"])
def test_save_draft_refused_once_sent_or_cancelled(trait):
    # given
    application = ApplicationFactory(**{trait: True})
    ktp = _requirements(application)[0]
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="can no longer be edited"):
        actions.application_save_draft(
            application=application,
            field_values={"field_x": "baru"},
            files={ktp.pk: (badfiles.good_png(), badfiles.PNG)},
        )

    # then
    assert _state(application) == before


# ---------------------------------------------------------------- submit


def test_submit_sends_a_complete_draft(enqueued, django_capture_on_commit_callbacks):
    # given
    draft = ApplicationFactory(
        complete=True,
        citizen__preferred_language="en",
        service__name="Izin Usaha Mikro",
        service__at_mall=MallFactory(code="BTM", name="MPP Kota Batam"),
    )
    today = timezone.localdate()
    before = timezone.now()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        submitted = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    submitted.refresh_from_db()
    number = submitted.tracking_number
    assert TRACKING_NUMBER.fullmatch(number) is not None
    assert number.startswith("BTM-")
    assert submitted.status == S.SUBMITTED
    assert before <= submitted.submitted_at <= timezone.now()
    due = calendar.add_working_days(today, 3, mall=submitted.mall)
    assert submitted.due_date == due
    assert list(
        submitted.history.values_list("from_status", "to_status", "changed_by", "note")
    ) == [(S.DRAFT, S.SUBMITTED, draft.citizen.pk, "")]
    notification = Notification.objects.get()
    assert notification.recipient == draft.citizen
    assert notification.channel == "email"
    assert notification.subject == f"Application {number} received"
    assert notification.body == (
        f"We received your application {number} for Izin Usaha Mikro at "
        f"MPP Kota Batam. It will be finished by {due:%d-%m-%Y}. "
        "Follow it in “My applications”."
    )
    enqueued.assert_called_once_with(notification.pk)


def test_submitted_email_names_the_number_but_not_the_nik(enqueued):
    # given
    draft = ApplicationFactory(complete=True, citizen__email="warga@example.id")
    submitted = actions.application_submit(application=draft, citizen=draft.citizen)
    notification = Notification.objects.get(recipient=draft.citizen)

    # when
    notification_actions.notification_deliver(notification_id=notification.pk)

    # then
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["warga@example.id"]
    assert submitted.tracking_number in email.subject
    assert submitted.tracking_number in email.body
    assert draft.citizen.nik not in email.subject
    assert draft.citizen.nik not in email.body


def test_submit_due_date_skips_weekends_and_holidays(freeze_today):
    """Sent on Friday 24 January 2025, 3 working days: Monday 27 (Isra Mikraj),
    Tuesday 28 (joint leave) and Wednesday 29 (Imlek) are days off."""
    # given
    freeze_today(dt.date(2025, 1, 24))
    draft = ApplicationFactory(complete=True)

    # when
    submitted = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert submitted.due_date == dt.date(2025, 2, 3)


def test_submit_due_date_skips_the_malls_closures(freeze_today):
    # given
    freeze_today(dt.date(2025, 2, 7))  # a Friday
    draft = ApplicationFactory(complete=True, service__time_limit_value=1)
    Closure.objects.create(mall=draft.mall, date=dt.date(2025, 2, 10), reason="Banjir")

    # when
    submitted = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert submitted.due_date == dt.date(2025, 2, 11)


@pytest.mark.parametrize("unit", [TimeUnit.HOURS, TimeUnit.MINUTES])
def test_submit_of_a_same_day_service_is_due_the_next_working_day(freeze_today, unit):
    # given
    freeze_today(dt.date(2025, 2, 7))  # a Friday
    draft = ApplicationFactory(
        complete=True, service__time_limit_value=4, service__time_limit_unit=unit
    )

    # when
    submitted = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert submitted.due_date == dt.date(2025, 2, 10)


@pytest.mark.parametrize(
    ("_case", "uploaded", "answered", "message"),
    [
        ("second document", 1, True, "Still missing: Surat pengantar RT/RW."),
        ("every document", 0, True, "Still missing: KTP-el, Surat pengantar RT/RW."),
        ("required field", 2, False, f"Still missing: {FIELD_LABEL}."),
        (
            "everything",
            0,
            False,
            f"Still missing: KTP-el, Surat pengantar RT/RW, {FIELD_LABEL}.",
        ),
    ],
)
def test_submit_of_an_incomplete_draft_names_what_is_missing(
    enqueued, django_capture_on_commit_callbacks, _case, uploaded, answered, message
):
    # given
    draft = ApplicationFactory(with_documents=False)
    for requirement in _requirements(draft)[:uploaded]:
        ApplicationDocumentFactory(application=draft, requirement=requirement)
    if answered:
        draft.field_values = answers_for(draft.service)
        draft.save()
    before = _state(draft)

    # when
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(DomainError, match=re.escape(message)),
    ):
        actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert _state(draft) == before
    assert Notification.objects.count() == 0
    assert callbacks == []
    assert enqueued.call_count == 0


def test_submit_treats_a_blank_answer_as_missing():
    # given
    draft = ApplicationFactory(complete=True)
    draft.field_values = dict.fromkeys(draft.field_values, "   ")
    draft.save()

    # when
    with pytest.raises(DomainError, match=f"Still missing: {FIELD_LABEL}."):
        actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    draft.refresh_from_db()
    assert draft.status == S.DRAFT


def test_submit_does_not_need_optional_documents_or_optional_fields():
    # given
    draft = ApplicationFactory(complete=True)
    draft.service.requirements.create(name="NPWP", is_mandatory=False)
    draft.service.requirements.create(name="Hadir sendiri", needs_upload=False)
    draft.service.fields.create(label="Catatan", is_required=False)

    # when
    submitted = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert submitted.status == S.SUBMITTED


def test_submit_twice_returns_the_same_application_once(
    enqueued, django_capture_on_commit_callbacks
):
    # given
    draft = ApplicationFactory(complete=True)
    with django_capture_on_commit_callbacks(execute=True):
        first = actions.application_submit(application=draft, citizen=draft.citizen)
    before = _state(first)

    # when (a double click: the page still holds the draft)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        second = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert second.pk == first.pk
    assert second.tracking_number == first.tracking_number
    assert _state(first) == before
    assert StatusChange.objects.filter(application=draft).count() == 1
    assert Notification.objects.count() == 1
    assert callbacks == []
    assert enqueued.call_count == 1


def test_submit_by_a_deactivated_citizen_queues_no_notification():
    # given
    draft = ApplicationFactory(complete=True, citizen__is_active=False)

    # when
    submitted = actions.application_submit(application=draft, citizen=draft.citizen)

    # then
    assert submitted.status == S.SUBMITTED
    assert Notification.objects.count() == 0


def _run_together(count: int, work) -> tuple[list, list]:
    """Run `work()` in `count` threads released together by a barrier, each on its
    own database connection; return (results, errors)."""
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
def test_two_concurrent_submits_send_the_draft_once(_round, enqueued):
    # given
    draft = ApplicationFactory(complete=True)

    def submit():
        application = Application.objects.get(pk=draft.pk)
        return actions.application_submit(
            application=application, citizen=draft.citizen
        ).tracking_number

    # when
    numbers, errors = _run_together(2, submit)

    # then
    assert errors == []
    assert len(numbers) == 2
    assert numbers[0] == numbers[1]
    draft.refresh_from_db()
    assert draft.tracking_number == numbers[0]
    assert StatusChange.objects.filter(application=draft).count() == 1
    notification = Notification.objects.get()
    enqueued.assert_called_once_with(notification.pk)


@on_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("_round", range(5))
def test_two_concurrent_starts_with_one_key_make_one_draft(_round):
    # given
    service = OnlineServiceFactory()
    mall = service.booths.get().mall
    citizen = CitizenFactory()
    start_key = uuid.uuid4()

    def start():
        return actions.application_start(
            citizen=citizen, service=service, mall=mall, start_key=start_key
        ).pk

    # when
    ids, errors = _run_together(2, start)

    # then
    assert errors == []
    assert len(ids) == 2
    assert ids[0] == ids[1]
    assert Application.objects.count() == 1


# ---------------------------------------------------------------- cancel


@pytest.mark.parametrize("trait", [None, "submitted", "in_review", "changes_requested"])
def test_cancel_before_a_decision(trait):
    # given
    application = ApplicationFactory(**({trait: True} if trait else {}))
    previous = application.status
    before = timezone.now()

    # when
    cancelled = actions.application_cancel(
        application=application, citizen=application.citizen
    )

    # then
    cancelled.refresh_from_db()
    assert cancelled.status == S.CANCELLED
    assert before <= cancelled.closed_at <= timezone.now()
    assert cancelled.paused_on is None
    assert cancelled.tracking_number == application.tracking_number
    assert list(
        cancelled.history.values_list("from_status", "to_status", "changed_by")
    ) == [(previous, S.CANCELLED, application.citizen.pk)]
    # The citizen cancelled it themselves: nothing to tell them.
    assert Notification.objects.count() == 0


@pytest.mark.parametrize("trait", ["approved", "rejected", "completed", "cancelled"])
def test_cancel_refused_after_a_decision(trait):
    # given
    application = ApplicationFactory(**{trait: True})
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="can no longer be cancelled"):
        actions.application_cancel(application=application, citizen=application.citizen)

    # then
    assert _state(application) == before


def test_cancellable_statuses_are_those_before_a_decision():
    # then
    assert {s for s in S if S.CANCELLED in APPLICATION_TRANSITIONS[s]} == CANCELLABLE


# ---------------------------------------------------------------- officers


def _other_agency_same_mall(application):
    return BoothStaffFactory(booth=BoothFactory(mall=application.mall)).user


def _same_agency_other_mall(application):
    booth = BoothFactory(agency=application.service.agency)
    return BoothStaffFactory(booth=booth).user


def _inactive_booth_officer(application):
    officer = officer_for(application)
    application.service.booths.update(is_active=False)
    return officer


def _plain_citizen(application):
    return application.citizen


def _start_review(application, officer):
    actions.application_start_review(application=application, officer=officer)


def _request_changes(application, officer):
    document = application.documents.first()
    actions.application_request_changes(
        application=application, officer=officer, fixes={document.pk: "Buram."}
    )


def _approve(application, officer):
    actions.application_decide(application=application, officer=officer, approve=True)


def _reject(application, officer):
    actions.application_decide(
        application=application, officer=officer, approve=False, note="Palsu."
    )


def _complete(application, officer):
    actions.application_complete(application=application, officer=officer)


def _review_document(application, officer):
    actions.document_review(
        document=application.documents.first(), officer=officer, accepted=True
    )


def _send_message(application, officer):
    actions.message_send(application=application, officer=officer, body="Halo.")


OFFICER_ACTIONS = [
    ("start review", "submitted", _start_review),
    ("request changes", "submitted", _request_changes),
    ("approve", "in_review", _approve),
    ("reject", "in_review", _reject),
    ("complete", "approved", _complete),
    ("review a document", "in_review", _review_document),
    ("send a message", "in_review", _send_message),
]


@pytest.mark.parametrize(
    ("_who", "outsider"),
    [
        ("other agency, same mall", _other_agency_same_mall),
        ("same agency, other mall", _same_agency_other_mall),
        ("inactive booth", _inactive_booth_officer),
        ("the citizen", _plain_citizen),
    ],
)
@pytest.mark.parametrize(("_action", "trait", "act"), OFFICER_ACTIONS)
def test_officer_actions_refused_to_anyone_but_the_booths_staff(
    _who, outsider, _action, trait, act
):
    # given
    application = ApplicationFactory(**{trait: True})
    officer = outsider(application)
    before = _state(application)

    # when
    with pytest.raises(DomainError, match=re.escape(OUTSIDER_MESSAGE)):
        act(application, officer)

    # then
    assert _state(application) == before


@pytest.mark.parametrize("role", [BoothRole.OFFICER, BoothRole.SUPERVISOR])
def test_officers_and_supervisors_of_the_booth_may_act(role):
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application, role=role)

    # when
    reviewed = actions.application_start_review(
        application=application, officer=officer
    )

    # then
    assert reviewed.status == S.IN_REVIEW
    assert list(
        reviewed.history.values_list("from_status", "to_status", "changed_by")
    ) == [(S.SUBMITTED, S.IN_REVIEW, officer.pk)]
    assert Notification.objects.count() == 1  # the citizen is told it is checked
    assert reviewed.assigned_to == officer  # unassigned: whoever starts takes it


def test_document_review_accepts_or_asks_for_a_fix():
    # given
    application = ApplicationFactory(in_review=True)
    officer = officer_for(application)
    ktp, letter = application.documents.order_by("requirement__position")

    # when
    actions.document_review(document=ktp, officer=officer, accepted=True)
    actions.document_review(
        document=letter, officer=officer, accepted=False, note="  Tanpa stempel. "
    )

    # then
    ktp.refresh_from_db()
    letter.refresh_from_db()
    assert (ktp.review_status, ktp.review_note, ktp.reviewed_by) == (
        ReviewStatus.ACCEPTED,
        "",
        officer,
    )
    assert (letter.review_status, letter.review_note, letter.reviewed_by) == (
        ReviewStatus.NEEDS_FIX,
        "Tanpa stempel.",
        officer,
    )
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW


def test_document_review_needs_a_note_to_ask_for_a_fix():
    # given
    application = ApplicationFactory(in_review=True)
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="Say what must be fixed."):
        actions.document_review(
            document=application.documents.first(),
            officer=officer_for(application),
            accepted=False,
            note="  ",
        )

    # then
    assert _state(application) == before


# ---------------------------------------------------------------- changes


@pytest.mark.parametrize("trait", ["submitted", "in_review"])
def test_request_changes_marks_documents_pauses_and_notifies(
    enqueued, django_capture_on_commit_callbacks, trait
):
    # given
    application = ApplicationFactory(**{trait: True}, citizen__preferred_language="en")
    officer = officer_for(application)
    ktp, letter = application.documents.order_by("requirement__position")
    before = timezone.now()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        changed = actions.application_request_changes(
            application=application,
            officer=officer,
            fixes={ktp.pk: "Foto KTP buram."},
            message=" Mohon unggah ulang KTP. ",
        )

    # then
    changed.refresh_from_db()
    assert changed.status == S.CHANGES_REQUESTED
    assert changed.paused_on == timezone.localdate()
    assert changed.due_date == application.due_date
    ktp.refresh_from_db()
    assert ktp.review_status == ReviewStatus.NEEDS_FIX
    assert ktp.review_note == "Foto KTP buram."
    assert ktp.reviewed_by == officer
    assert before <= ktp.reviewed_at <= timezone.now()
    letter.refresh_from_db()
    assert letter.review_status == ReviewStatus.PENDING
    assert list(changed.messages.values_list("sender", "body")) == [
        (officer.pk, "Mohon unggah ulang KTP.")
    ]
    assert list(
        changed.history.values_list("from_status", "to_status", "changed_by", "note")
    ) == [
        (application.status, S.CHANGES_REQUESTED, officer.pk, "Mohon unggah ulang KTP.")
    ]
    notification = Notification.objects.get()
    assert notification.subject == (
        f"Application {application.tracking_number}: please fix your documents"
    )
    enqueued.assert_called_once_with(notification.pk)


def test_request_changes_without_a_message_writes_no_message():
    # given
    application = ApplicationFactory(submitted=True)
    document = application.documents.first()

    # when
    actions.application_request_changes(
        application=application,
        officer=officer_for(application),
        fixes={document.pk: "Buram."},
    )

    # then
    assert Message.objects.count() == 0
    assert application.history.get().note == ""


def _fixes_none(application):
    return {}


def _fixes_foreign(application):
    return {ApplicationFactory(submitted=True).documents.first().pk: "Buram."}


def _fixes_blank(application):
    return {application.documents.first().pk: "   "}


@pytest.mark.parametrize(
    ("_case", "fixes", "message"),
    [
        ("no document", _fixes_none, "Mark at least one document to fix."),
        ("another application's", _fixes_foreign, "Unknown document."),
        ("no reason", _fixes_blank, "Say what must be fixed."),
    ],
)
def test_request_changes_refused_writes_nothing(_case, fixes, message):
    # given
    application = ApplicationFactory(submitted=True)
    officer = officer_for(application)
    chosen = fixes(application)
    before = _state(application)

    # when
    with pytest.raises(DomainError, match=re.escape(message)):
        actions.application_request_changes(
            application=application, officer=officer, fixes=chosen, message="Cek."
        )

    # then
    assert _state(application) == before


def test_replace_document_only_for_a_document_marked_to_fix():
    # given
    application, to_fix = _changes_requested()
    other = application.documents.exclude(pk=to_fix.pk).get()
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="does not need to be replaced"):
        actions.application_replace_document(
            application=application,
            requirement=other.requirement,
            file=badfiles.good_png(),
            content_type=badfiles.PNG,
        )

    # then
    assert _state(application) == before


def test_replace_document_refused_outside_changes_requested():
    # given (a document marked to fix, but the application is back in review)
    application = ApplicationFactory(in_review=True)
    document = application.documents.first()
    ApplicationDocument.objects.filter(pk=document.pk).update(
        review_status=ReviewStatus.NEEDS_FIX, review_note="Buram."
    )
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="does not need to be replaced"):
        actions.application_replace_document(
            application=application,
            requirement=document.requirement,
            file=badfiles.good_png(),
            content_type=badfiles.PNG,
        )

    # then
    assert _state(application) == before


def test_replace_document_stores_the_new_file_and_resets_the_check():
    # given
    application, to_fix = _changes_requested()
    old_name = to_fix.file.name

    # when
    replaced = actions.application_replace_document(
        application=application,
        requirement=to_fix.requirement,
        file=badfiles.good_png(),
        content_type=badfiles.PNG,
    )

    # then
    assert replaced.pk == to_fix.pk
    assert application.documents.count() == 2
    replaced.refresh_from_db()
    assert replaced.file.name != old_name
    assert replaced.content_type == "image/png"
    assert replaced.review_status == ReviewStatus.PENDING
    assert replaced.review_note == ""
    assert replaced.reviewed_by is None
    application.refresh_from_db()
    assert application.status == S.CHANGES_REQUESTED


def test_resubmit_refused_while_a_document_still_needs_a_fix():
    # given
    application, _document = _changes_requested()
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="Replace every document"):
        actions.application_resubmit(
            application=application, citizen=application.citizen
        )

    # then
    assert _state(application) == before


def test_resubmit_moves_the_due_date_by_the_working_days_waited(freeze_today):
    """Sent Monday 3 Feb 2025 (due Thursday 6), asked to fix on Tuesday 4, fixed on
    Monday 10 with the mall closed on Friday 7: the clock stopped for Wednesday 5,
    Thursday 6 and Monday 10, so the due date moves 3 working days, past the
    closure, to Wednesday 12."""
    # given
    freeze_today(dt.date(2025, 2, 3))
    application = _submitted()
    assert application.due_date == dt.date(2025, 2, 6)
    freeze_today(dt.date(2025, 2, 4))
    application, to_fix = _ask_to_fix(application)
    assert application.paused_on == dt.date(2025, 2, 4)
    Closure.objects.create(
        mall=application.mall, date=dt.date(2025, 2, 7), reason="Banjir"
    )
    freeze_today(dt.date(2025, 2, 10))
    with pytest.raises(DomainError, match="Replace every document"):
        actions.application_resubmit(
            application=application, citizen=application.citizen
        )
    _replace(application, to_fix)

    # when
    resubmitted = actions.application_resubmit(
        application=application, citizen=application.citizen
    )

    # then
    resubmitted.refresh_from_db()
    waited = calendar.working_days_between(
        dt.date(2025, 2, 4), dt.date(2025, 2, 10), mall=application.mall
    )
    assert waited == 3
    assert resubmitted.due_date == calendar.add_working_days(
        dt.date(2025, 2, 6), waited, mall=application.mall
    )
    assert resubmitted.due_date == dt.date(2025, 2, 12)
    assert resubmitted.status == S.SUBMITTED
    assert resubmitted.paused_on is None
    assert list(resubmitted.history.values_list("from_status", "to_status")) == [
        (S.DRAFT, S.SUBMITTED),
        (S.SUBMITTED, S.CHANGES_REQUESTED),
        (S.CHANGES_REQUESTED, S.SUBMITTED),
    ]
    assert Notification.objects.filter(recipient=application.citizen).count() == 3


def test_resubmit_on_the_day_of_the_request_keeps_the_due_date():
    # given
    application, to_fix = _changes_requested()
    due = application.due_date
    _replace(application, to_fix)

    # when
    resubmitted = actions.application_resubmit(
        application=application, citizen=application.citizen
    )

    # then
    assert resubmitted.due_date == due


def test_resubmit_twice_writes_one_history_row():
    # given
    application, to_fix = _changes_requested()
    _replace(application, to_fix)
    actions.application_resubmit(application=application, citizen=application.citizen)
    before = _state(application)

    # when
    again = actions.application_resubmit(
        application=application, citizen=application.citizen
    )

    # then
    assert again.status == S.SUBMITTED
    assert _state(application) == before
    assert application.history.filter(to_status=S.SUBMITTED).count() == 2


def test_resubmit_of_a_draft_is_refused_as_an_invalid_transition():
    # given
    draft = ApplicationFactory(complete=True)

    # when / then
    with pytest.raises(InvalidTransition):
        actions.application_resubmit(application=draft, citizen=draft.citizen)


# ---------------------------------------------------------------- decisions


@pytest.mark.parametrize("trait", ["submitted", "in_review"])
def test_approve_sets_the_decision_time_and_notifies(
    enqueued, django_capture_on_commit_callbacks, trait
):
    # given
    application = ApplicationFactory(
        **{trait: True},
        citizen__preferred_language="en",
        service__name="Izin Usaha Mikro",
    )
    officer = officer_for(application)
    before = timezone.now()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        approved = actions.application_decide(
            application=application, officer=officer, approve=True
        )

    # then
    approved.refresh_from_db()
    assert approved.status == S.APPROVED
    assert before <= approved.decided_at <= timezone.now()
    assert approved.closed_at is None
    assert list(
        approved.history.values_list("from_status", "to_status", "changed_by", "note")
    ) == [(application.status, S.APPROVED, officer.pk, "")]
    assert Message.objects.count() == 0
    notification = Notification.objects.get()
    assert notification.subject == (
        f"Application {application.tracking_number} approved"
    )
    assert notification.body == (
        f"Your application {application.tracking_number} for Izin Usaha Mikro "
        "was approved."
    )
    enqueued.assert_called_once_with(notification.pk)


def test_approve_with_a_note_sends_it_as_a_message():
    # given
    application = ApplicationFactory(in_review=True)
    officer = officer_for(application)

    # when
    actions.application_decide(
        application=application,
        officer=officer,
        approve=True,
        note=" Ambil di loket 3. ",
    )

    # then
    assert list(Message.objects.values_list("sender", "body")) == [
        (officer.pk, "Ambil di loket 3.")
    ]
    assert application.history.get().note == "Ambil di loket 3."


def test_reject_needs_a_reason():
    # given
    application = ApplicationFactory(in_review=True)
    before = _state(application)

    # when
    with pytest.raises(DomainError, match="Give the reason for the rejection."):
        actions.application_decide(
            application=application,
            officer=officer_for(application),
            approve=False,
            note="  ",
        )

    # then
    assert _state(application) == before


def test_reject_closes_with_the_reason(enqueued, django_capture_on_commit_callbacks):
    # given
    application = ApplicationFactory(in_review=True, citizen__preferred_language="en")
    officer = officer_for(application)
    before = timezone.now()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        rejected = actions.application_decide(
            application=application,
            officer=officer,
            approve=False,
            note="NIB tidak terdaftar.",
        )

    # then
    rejected.refresh_from_db()
    assert rejected.status == S.REJECTED
    assert before <= rejected.decided_at <= timezone.now()
    assert before <= rejected.closed_at <= timezone.now()
    assert list(
        rejected.history.values_list("from_status", "to_status", "changed_by", "note")
    ) == [(S.IN_REVIEW, S.REJECTED, officer.pk, "NIB tidak terdaftar.")]
    assert list(Message.objects.values_list("body", flat=True)) == [
        "NIB tidak terdaftar."
    ]
    notification = Notification.objects.get()
    assert notification.subject == (
        f"Application {application.tracking_number} rejected"
    )
    enqueued.assert_called_once_with(notification.pk)


def test_complete_with_an_output_file(enqueued, django_capture_on_commit_callbacks):
    # given
    application = ApplicationFactory(approved=True, citizen__preferred_language="en")
    officer = officer_for(application)
    output = badfiles.good_pdf(name="izin-usaha.pdf")
    output_bytes = output.read()
    output.seek(0)
    before = timezone.now()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        completed = actions.application_complete(
            application=application,
            officer=officer,
            output=output,
            content_type=badfiles.PDF,
        )

    # then
    completed.refresh_from_db()
    assert completed.status == S.COMPLETED
    assert STORED_OUTPUT.fullmatch(completed.output_file.name) is not None
    with completed.output_file.open("rb") as stored:
        assert stored.read() == output_bytes
    assert completed.output_content_type == "application/pdf"
    assert before <= completed.closed_at <= timezone.now()
    assert completed.decided_at == application.decided_at
    assert list(
        completed.history.values_list("from_status", "to_status", "changed_by")
    ) == [(S.APPROVED, S.COMPLETED, officer.pk)]
    # The news, then the invitation to rate the service (surveys/).
    notification, invitation = Notification.objects.order_by("pk")
    assert notification.subject == (
        f"Application {application.tracking_number} is finished"
    )
    assert invitation.subject.startswith("How was")
    assert enqueued.call_args_list == [
        mock.call(notification.pk),
        mock.call(invitation.pk),
    ]


def test_complete_without_an_output_file():
    # given
    application = ApplicationFactory(approved=True)

    # when
    completed = actions.application_complete(
        application=application, officer=officer_for(application)
    )

    # then
    completed.refresh_from_db()
    assert completed.status == S.COMPLETED
    assert completed.output_file.name == ""
    assert completed.output_content_type == ""


def test_refused_completion_leaves_no_output_file_in_storage():
    # given
    application = ApplicationFactory(submitted=True)
    stored_before = _stored_files("outputs")

    # when
    with pytest.raises(InvalidTransition):
        actions.application_complete(
            application=application,
            officer=officer_for(application),
            output=badfiles.good_pdf(),
            content_type=badfiles.PDF,
        )

    # then
    assert _stored_files("outputs") == stored_before


def test_message_send_notifies_the_citizen(enqueued):
    # given
    application = ApplicationFactory(in_review=True, citizen__preferred_language="en")
    officer = officer_for(application)

    # when
    message = actions.message_send(
        application=application, officer=officer, body="Mohon datang hari Senin."
    )

    # then
    assert (message.sender, message.body) == (officer, "Mohon datang hari Senin.")
    notification = Notification.objects.get()
    assert notification.subject == (
        f"New message about application {application.tracking_number}"
    )
    assert notification.body == "Mohon datang hari Senin."
    assert application.history.count() == 0


# ---------------------------------------------------------------- invalid moves


def _submit(application, officer):
    actions.application_submit(application=application, citizen=application.citizen)


def _resubmit(application, officer):
    actions.application_resubmit(application=application, citizen=application.citizen)


def _complete_with_output(application, officer):
    actions.application_complete(
        application=application,
        officer=officer,
        output=badfiles.good_pdf(),
        content_type=badfiles.PDF,
    )


@pytest.mark.parametrize(
    ("_case", "traits", "act", "target"),
    [
        ("complete a submitted one", "submitted", _complete, S.COMPLETED),
        ("complete with output", "in_review", _complete_with_output, S.COMPLETED),
        ("approve a cancelled one", "cancelled", _approve, S.APPROVED),
        ("approve an approved one", "approved", _approve, S.APPROVED),
        ("reject a completed one", "completed", _reject, S.REJECTED),
        ("reject while changes are asked", "changes_requested", _reject, S.REJECTED),
        ("review a draft", "", _start_review, S.IN_REVIEW),
        ("review twice", "in_review", _start_review, S.IN_REVIEW),
        ("changes on a draft", "complete", _request_changes, S.CHANGES_REQUESTED),
        ("changes twice", "changes_requested", _request_changes, S.CHANGES_REQUESTED),
        ("changes after approval", "approved", _request_changes, S.CHANGES_REQUESTED),
        ("resubmit in review", "in_review", _resubmit, S.SUBMITTED),
        ("resubmit a rejected one", "rejected", _resubmit, S.SUBMITTED),
        ("submit a cancelled draft", "complete cancelled", _submit, S.SUBMITTED),
    ],
)
def test_invalid_transition_is_refused_and_writes_nothing(
    enqueued, django_capture_on_commit_callbacks, _case, traits, act, target
):
    # given
    application = ApplicationFactory(**dict.fromkeys(traits.split(), True))
    current = application.status
    officer = officer_for(application)
    before = _state(application)

    # when
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(InvalidTransition) as refused,
    ):
        act(application, officer)

    # then
    assert (refused.value.current, refused.value.target) == (current, target)
    assert "the application changed in the meantime" in str(refused.value)
    assert target not in APPLICATION_TRANSITIONS[current]
    assert _state(application) == before
    assert callbacks == []
    assert enqueued.call_count == 0


# ---------------------------------------------------------------- random walk


class _Walk:
    """Applications of one service driven by random citizen and officer moves, valid
    and invalid, next to a model of which moves must succeed (RELIABILITY row 22;
    Hypothesis is not installed, so a seeded random walk stands in for a
    RuleBasedStateMachine)."""

    MOVES = [
        "save_draft",
        "submit",
        "cancel",
        "start_review",
        "request_changes",
        "replace_document",
        "resubmit",
        "approve",
        "reject",
        "complete",
        "mark_ready",
        "picked_up",
        "outsider",
    ]
    #: The moves that take an application further from each status. Seven steps
    #: in ten pick one of them, so applications get deep into the workflow; the
    #: others pick any move, mostly invalid ones.
    FORWARD = {
        S.DRAFT: ["save_draft", "submit"],
        S.SUBMITTED: ["start_review", "request_changes", "approve", "reject"],
        S.IN_REVIEW: ["request_changes", "approve", "reject"],
        S.CHANGES_REQUESTED: ["replace_document", "resubmit"],
        S.APPROVED: ["complete", "mark_ready"],
        S.READY_FOR_PICKUP: ["picked_up"],
    }
    #: Where a move that succeeds takes the application; the others keep it.
    TARGETS = {
        "submit": S.SUBMITTED,
        "cancel": S.CANCELLED,
        "start_review": S.IN_REVIEW,
        "request_changes": S.CHANGES_REQUESTED,
        "resubmit": S.SUBMITTED,
        "approve": S.APPROVED,
        "reject": S.REJECTED,
        "complete": S.COMPLETED,
        "mark_ready": S.READY_FOR_PICKUP,
        "picked_up": S.COMPLETED,
    }
    ENDS = {S.REJECTED, S.COMPLETED, S.CANCELLED}

    def __init__(self, rng: random.Random, *, applications: int) -> None:
        self.rng = rng
        self.service = OnlineServiceFactory()
        booth = self.service.booths.get()
        self.officer = BoothStaffFactory(booth=booth).user
        self.outsider = BoothStaffFactory(booth=BoothFactory(mall=booth.mall)).user
        self.requirement_ids = set(
            self.service.requirements.values_list("pk", flat=True)
        )
        self.field_key = self.service.fields.get().key
        self.mall = booth.mall
        #: Every application started; the walk moves the `active` ones and starts
        #: a new one when one of them has reached an end.
        self.applications: list[Application] = []
        self.transitions: dict[int, list] = {}
        self.active = [self._start() for _ in range(applications)]

    def _start(self) -> Application:
        application = actions.application_start(
            citizen=CitizenFactory(),
            service=self.service,
            mall=self.mall,
            start_key=uuid.uuid4(),
        )
        self.applications.append(application)
        #: Status changes seen per application: the history must match them.
        self.transitions[application.pk] = []
        return application

    def step(self) -> None:
        index = self.rng.randrange(len(self.active))
        application = self.active[index]
        status = Application.objects.get(pk=application.pk).status
        if self.rng.random() < 0.7:
            move = self.rng.choice(self.FORWARD[status])
        else:
            move = self.rng.choice(self.MOVES)
        self._move(application, move)
        if Application.objects.get(pk=application.pk).status in self.ENDS:
            self.active[index] = self._start()

    def _move(self, application: Application, move: str) -> None:
        before = _state(application)
        act, allowed = getattr(self, f"_{move}")(application, before)
        try:
            act()
        except DomainError:
            after = _state(application)
            assert allowed is False, (move, before["status"])
            assert after == before, move
            return
        after = _state(application)
        assert allowed is True, (move, before["status"])
        double_click = (move == "submit" and before["status"] != S.DRAFT) or (
            move == "resubmit" and before["status"] == S.SUBMITTED
        )
        if double_click:
            assert after == before, move
        else:
            assert after["status"] == self.TARGETS.get(move, before["status"]), move
        if after["status"] != before["status"]:
            self.transitions[application.pk].append((before["status"], after["status"]))

    # Each move returns (the call, whether the model says it must succeed).

    def _save_draft(self, application, before):
        files = {
            pk: (badfiles.good_pdf(), badfiles.PDF)
            for pk in sorted(self.requirement_ids)
            if self.rng.random() < 0.8
        }
        answer = {self.field_key: self.rng.choice(["", "  ", "Usaha baru"])}
        return (
            lambda: actions.application_save_draft(
                application=application, field_values=answer, files=files
            ),
            before["status"] == S.DRAFT,
        )

    def _submit(self, application, before):
        uploaded = {requirement for _pk, requirement, *_rest in before["documents"]}
        answer = str(before["field_values"].get(self.field_key, "")).strip()
        complete = uploaded == self.requirement_ids and answer != ""
        return (
            lambda: actions.application_submit(
                application=application, citizen=application.citizen
            ),
            # A sent one is returned as it is (a double click).
            before["tracking_number"] is not None
            or (before["status"] == S.DRAFT and complete),
        )

    def _cancel(self, application, before):
        return (
            lambda: actions.application_cancel(
                application=application, citizen=application.citizen
            ),
            before["status"] in CANCELLABLE,
        )

    def _start_review(self, application, before):
        return (
            lambda: actions.application_start_review(
                application=application, officer=self.officer
            ),
            before["status"] == S.SUBMITTED,
        )

    def _request_changes(self, application, before):
        documents = [pk for pk, *_rest in before["documents"]]
        chosen = self.rng.sample(documents, k=self.rng.randint(0, len(documents)))
        message = self.rng.choice(["", "Mohon perbaiki."])
        return (
            lambda: actions.application_request_changes(
                application=application,
                officer=self.officer,
                fixes=dict.fromkeys(chosen, "Dokumen tidak terbaca."),
                message=message,
            ),
            before["status"] in {S.SUBMITTED, S.IN_REVIEW} and chosen != [],
        )

    def _replace_document(self, application, before):
        requirement_id = self.rng.choice(sorted(self.requirement_ids))
        needs_fix = any(
            requirement == requirement_id and review == ReviewStatus.NEEDS_FIX
            for _pk, requirement, _file, review, *_rest in before["documents"]
        )
        return (
            lambda: actions.application_replace_document(
                application=application,
                requirement=application.service.requirements.get(pk=requirement_id),
                file=badfiles.good_png(),
                content_type=badfiles.PNG,
            ),
            before["status"] == S.CHANGES_REQUESTED and needs_fix,
        )

    def _resubmit(self, application, before):
        needs_fix = any(
            review == ReviewStatus.NEEDS_FIX
            for _pk, _requirement, _file, review, *_rest in before["documents"]
        )
        return (
            lambda: actions.application_resubmit(
                application=application, citizen=application.citizen
            ),
            before["status"] == S.SUBMITTED  # a double click
            or (before["status"] == S.CHANGES_REQUESTED and not needs_fix),
        )

    def _approve(self, application, before):
        note = self.rng.choice(["", "Lengkap."])
        return (
            lambda: actions.application_decide(
                application=application, officer=self.officer, approve=True, note=note
            ),
            before["status"] in {S.SUBMITTED, S.IN_REVIEW},
        )

    def _reject(self, application, before):
        note = self.rng.choice(["", "Berkas tidak sah."])
        return (
            lambda: actions.application_decide(
                application=application,
                officer=self.officer,
                approve=False,
                note=note,
            ),
            before["status"] in {S.SUBMITTED, S.IN_REVIEW} and note != "",
        )

    def _complete(self, application, before):
        output = self.rng.choice([None, badfiles.good_pdf()])
        return (
            lambda: actions.application_complete(
                application=application,
                officer=self.officer,
                output=output,
                content_type=badfiles.PDF if output else "",
            ),
            before["status"] == S.APPROVED,
        )

    def _mark_ready(self, application, before):
        return (
            lambda: actions.application_mark_ready(
                application=application, officer=self.officer
            ),
            before["status"] == S.APPROVED,
        )

    def _picked_up(self, application, before):
        return (
            lambda: actions.application_picked_up(
                application=application, officer=self.officer
            ),
            before["status"] == S.READY_FOR_PICKUP,
        )

    def _outsider(self, application, before):
        act = self.rng.choice([_start_review, _approve, _reject, _complete])
        return (lambda: act(application, self.outsider), False)

    def check_invariants(self) -> None:
        applications = {
            a.pk: a
            for a in Application.objects.filter(
                pk__in=[a.pk for a in self.applications]
            )
        }
        history: dict[int, list] = {pk: [] for pk in applications}
        for application_id, from_status, to_status in StatusChange.objects.filter(
            application__in=applications
        ).values_list("application_id", "from_status", "to_status"):
            history[application_id].append((from_status, to_status))
        numbers = [a.tracking_number for a in applications.values()]
        assert len({n for n in numbers if n}) == len([n for n in numbers if n])
        for pk, application in applications.items():
            status = application.status
            steps = history[pk]
            assert status in APPLICATION_TRANSITIONS
            assert steps == self.transitions[pk]
            assert (steps[-1][1] if steps else S.DRAFT) == status
            for previous, (from_status, to_status) in pairwise(
                [(None, S.DRAFT), *steps]
            ):
                assert from_status == previous[1]
                assert to_status in APPLICATION_TRANSITIONS[from_status]
            sent = any(to == S.SUBMITTED for _from, to in steps)
            assert (application.tracking_number is not None) is sent
            if sent:
                assert TRACKING_NUMBER.fullmatch(application.tracking_number)
                assert application.tracking_number.startswith(f"{self.mall.code}-")
                assert application.submitted_at is not None
                assert application.due_date is not None
            assert (application.decided_at is not None) is (
                status in {S.APPROVED, S.REJECTED, S.READY_FOR_PICKUP, S.COMPLETED}
            )
            assert (application.closed_at is not None) is (
                status in {S.REJECTED, S.COMPLETED, S.CANCELLED}
            )
            assert (application.paused_on is not None) is (
                status == S.CHANGES_REQUESTED
            )
            assert Notification.objects.filter(
                recipient_id=application.citizen_id
            ).count() == sum(to in NOTIFYING for _from, to in steps)


# Seeds whose walks reach every status (a walk is the same on every run and both
# databases: only the seed drives it).
@pytest.mark.parametrize("seed", [1, 3, 4, 5])
def test_random_walk_keeps_the_workflow_invariants(seed):
    # given
    walk = _Walk(random.Random(seed), applications=4)

    # when / then
    for _step in range(300):
        walk.step()
        walk.check_invariants()
    # The walk went everywhere: every status was reached at least once.
    reached = {to for steps in walk.transitions.values() for _from, to in steps}
    assert reached == set(S) - {S.DRAFT}
