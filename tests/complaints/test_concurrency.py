"""Several workers or officers at the same moment, on PostgreSQL: threads with
their own connections, released together by a barrier.

- the daily tasks run by many workers at once remind and escalate each complaint
  once;
- two officers answering the same complaint at once: one answer, one history row,
  the other is told the complaint changed.
"""

import datetime as dt
import threading

import pytest

from django.db import connection

from complaints import actions
from complaints.models import Classification, Complaint, ComplaintEvent
from mpp.exceptions import DomainError
from notifications.models import Notification
from tests.complaints.factories import ComplaintFactory
from tests.complaints.helpers import make_desk

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite serialises writers"
    ),
]
MONDAY = dt.date(2026, 8, 10)
WORKERS = 8


def _together(jobs) -> list:
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(index, job) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, j)) for i, j in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return results


def _classified(desk, due):
    return ComplaintFactory(
        booth=desk.booth,
        status="classified",
        classification=Classification.LIGHT,
        due_date=due,
    )


def test_many_workers_remind_and_escalate_each_complaint_once():
    desk = make_desk()
    for _n in range(5):
        _classified(desk, MONDAY + dt.timedelta(days=1))
        _classified(desk, MONDAY - dt.timedelta(days=1))

    reminded = _together(
        [lambda: actions.complaints_remind_due_soon(today=MONDAY)] * WORKERS
    )
    escalated = _together(
        [lambda: actions.complaints_escalate_overdue(today=MONDAY)] * WORKERS
    )

    assert sum(reminded) == 5
    assert sum(escalated) == 5
    # 5 complaints × (officer + supervisor), 5 complaints × one manager
    assert Notification.objects.count() == 15


def test_two_officers_answering_at_once_make_one_answer():
    desk = make_desk()
    complaint = _classified(desk, MONDAY)

    results = _together(
        [
            lambda by=by: actions.complaint_answer(
                complaint=complaint,
                by=by,
                answer=f"Jawaban {by.pk}",
                expected_status="classified",
            )
            for by in (desk.officer, desk.supervisor)
        ]
    )

    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(refused) == 1
    assert ComplaintEvent.objects.filter(complaint=complaint).count() == 1
    assert Complaint.objects.get().status == "answered"
