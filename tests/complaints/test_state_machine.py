"""The complaint workflow as a Hypothesis state machine (RELIABILITY row 22).

Complaints, anonymous or not, are driven through the real actions by the booth's
staff and by outsiders (another booth's officer, the mall's manager), with forms
showing the right or a stale status, in any order Hypothesis chooses. A model says
what each move must do; after every step the database matches it: the status is the
model's, the history has exactly one row per transition, each along
COMPLAINT_TRANSITIONS, and a complainant with an account has exactly one
notification per notifying status reached (an anonymous one has none). A refused
move changes nothing.
"""

import uuid
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from django.db import transaction

from complaints import actions
from complaints.models import (
    COMPLAINT_TRANSITIONS,
    Classification,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
)
from mpp.exceptions import DomainError
from notifications.models import Notification
from tests.accounts.factories import UserFactory
from tests.complaints.helpers import make_desk, other_booth_officer

pytestmark = pytest.mark.django_db

S = ComplaintStatus
# Mostly no expected status (always current), sometimes one that may be stale.
EXPECTED = st.sampled_from([None, None, None, *S.values])


class ComplaintMachine(RuleBasedStateMachine):
    complaints = Bundle("complaints")
    reached: set = set()

    def __init__(self) -> None:
        super().__init__()
        self._savepoint = transaction.savepoint()
        self.desk = make_desk()
        self.outsiders = [other_booth_officer(self.desk.booth), self.desk.manager]
        self.model: dict[int, dict] = {}

    def teardown(self) -> None:
        transaction.savepoint_rollback(self._savepoint)

    @rule(target=complaints, anonymous=st.booleans())
    def submit(self, anonymous):
        citizen = None if anonymous else UserFactory()
        complaint = actions.complaint_submit(
            booth=self.desk.booth,
            text="Keluhan",
            submit_key=uuid.uuid4(),
            citizen=citizen,
        )
        self.model[complaint.pk] = {
            "status": S.RECEIVED,
            "transitions": 1,
            "notified": 0 if anonymous else 1,
        }
        self.reached.add(S.RECEIVED)
        return complaint.pk

    def _move(self, pk, to, call, *, outsider: bool, expected):
        expected_row = self.model[pk]
        allowed = (
            not outsider
            and to in COMPLAINT_TRANSITIONS[expected_row["status"]]
            and (expected is None or expected == expected_row["status"])
        )
        before = _snapshot(pk)
        try:
            call()
        except DomainError:
            assert not allowed, (to, expected_row, expected)
            assert _snapshot(pk) == before
            return
        assert allowed, (to, expected_row, expected)
        expected_row["status"] = to
        expected_row["transitions"] += 1
        if to in actions.NOTIFYING and expected_row["notified"]:
            expected_row["notified"] += 1
        self.reached.add(to)

    def _by(self, outsider_index):
        if outsider_index is None:
            return self.desk.officer, False
        return self.outsiders[outsider_index], True

    @rule(
        pk=complaints,
        kind=st.sampled_from(Classification.values),
        who=st.sampled_from([None, None, 0, 1]),
        expected=EXPECTED,
    )
    def classify(self, pk, kind, who, expected):
        by, outsider = self._by(who)
        self._move(
            pk,
            S.CLASSIFIED,
            lambda: actions.complaint_classify(
                complaint=Complaint(pk=pk),
                by=by,
                classification=kind,
                expected_status=expected,
            ),
            outsider=outsider,
            expected=expected,
        )

    @rule(
        pk=complaints,
        who=st.sampled_from([None, None, 0]),
        expected=EXPECTED,
    )
    def answer(self, pk, who, expected):
        by, outsider = self._by(who)
        self._move(
            pk,
            S.ANSWERED,
            lambda: actions.complaint_answer(
                complaint=Complaint(pk=pk),
                by=by,
                answer="Jawaban",
                expected_status=expected,
            ),
            outsider=outsider,
            expected=expected,
        )

    @rule(pk=complaints, expected=EXPECTED)
    def close(self, pk, expected):
        self._move(
            pk,
            S.CLOSED,
            lambda: actions.complaint_close(
                complaint=Complaint(pk=pk),
                by=self.desk.supervisor,
                expected_status=expected,
            ),
            outsider=False,
            expected=expected,
        )

    @rule(pk=complaints, expected=EXPECTED)
    def reject(self, pk, expected):
        self._move(
            pk,
            S.REJECTED,
            lambda: actions.complaint_reject(
                complaint=Complaint(pk=pk),
                by=self.desk.officer,
                reason="Bukan wewenang gerai ini.",
                expected_status=expected,
            ),
            outsider=False,
            expected=expected,
        )

    @invariant()
    def database_matches_the_model(self):
        for pk, expected in self.model.items():
            complaint = Complaint.objects.get(pk=pk)
            assert complaint.status == expected["status"]
            events = list(
                ComplaintEvent.objects.filter(complaint_id=pk).values_list(
                    "from_status", "to_status"
                )
            )
            assert len(events) == expected["transitions"]
            assert events[0] == ("", S.RECEIVED)
            for (_f1, to1), (from2, to2) in pairwise(events):
                assert from2 == to1
                assert to2 in COMPLAINT_TRANSITIONS[from2]
            assert events[-1][1] == complaint.status
            notified = (
                Notification.objects.filter(recipient_id=complaint.citizen_id).count()
                if complaint.citizen_id
                else 0
            )
            assert notified == expected["notified"]
            if complaint.status in {S.CLASSIFIED, S.ANSWERED, S.CLOSED}:
                assert complaint.due_date is not None


def _snapshot(pk):
    return (
        Complaint.objects.values().get(pk=pk),
        ComplaintEvent.objects.filter(complaint_id=pk).count(),
        Notification.objects.count(),
    )


SETTINGS = settings(
    max_examples=20,
    stateful_step_count=40,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow],
)


def test_the_complaint_workflow_holds_whatever_staff_do():
    ComplaintMachine.reached = set()
    run_state_machine_as_test(ComplaintMachine, settings=SETTINGS)
    assert ComplaintMachine.reached == set(S.values)
