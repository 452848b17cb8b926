"""One response per visit under real concurrency, on PostgreSQL: many threads,
each with its own connection, submit about the same visit at the same moment
(a double tap, two tabs, the paper link twice); exactly one is recorded and the
others are told it was already rated."""

import threading

import pytest

from django.db import connection

from surveys.actions import AlreadyAnswered
from surveys.models import SurveyResponse
from tests.applications.factories import ApplicationFactory
from tests.surveys.factories import done_ticket, respond

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writers: no real concurrent submissions",
    ),
]
THREADS = 12


def _together(jobs) -> list:
    """Run each job in its own thread and connection, all released at once."""
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


@pytest.mark.parametrize("repeat", range(3))
@pytest.mark.parametrize("visit", ["application", "ticket"])
def test_concurrent_submissions_record_one_response(visit, repeat):
    # given
    target = (
        {"application": ApplicationFactory(completed=True)}
        if visit == "application"
        else {"ticket": done_ticket()}
    )

    # when
    results = _together(
        [lambda n=n: respond(values=((n % 4) + 1,), **target) for n in range(THREADS)]
    )

    # then
    recorded = [r for r in results if isinstance(r, SurveyResponse)]
    refused = [r for r in results if isinstance(r, AlreadyAnswered)]
    assert len(recorded) == 1
    assert len(refused) == THREADS - 1
    assert list(SurveyResponse.objects.values_list("pk", flat=True)) == [recorded[0].pk]
