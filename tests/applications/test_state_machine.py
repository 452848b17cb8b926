"""The application workflow as a Hypothesis state machine (RELIABILITY row 22).

A few applications of one online service are driven through the real actions by
citizen and officer moves, valid and invalid, in any order Hypothesis chooses: save
a draft, submit, cancel, start the review, check a document, ask for fixes, replace a
document, send it back, approve, reject (with or without a reason), complete (with or
without an output document), mark ready for pickup, picked up, take, assign, send a
message; staff of other booths, the mall manager and the provincial admin try the
officers' moves, and booth staff post forms showing a stale status. The clock moves
on by days (weekends, holidays and a closure of the mall included) and citizens are
deactivated and reactivated.

Next to the database the machine keeps a model of what each move must do. After a
refused move nothing at all has changed; after every step the database matches the
model:

* the status is the model's, and the history holds exactly one row per status
  change, each along APPLICATION_TRANSITIONS, by the person who made it;
* the outbox holds exactly one notification per notifying status reached (and per
  officer's message) while the citizen was active, in their language, and none for
  a deactivated citizen;
* tracking number and submission time exist once sent; decision time exactly in the
  decided statuses, closing time exactly in the closed ones, the pause date exactly
  while waiting on the citizen;
* the due date lies the service's time limit plus the working days spent waiting on
  the citizen after the submission day, and moves only by those.
"""

import datetime as dt
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from types import SimpleNamespace
from unittest import mock

import pytest
from hypothesis import HealthCheck, Phase, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from accounts.models import User
from agencies import calendar
from agencies.models import Closure
from applications import actions
from applications.actions import citizen as citizen_actions
from applications.actions import officer as officer_actions
from applications.models import (
    APPLICATION_TRANSITIONS,
    CANCELLABLE,
    CLOSED,
    OPEN_FOR_OFFICER,
    Application,
    ApplicationDocument,
    ApplicationStatus,
    Message,
    ReviewStatus,
    StatusChange,
)
from mpp.exceptions import DomainError
from notifications.models import Notification
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothFactory, BoothStaffFactory, MallManagerFactory
from tests.applications import badfiles
from tests.applications.factories import (
    ApplicationFactory,
    CitizenFactory,
    OnlineServiceFactory,
    officer_for,
)
from tests.services.factories import RequirementFactory

pytestmark = [pytest.mark.django_db, pytest.mark.issue(7)]

S = ApplicationStatus
TRACKING_NUMBER = re.compile(r"^[A-Z]{3}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$")
DECIDED = {S.APPROVED, S.REJECTED, S.READY_FOR_PICKUP, S.COMPLETED}
CHECKING = {S.SUBMITTED, S.IN_REVIEW}
#: The subject of each notification the citizen gets (msgids of applications.actions,
#: written out here so that a status that stops notifying fails this test).
SUBJECTS = {
    S.SUBMITTED: "Application %(number)s received",
    S.IN_REVIEW: "Application %(number)s is being checked",
    S.CHANGES_REQUESTED: "Application %(number)s: please fix your documents",
    S.APPROVED: "Application %(number)s approved",
    S.REJECTED: "Application %(number)s rejected",
    S.READY_FOR_PICKUP: "Application %(number)s: ready for pickup",
    S.COMPLETED: "Application %(number)s is finished",
    "message": "New message about application %(number)s",
}
#: The first day on the machine's clock: a Friday before Nyepi, Idul Fitri and its
#: joint leave days, so a few steps of the clock cross weekends and holidays; the
#: mall is also closed on one working day in between.
FIRST_DAY = dt.date(2026, 3, 13)
CLOSURE_DAY = dt.date(2026, 3, 17)
MAX_APPLICATIONS = len(ApplicationStatus) + 2

BOOTH_STAFF = ("officer", "colleague", "supervisor")
OUTSIDERS = (
    "officer of another agency at the mall",
    "officer of the agency at another mall",
    "supervisor of another booth at the mall",
    "mall manager",
    "provincial admin",
)
#: The officers' moves whose form carries the status the page showed.
WITH_EXPECTED_STATUS = (
    "start_review",
    "request_changes",
    "approve",
    "reject",
    "complete",
    "mark_ready",
    "picked_up",
)
OFFICER_MOVES = (
    *WITH_EXPECTED_STATUS,
    "document_review",
    "take",
    "assign",
    "message",
)
#: The moves the `forward` rule picks from, per status, with valid input: mostly
#: moves that take the application further (so that examples get deep into the
#: workflow), and the officers' moves that keep its status.
FORWARD = {
    S.DRAFT: ("save_draft", "submit"),
    S.SUBMITTED: (
        "start_review",
        "request_changes",
        "approve",
        "reject",
        "document_review",
        "assign",
    ),
    S.IN_REVIEW: ("request_changes", "approve", "reject", "document_review", "message"),
    S.CHANGES_REQUESTED: ("replace_document", "resubmit", "take"),
    S.APPROVED: ("complete", "mark_ready", "take"),
    S.READY_FOR_PICKUP: ("picked_up", "message"),
    # Closed: taking and assigning are refused, a message is still possible.
    **dict.fromkeys(CLOSED, ("take", "assign", "message")),
}

#: Routes from a new draft to each status (the first rule takes each new
#: application along one of them); "wait" lets up to two weeks pass. A few routes
#: try a citizen's move too early or too late on the way (refused: the model says
#: so), so that every run sees each of those refused at least once.
_SENT = ("save_draft", "submit")
ROUTES = {
    S.DRAFT: [(), ("submit",)],  # incomplete
    S.SUBMITTED: [
        (*_SENT, "save_draft"),  # sent: no longer editable
        (*_SENT, "request_changes", "wait", "resubmit", "replace_document", "resubmit"),
    ],
    S.IN_REVIEW: [(*_SENT, "start_review", "replace_document")],  # nothing to fix
    S.CHANGES_REQUESTED: [
        (*_SENT, "request_changes"),
        (*_SENT, "start_review", "document_review", "request_changes"),
    ],
    S.APPROVED: [(*_SENT, "approve"), (*_SENT, "start_review", "approve")],
    S.REJECTED: [(*_SENT, "reject", "cancel"), (*_SENT, "start_review", "reject")],
    S.READY_FOR_PICKUP: [(*_SENT, "approve", "mark_ready")],
    S.COMPLETED: [
        (*_SENT, "approve", "complete"),
        (*_SENT, "start_review", "approve", "mark_ready", "picked_up"),
    ],
    S.CANCELLED: [
        ("cancel",),
        (*_SENT, "cancel"),
        (*_SENT, "request_changes", "cancel"),
    ],
}

requirement_indexes = st.sampled_from([0, 1])
answers = st.sampled_from(["Usaha baru", "", "  ", None])  # None: not in the post
notes = st.sampled_from(["Berkas tidak sah.", "", "   "])
booth_staff = st.sampled_from(BOOTH_STAFF)


def _subject(kind: str, *, number: str, language: str):
    """The subject of the citizen's notification about `kind`, in `language`."""
    return _translated(SUBJECTS[kind], language) % {"number": number}


def _translated(msgid: str, language: str) -> str:
    with translation.override(language):
        return gettext(msgid)


@dataclass
class Expected:
    """The model of one application: what the database must hold."""

    number: int
    pk: int
    citizen_id: int
    language: str
    status: str = S.DRAFT
    citizen_active: bool = True
    sent: bool = False
    submitted_on: dt.date | None = None
    paused_on: dt.date | None = None
    #: Working days spent waiting on the citizen after the submission day.
    waited: int = 0
    answer: str = ""
    #: {requirement id: review status}
    documents: dict[int, str] = field(default_factory=dict)
    messages: int = 0
    assigned_to: int | None = None
    has_output: bool = False
    #: (from, to, by whom) per status change
    history: list[tuple[str, str, int]] = field(default_factory=list)
    #: a status (or "message") per notification queued for the citizen
    notifications: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"application{self.number}"


class WorkflowMachine(RuleBasedStateMachine):
    """See the module docstring. Each example runs inside a savepoint that its
    teardown rolls back, so examples never see each other's rows."""

    applications = Bundle("applications")
    #: Across all examples of one run: statuses reached and (move, succeeded) pairs.
    reached: set[str] = set()
    outcomes: set[tuple[str, bool]] = set()
    probes: set[tuple[str, str]] = set()
    seen: set[str] = set()

    def __init__(self) -> None:
        super().__init__()
        self._savepoint = transaction.savepoint()
        self.today = FIRST_DAY
        clock = SimpleNamespace(now=timezone.now, localdate=lambda: self.today)
        self._clocks = [
            mock.patch.object(module, "timezone", clock)
            for module in (citizen_actions, officer_actions)
        ]
        for patcher in self._clocks:
            patcher.start()
        self.service = OnlineServiceFactory()
        booth = self.service.booths.get()
        self.mall = booth.mall
        Closure.objects.create(mall=self.mall, date=CLOSURE_DAY, reason="Renovasi")
        self.closed = frozenset({CLOSURE_DAY})
        self.requirements = list(self.service.requirements.order_by("position"))
        self.field_key = self.service.fields.get().key
        self.foreign_requirement = RequirementFactory()
        self.people = {
            "officer": BoothStaffFactory(booth=booth).user,
            "colleague": BoothStaffFactory(booth=booth).user,
            "supervisor": BoothStaffFactory(booth=booth, supervisor=True).user,
            OUTSIDERS[0]: BoothStaffFactory(booth=BoothFactory(mall=self.mall)).user,
            OUTSIDERS[1]: BoothStaffFactory(
                booth=BoothFactory(agency=self.service.agency)
            ).user,
            OUTSIDERS[2]: BoothStaffFactory(
                booth=BoothFactory(mall=self.mall), supervisor=True
            ).user,
            OUTSIDERS[3]: MallManagerFactory(mall=self.mall).user,
            OUTSIDERS[4]: UserFactory(provincial_admin=True),
        }
        self.expected: list[Expected] = []
        self._last_world: dict | None = None

    def teardown(self) -> None:
        for patcher in self._clocks:
            patcher.stop()
        transaction.savepoint_rollback(self._savepoint)

    # ------------------------------------------------------------ applications
    def _start(self, language: str) -> Expected:
        application = actions.application_start(
            citizen=CitizenFactory(preferred_language=language),
            service=self.service,
            mall=self.mall,
            start_key=uuid.uuid4(),
        )
        expected = Expected(
            number=len(self.expected) + 1,
            pk=application.pk,
            citizen_id=application.citizen_id,
            language=language,
        )
        self.expected.append(expected)
        self._last_world = None
        return expected

    @initialize(target=applications, data=st.data())
    def start_one_application_in_each_status(self, data):
        """One application in each status, each taken there along one of the
        routes to it, its citizen perhaps deactivated first; the other rules then
        try every move on them, valid or not."""
        started = []
        for number, (status, routes) in enumerate(ROUTES.items()):
            expected = self._start(language=("en", "id")[number % 2])
            if not data.draw(st.booleans(), label="citizen active"):
                self.set_citizen_active(expected, active=False)
            for move in data.draw(st.sampled_from(routes), label=status):
                self._step(expected, move, data)
            assert expected.status == status
            started.append(expected)
        return multiple(*started)

    @precondition(lambda self: len(self.expected) < MAX_APPLICATIONS)
    @rule(target=applications, language=st.sampled_from(["en", "id"]))
    def start_another_application(self, language):
        return self._start(language)

    # ------------------------------------------------------------ the world
    def _world(self) -> dict:
        """Every row the moves may write. Each example runs in its own savepoint
        on an empty test database, so all rows are this example's."""
        world: dict = {
            "applications": {
                row[0]: row
                for row in Application.objects.values_list(
                    "pk",
                    "status",
                    "tracking_number",
                    "submitted_at",
                    "due_date",
                    "paused_on",
                    "decided_at",
                    "closed_at",
                    "output_file",
                    "field_values",
                    "assigned_to_id",
                    "updated_at",
                    "citizen__is_active",
                    named=True,
                )
            },
            "history": StatusChange.objects.order_by("pk").values_list(
                "application_id", "from_status", "to_status", "changed_by"
            ),
            "documents": ApplicationDocument.objects.order_by("pk").values_list(
                "application_id",
                "requirement_id",
                "file",
                "review_status",
                "review_note",
                "reviewed_by",
                "updated_at",
            ),
            "messages": Message.objects.order_by("pk").values_list(
                "application_id", "sender", "body"
            ),
            "notifications": Notification.objects.order_by("pk").values_list(
                "recipient_id", "subject"
            ),
        }
        return {
            name: rows if isinstance(rows, dict) else list(rows)
            for name, rows in world.items()
        }

    def _before(self) -> dict:
        """The world before this step: as the last invariant check read it."""
        return self._last_world or self._world()

    def _attempt(self, expected: Expected, move: str, call, *, allowed: bool) -> bool:
        """Run `call`; True if it succeeded. It must succeed exactly when the model
        allows it, and a refused move leaves the whole world as it was."""
        before = self._before()
        note(f"{move} on {expected} ({expected.status}): model allows: {allowed}")
        try:
            call()
        except DomainError as refused:
            assert allowed is False, f"{move} refused in {expected.status}: {refused}"
            assert self._world() == before, f"refused {move} changed something"
            type(self).outcomes.add((move, False))
            return False
        assert allowed is True, f"{move} succeeded in {expected.status}"
        type(self).outcomes.add((move, True))
        self._last_world = None  # read afresh by the next check
        return True

    def _unchanged(self, call) -> None:
        """A repeated move (a double click) changes nothing at all."""
        before = self._before()
        call()
        assert self._world() == before

    def _change_status(self, expected: Expected, to: str, *, by) -> None:
        assert to in APPLICATION_TRANSITIONS[expected.status]
        expected.history.append((expected.status, to, by.pk))
        expected.status = to
        type(self).reached.add(to)
        if to in SUBJECTS and expected.citizen_active:
            expected.notifications.append(to)
        elif to in SUBJECTS:
            type(self).seen.add("deactivated citizen not notified")

    def _works_at_booth(self, who: str) -> bool:
        return who in BOOTH_STAFF

    def _document(self, expected: Expected, index: int):
        return ApplicationDocument.objects.filter(
            application_id=expected.pk, requirement=self.requirements[index]
        ).first()

    def _application(self, expected: Expected) -> Application:
        return Application.objects.get(pk=expected.pk)

    def _expected_status(self, expected: Expected, form: str | bool | None):
        """What the officer's form posts: the status its page showed (True), none
        (False, an API-style call) or a given, possibly stale, status."""
        if form is True:
            return expected.status
        return form or None

    # ------------------------------------------------------------ citizen moves
    def _save_draft(self, expected, *, uploads, answer, foreign):
        files = {
            self.requirements[i].pk: (badfiles.good_pdf(), badfiles.PDF)
            for i in sorted(uploads)
        }
        if foreign:
            files[self.foreign_requirement.pk] = (badfiles.good_pdf(), badfiles.PDF)
        values = {} if answer is None else {self.field_key: answer}
        application = self._application(expected)
        if self._attempt(
            expected,
            "save_draft",
            lambda: actions.application_save_draft(
                application=application, field_values=values, files=files
            ),
            allowed=expected.status == S.DRAFT and not foreign,
        ):
            for i in uploads:
                expected.documents[self.requirements[i].pk] = ReviewStatus.PENDING
            if answer is not None:
                expected.answer = answer

    def _submit(self, expected):
        application = self._application(expected)
        citizen = application.citizen

        def submit():
            actions.application_submit(application=application, citizen=citizen)

        if expected.sent:  # a second click returns the sent application
            self._unchanged(submit)
            return
        complete = (
            set(expected.documents) == {r.pk for r in self.requirements}
            and expected.answer.strip() != ""
        )
        if self._attempt(
            expected, "submit", submit, allowed=expected.status == S.DRAFT and complete
        ):
            expected.sent = True
            expected.submitted_on = self.today
            self._change_status(expected, S.SUBMITTED, by=citizen)

    def _cancel(self, expected):
        application = self._application(expected)
        if self._attempt(
            expected,
            "cancel",
            lambda: actions.application_cancel(
                application=application, citizen=application.citizen
            ),
            allowed=expected.status in CANCELLABLE,
        ):
            expected.paused_on = None
            self._change_status(expected, S.CANCELLED, by=application.citizen)

    def _replace_document(self, expected, *, index):
        application = self._application(expected)
        requirement = self.requirements[index]
        if self._attempt(
            expected,
            "replace_document",
            lambda: actions.application_replace_document(
                application=application,
                requirement=requirement,
                file=badfiles.good_png(),
                content_type=badfiles.PNG,
            ),
            allowed=expected.status == S.CHANGES_REQUESTED
            and expected.documents.get(requirement.pk) == ReviewStatus.NEEDS_FIX,
        ):
            expected.documents[requirement.pk] = ReviewStatus.PENDING

    def _resubmit(self, expected):
        application = self._application(expected)
        citizen = application.citizen

        def resubmit():
            actions.application_resubmit(application=application, citizen=citizen)

        if expected.status == S.SUBMITTED:  # a second click
            self._unchanged(resubmit)
            return
        if self._attempt(
            expected,
            "resubmit",
            resubmit,
            allowed=expected.status == S.CHANGES_REQUESTED
            and ReviewStatus.NEEDS_FIX not in expected.documents.values(),
        ):
            waited = self._working_days_after(expected.paused_on, self.today)
            expected.waited += waited
            if waited:
                type(self).seen.add("due date moved")
            expected.paused_on = None
            self._change_status(expected, S.SUBMITTED, by=citizen)

    # ------------------------------------------------------------ officer moves
    def _start_review(self, expected, *, who, form):
        officer = self.people[who]
        status = self._expected_status(expected, form)
        application = self._application(expected)
        if self._attempt(
            expected,
            "start_review",
            lambda: actions.application_start_review(
                application=application, officer=officer, expected_status=status
            ),
            allowed=self._works_at_booth(who)
            and status in (None, expected.status)
            and expected.status == S.SUBMITTED,
        ):
            expected.assigned_to = expected.assigned_to or officer.pk
            self._change_status(expected, S.IN_REVIEW, by=officer)

    def _document_review(self, expected, *, who, index, accepted, note):
        officer = self.people[who]
        document = self._document(expected, index)
        if document is None:
            return  # nothing uploaded for this requirement yet
        if self._attempt(
            expected,
            "document_review",
            lambda: actions.document_review(
                document=document, officer=officer, accepted=accepted, note=note
            ),
            allowed=self._works_at_booth(who)
            and expected.status in CHECKING
            and (accepted or note.strip() != ""),
        ):
            expected.documents[document.requirement_id] = (
                ReviewStatus.ACCEPTED if accepted else ReviewStatus.NEEDS_FIX
            )

    def _request_changes(self, expected, *, who, form, indexes, note, message):
        officer = self.people[who]
        status = self._expected_status(expected, form)
        documents = [self._document(expected, i) for i in sorted(indexes)]
        fixes = {d.pk: note for d in documents if d is not None}
        application = self._application(expected)
        if self._attempt(
            expected,
            "request_changes",
            lambda: actions.application_request_changes(
                application=application,
                officer=officer,
                fixes=fixes,
                message=message,
                expected_status=status,
            ),
            allowed=self._works_at_booth(who)
            and status in (None, expected.status)
            and expected.status in CHECKING
            and fixes != {}
            and note.strip() != "",
        ):
            for document in documents:
                expected.documents[document.requirement_id] = ReviewStatus.NEEDS_FIX
            expected.messages += message.strip() != ""
            expected.paused_on = self.today
            self._change_status(expected, S.CHANGES_REQUESTED, by=officer)

    def _decide(self, expected, *, who, form, approve, note):
        officer = self.people[who]
        status = self._expected_status(expected, form)
        application = self._application(expected)
        if self._attempt(
            expected,
            "approve" if approve else "reject",
            lambda: actions.application_decide(
                application=application,
                officer=officer,
                approve=approve,
                note=note,
                expected_status=status,
            ),
            allowed=self._works_at_booth(who)
            and status in (None, expected.status)
            and expected.status in CHECKING
            and (approve or note.strip() != "")
            # Approval is refused while a document is marked to fix.
            and not (approve and ReviewStatus.NEEDS_FIX in expected.documents.values()),
        ):
            expected.messages += note.strip() != ""
            if approve:
                # Approving accepts the documents nobody marked one by one.
                for requirement_id, review in expected.documents.items():
                    if review == ReviewStatus.PENDING:
                        expected.documents[requirement_id] = ReviewStatus.ACCEPTED
            self._change_status(
                expected, S.APPROVED if approve else S.REJECTED, by=officer
            )

    def _complete(self, expected, *, who, form, with_output):
        officer = self.people[who]
        status = self._expected_status(expected, form)
        output = badfiles.good_pdf() if with_output else None
        application = self._application(expected)
        if self._attempt(
            expected,
            "complete",
            lambda: actions.application_complete(
                application=application,
                officer=officer,
                output=output,
                content_type=badfiles.PDF if with_output else "",
                expected_status=status,
            ),
            allowed=self._works_at_booth(who)
            and status in (None, expected.status)
            and expected.status == S.APPROVED,
        ):
            expected.has_output = with_output
            self._change_status(expected, S.COMPLETED, by=officer)

    def _mark_ready(self, expected, *, who, form):
        officer = self.people[who]
        status = self._expected_status(expected, form)
        application = self._application(expected)
        if self._attempt(
            expected,
            "mark_ready",
            lambda: actions.application_mark_ready(
                application=application, officer=officer, expected_status=status
            ),
            allowed=self._works_at_booth(who)
            and status in (None, expected.status)
            and expected.status == S.APPROVED,
        ):
            self._change_status(expected, S.READY_FOR_PICKUP, by=officer)

    def _picked_up(self, expected, *, who, form):
        officer = self.people[who]
        status = self._expected_status(expected, form)
        application = self._application(expected)
        if self._attempt(
            expected,
            "picked_up",
            lambda: actions.application_picked_up(
                application=application, officer=officer, expected_status=status
            ),
            allowed=self._works_at_booth(who)
            and status in (None, expected.status)
            and expected.status == S.READY_FOR_PICKUP,
        ):
            self._change_status(expected, S.COMPLETED, by=officer)

    def _take(self, expected, *, who):
        officer = self.people[who]
        application = self._application(expected)

        def take():
            actions.application_take(application=application, officer=officer)

        if self._works_at_booth(who) and expected.assigned_to == officer.pk:
            self._unchanged(take)  # a double tap
            return
        # The action works on drafts too: only the back office's selector keeps
        # drafts from staff (tests/test_access_matrix.py).
        if self._attempt(
            expected,
            "take",
            take,
            allowed=self._works_at_booth(who)
            and expected.assigned_to is None
            and expected.status not in CLOSED,
        ):
            expected.assigned_to = officer.pk

    def _assign(self, expected, *, who, to):
        supervisor = self.people[who]
        officer = self.people[to] if to else None
        application = self._application(expected)
        if self._attempt(
            expected,
            "assign",
            lambda: actions.application_assign(
                application=application, supervisor=supervisor, officer=officer
            ),
            allowed=who == "supervisor"
            and expected.status not in CLOSED
            and (to is None or self._works_at_booth(to)),
        ):
            expected.assigned_to = officer.pk if officer else None

    def _message(self, expected, *, who, body):
        officer = self.people[who]
        application = self._application(expected)
        if self._attempt(
            expected,
            "message",
            lambda: actions.message_send(
                application=application, officer=officer, body=body
            ),
            allowed=self._works_at_booth(who) and expected.sent and body.strip() != "",
        ):
            expected.messages += 1
            if expected.citizen_active:
                expected.notifications.append("message")

    # ------------------------------------------------------------ rules
    @rule(
        application=applications,
        uploads=st.sets(requirement_indexes),
        answer=answers,
        foreign=st.booleans(),
    )
    def save_draft(self, application, uploads, answer, foreign):
        self._save_draft(application, uploads=uploads, answer=answer, foreign=foreign)

    @rule(application=applications)
    def submit(self, application):
        self._submit(application)

    @rule(application=applications)
    def cancel(self, application):
        self._cancel(application)

    @rule(application=applications, index=requirement_indexes)
    def replace_document(self, application, index):
        self._replace_document(application, index=index)

    @rule(application=applications)
    def resubmit(self, application):
        self._resubmit(application)

    @rule(application=applications, who=booth_staff, form=st.booleans())
    def start_review(self, application, who, form):
        self._start_review(application, who=who, form=form)

    @rule(
        application=applications,
        who=booth_staff,
        index=requirement_indexes,
        accepted=st.booleans(),
        note=notes,
    )
    def document_review(self, application, who, index, accepted, note):
        self._document_review(
            application, who=who, index=index, accepted=accepted, note=note
        )

    @rule(
        application=applications,
        who=booth_staff,
        form=st.booleans(),
        indexes=st.sets(requirement_indexes),
        note=notes,
        message=st.sampled_from(["", "Mohon perbaiki."]),
    )
    def request_changes(self, application, who, form, indexes, note, message):
        self._request_changes(
            application, who=who, form=form, indexes=indexes, note=note, message=message
        )

    @rule(application=applications, who=booth_staff, form=st.booleans(), note=notes)
    def approve(self, application, who, form, note):
        self._decide(application, who=who, form=form, approve=True, note=note)

    @rule(application=applications, who=booth_staff, form=st.booleans(), note=notes)
    def reject(self, application, who, form, note):
        self._decide(application, who=who, form=form, approve=False, note=note)

    @rule(
        application=applications,
        who=booth_staff,
        form=st.booleans(),
        with_output=st.booleans(),
    )
    def complete(self, application, who, form, with_output):
        self._complete(application, who=who, form=form, with_output=with_output)

    @rule(application=applications, who=booth_staff, form=st.booleans())
    def mark_ready(self, application, who, form):
        self._mark_ready(application, who=who, form=form)

    @rule(application=applications, who=booth_staff, form=st.booleans())
    def picked_up(self, application, who, form):
        self._picked_up(application, who=who, form=form)

    @rule(application=applications, who=booth_staff)
    def take(self, application, who):
        self._take(application, who=who)

    @rule(
        application=applications,
        who=st.sampled_from(["supervisor", "officer", OUTSIDERS[2], OUTSIDERS[3]]),
        to=st.sampled_from([None, *BOOTH_STAFF, OUTSIDERS[0], OUTSIDERS[3]]),
    )
    def assign(self, application, who, to):
        self._assign(application, who=who, to=to)

    @rule(
        application=applications,
        who=booth_staff,
        body=st.sampled_from(["Mohon bawa KTP asli.", " "]),
    )
    def message(self, application, who, body):
        self._message(application, who=who, body=body)

    @rule(
        application=applications,
        who=st.sampled_from(OUTSIDERS),
        move=st.sampled_from(OFFICER_MOVES),
    )
    def outsider_acts(self, application, who, move):
        """Someone who may see the application (or not) but does not work at its
        booth tries an officer's move, with otherwise valid input: refused."""
        self._officer_move(application, move, who=who, form=True)

    @rule(application=applications, who=booth_staff, data=st.data())
    def stale_form(self, application, who, data):
        """Booth staff post a form whose page showed another status: refused."""
        move = data.draw(st.sampled_from(WITH_EXPECTED_STATUS), label="move")
        shown = data.draw(
            st.sampled_from([s for s in S.values if s != application.status]),
            label="status shown",
        )
        self._officer_move(application, move, who=who, form=shown)

    @rule(application=applications, steps=st.integers(1, 4), data=st.data())
    def forward(self, application, steps, data):
        self._drive(application, data, steps=steps)

    def _drive(self, application: Expected, data, *, steps: int) -> None:
        """Up to `steps` moves along the workflow (see FORWARD)."""
        for _step in range(steps):
            move = data.draw(st.sampled_from(FORWARD[application.status]), label="move")
            self._step(application, move, data)

    def _step(self, application: Expected, move: str, data) -> None:
        """One move with valid input, then a check of the model. Before an
        officer's move, someone from outside the booth tries it, and a colleague
        posts it from a page showing another status (both refused): every status
        sees moves refused only for who makes them, or only for a stale form."""
        if move in OFFICER_MOVES:
            self._probe(application, move, data)
        if move == "wait":
            self.next_days(data.draw(st.integers(1, 14), label="days"))
        elif move == "save_draft":
            self._save_draft(application, uploads={0, 1}, answer="Ada", foreign=False)
        elif move == "submit":
            self._submit(application)
        elif move == "cancel":
            self._cancel(application)
        elif move == "replace_document":
            self._replace_document(application, index=0)  # as request_changes asks
        elif move == "resubmit":
            self._resubmit(application)
        else:
            who = "supervisor" if move == "assign" else "officer"
            self._officer_move(application, move, who=who, form=True)
        self.the_database_matches_the_model()

    def _probe(self, application: Expected, move: str, data) -> None:
        status = application.status
        who = data.draw(st.sampled_from(OUTSIDERS), label="outsider")
        self._officer_move(application, move, who=who, form=True)
        type(self).probes.add(("outsider", status))
        if move in WITH_EXPECTED_STATUS:
            shown = data.draw(
                st.sampled_from([s for s in S.values if s != status]), label="shown"
            )
            self._officer_move(application, move, who="colleague", form=shown)
            type(self).probes.add(("stale", status))
        assert application.status == status  # both refused

    def _officer_move(self, application, move: str, *, who: str, form) -> None:
        """An officer's move with valid input, by `who`, posting `form`."""
        reason = "Berkas tidak sah."
        if move == "start_review":
            self._start_review(application, who=who, form=form)
        elif move == "document_review":
            self._document_review(
                application, who=who, index=0, accepted=False, note=reason
            )
        elif move == "request_changes":
            self._request_changes(
                application, who=who, form=form, indexes={0}, note=reason, message=""
            )
        elif move in ("approve", "reject"):
            self._decide(
                application, who=who, form=form, approve=move == "approve", note=reason
            )
        elif move == "complete":
            self._complete(application, who=who, form=form, with_output=False)
        elif move == "mark_ready":
            self._mark_ready(application, who=who, form=form)
        elif move == "picked_up":
            self._picked_up(application, who=who, form=form)
        elif move == "take":
            self._take(application, who=who)
        elif move == "assign":
            self._assign(application, who=who, to="officer")
        elif move == "message":
            self._message(application, who=who, body="Mohon bawa KTP asli.")
        else:  # pragma: no cover
            raise AssertionError(move)

    @rule(days=st.integers(min_value=1, max_value=3))
    def next_days(self, days):
        self.today += dt.timedelta(days=days)

    @rule(application=applications, active=st.booleans())
    def set_citizen_active(self, application, active):
        User.objects.filter(pk=application.citizen_id).update(is_active=active)
        self._last_world = None
        application.citizen_active = active

    # ------------------------------------------------------------ invariants
    def _working_days_after(self, start: dt.date, end: dt.date) -> int:
        """Working days of the mall after `start` up to and including `end`."""
        return sum(
            calendar.is_working_day(start + dt.timedelta(days=n), closed=self.closed)
            for n in range(1, (end - start).days + 1)
        )

    @invariant()
    def the_database_matches_the_model(self):
        world = self._last_world = self._world()
        history, documents, messages, notifications = (
            defaultdict(list) for _ in range(4)
        )
        for pk, *change in world["history"]:
            history[pk].append(tuple(change))
        for pk, requirement, _file, review, *_rest in world["documents"]:
            documents[pk].append((requirement, review))
        for pk, *message in world["messages"]:
            messages[pk].append(message)
        for pk, subject in world["notifications"]:
            notifications[pk].append(subject)
        numbers = [a.tracking_number for a in world["applications"].values()]
        sent_numbers = [n for n in numbers if n]
        assert len(set(sent_numbers)) == len(sent_numbers)
        for expected in self.expected:
            row = world["applications"][expected.pk]
            status = row.status
            assert status == expected.status, expected
            # One history row per status change, along the workflow only.
            assert history[expected.pk] == expected.history, expected
            for (_from, previous, _by), (from_status, to_status, _by2) in pairwise(
                [("", S.DRAFT, None), *history[expected.pk]]
            ):
                assert from_status == previous
                assert to_status in APPLICATION_TRANSITIONS[from_status]
            # Stamps consistent with the status.
            assert (row.tracking_number is not None) is expected.sent
            assert (row.submitted_at is not None) is expected.sent
            if expected.sent:
                assert TRACKING_NUMBER.fullmatch(row.tracking_number)
                assert row.tracking_number.startswith(f"{self.mall.code}-")
            assert (row.decided_at is not None) is (status in DECIDED), expected
            assert (row.closed_at is not None) is (status in CLOSED), expected
            assert row.paused_on == expected.paused_on, expected
            assert (row.paused_on is not None) is (status == S.CHANGES_REQUESTED)
            assert (row.output_file != "") is expected.has_output
            assert row.assigned_to_id == expected.assigned_to
            assert row.citizen__is_active is expected.citizen_active
            # The due date: the time limit plus the working days waited.
            if expected.sent:
                assert calendar.is_working_day(row.due_date, closed=self.closed)
                assert self._working_days_after(
                    expected.submitted_on, row.due_date
                ) == (self.service.time_limit_value + expected.waited), expected
            else:
                assert row.due_date is None
            # Documents and their checks; messages.
            assert dict(documents[expected.pk]) == expected.documents, expected
            assert len(documents[expected.pk]) == len(expected.documents)
            assert len(messages[expected.pk]) == expected.messages
            # The outbox: one row per notifying event while the citizen was active,
            # each in the citizen's language (an officer's message: in any language,
            # see test_message_notification_is_in_the_citizens_language).
            subjects = [
                _subject(kind, number=row.tracking_number, language=expected.language)
                for kind in expected.notifications
            ]
            assert notifications[expected.citizen_id] == subjects, expected


SETTINGS = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,  # database round trips vary, most on a busy CI machine
    derandomize=True,  # the same examples on every run and on both databases
    database=None,  # nothing saved between runs: derandomized examples are enough
    print_blob=False,
    # No "explain" phase: it traces every line the ORM runs while it shrinks.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow],
)


def test_the_workflow_holds_whatever_the_citizens_and_officers_do():
    """Every sequence of moves keeps the workflow's invariants, and the examples
    reach every status and see every move both succeed and be refused."""
    # given
    WorkflowMachine.reached = set()
    WorkflowMachine.outcomes = set()
    WorkflowMachine.probes = set()
    WorkflowMachine.seen = set()

    # when / then (the model is checked after every step)
    run_state_machine_as_test(WorkflowMachine, settings=SETTINGS)

    # and the examples went everywhere
    moves = {
        "save_draft",
        "submit",
        "cancel",
        "replace_document",
        "resubmit",
        *OFFICER_MOVES,
    }
    assert WorkflowMachine.reached == set(S) - {S.DRAFT}
    assert {m for m, succeeded in WorkflowMachine.outcomes if succeeded} == moves
    assert {m for m, succeeded in WorkflowMachine.outcomes if not succeeded} == moves
    # every status in which staff act saw a move refused only for who made it,
    # and one refused only for its stale form
    assert {s for probe, s in WorkflowMachine.probes if probe == "outsider"} >= (
        OPEN_FOR_OFFICER
    )
    assert {s for probe, s in WorkflowMachine.probes if probe == "stale"} == (
        OPEN_FOR_OFFICER
    )
    assert WorkflowMachine.seen == {
        "due date moved",
        "deactivated citizen not notified",
    }


def test_message_notification_is_in_the_citizens_language():
    """An officer working in Indonesian writes to a citizen who reads English: the
    notification's subject is in English, as the status notifications are."""
    # given
    application = ApplicationFactory(submitted=True, citizen__preferred_language="en")
    officer = officer_for(application)

    # when
    with translation.override("id"):
        actions.message_send(
            application=application, officer=officer, body="Mohon bawa KTP asli."
        )

    # then
    subject = Notification.objects.get(recipient=application.citizen).subject
    assert subject == f"New message about application {application.tracking_number}"
