"""The queue's day in figures (issue 8): computed when the day closes, read by
supervisors and managers from the summaries."""

import datetime as dt
import re

import pytest

from django.urls import reverse
from django.utils import timezone

from queueing import actions, figures, tasks
from queueing.models import PriorityClass, QueueDayFigures, Ticket
from tests.agencies.factories import BoothStaffFactory, MallManagerFactory
from tests.queueing.factories import make_floor
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db
MINUTE = dt.timedelta(minutes=1)


def _serve(floor, ticket, *, waited_min, took_min):
    counter, officer = floor.counters[0], floor.officers[0]
    called = actions.ticket_call_next(counter=counter, officer=officer)
    assert called.pk == ticket.pk
    actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
    actions.ticket_finish(counter=counter, officer=officer, ticket_id=ticket.pk)
    now = timezone.now()
    Ticket.objects.filter(pk=ticket.pk).update(
        queued_at=now - (waited_min + took_min) * MINUTE,
        called_at=now - took_min * MINUTE,
        started_at=now - took_min * MINUTE,
        finished_at=now,
    )


def test_a_days_figures(settings):
    settings.MPP_QUEUE_WAIT_TARGET_MINUTES = 15
    floor = make_floor(counters=1)
    tickets = floor.issue(10)
    floor.issue(priority=PriorityClass.ELDERLY, priority_reason="lansia")
    # the elderly ticket is called first: serve it, then nine of the ten
    elderly = Ticket.objects.get(priority=PriorityClass.ELDERLY)
    _serve(floor, elderly, waited_min=2, took_min=4)
    for n, ticket in enumerate(tickets[:9], start=1):
        _serve(floor, ticket, waited_min=n * 2, took_min=6)  # 2, 4 … 18 minutes
    today = timezone.localdate()

    assert tasks.queue_close_day() == 1  # the tenth became a no-show
    (row,) = QueueDayFigures.objects.all()

    assert (row.issued, row.served, row.no_shows, row.called) == (11, 10, 1, 10)
    # waits 2 (elderly), 2, 4, … 18 minutes: 15 min or less for 8 of the 10
    assert row.called_within_target == 8
    assert row.wait_average_s == round((2 + sum(range(2, 19, 2))) / 10 * 60)
    assert row.wait_p90_s == 16 * 60  # nearest rank: the 9th of 10
    assert row.service_average_s == round((4 + 9 * 6) / 10 * 60)
    assert row.priority == {"none": 10, "elderly": 1}
    # computing again replaces, never adds
    figures.figures_compute(day=today)
    assert QueueDayFigures.objects.count() == 1


def test_supervisors_and_managers_see_their_figures_officers_do_not(client):
    floor = make_floor(counters=1)
    other = make_floor(counters=1)
    for f in (floor, other):
        f.issue(2)
        figures.figures_compute(day=timezone.localdate())
    url = reverse("backoffice:queue_figures")

    sign_in_staff(client, BoothStaffFactory(booth=floor.booth, supervisor=True).user)
    page = client.get(url)
    assert page.status_code == 200
    names = [row.service for row in page.context["services"]]
    assert floor.services[0].name in names
    assert other.services[0].name not in names
    html = page.content.decode()
    assert "<svg" in html
    # SVG numbers are never localized ("12,5" would draw nothing in Indonesian)
    assert not re.search(r'(?:x|y|width|height)="-?\d+,\d', html)

    sign_in_staff(client, MallManagerFactory(mall=other.booth.mall).user)
    names = [row.service for row in client.get(url).context["services"]]
    assert names == [other.services[0].name]

    sign_in_staff(client, floor.officers[0])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("days", [2, 12])
def test_the_figures_page_reads_summaries_only(client, days, django_assert_num_queries):
    floor = make_floor(counters=1)
    floor.issue(3)
    for offset in range(days):
        day = timezone.localdate() - dt.timedelta(days=offset)
        QueueDayFigures.objects.create(
            day=day,
            mall=floor.booth.mall,
            booth=floor.booth,
            service=floor.services[0],
            issued=5,
            served=4,
            called=4,
            called_within_target=4,
        )
    sign_in_staff(client, MallManagerFactory(mall=floor.booth.mall).user)
    client.get(reverse("backoffice:queue_figures"))
    # user, the figures, the header's malls (the actor's roles were cached by the
    # first request: agencies/permissions.py)
    with django_assert_num_queries(3):
        page = client.get(reverse("backoffice:queue_figures"), {"hari": 30})
    assert page.context["totals"]["issued"] == 5 * days
