"""A booth with its counters and services, and its officers, for queue tests."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from django.utils import timezone

from accounts.models import User
from agencies.models import Booth
from queueing import actions
from queueing.models import Counter, Ticket
from services.models import Service
from tests.agencies.factories import BoothFactory, BoothStaffFactory
from tests.services.factories import ServiceFactory


@dataclass
class Floor:
    """One booth at one mall: `counters` counters, two services (prefixes A and B),
    one officer per counter, every counter open for both services."""

    booth: Booth
    services: list[Service]
    counters: list[Counter]
    officers: list[User]
    issued: list[Ticket] = field(default_factory=list)

    def issue(self, n: int = 1, *, service: Service | None = None, **kwargs):
        tickets = [
            actions.ticket_issue(
                booth=self.booth,
                service=service or self.services[0],
                issue_key=uuid.uuid4(),
                **kwargs,
            )
            for _ in range(n)
        ]
        self.issued += tickets
        return tickets


def make_floor(*, counters: int = 2, mall=None, open_counters: bool = True) -> Floor:
    booth = BoothFactory(**({"mall": mall} if mall else {}))
    services = []
    for prefix in ("A", "B"):
        service = ServiceFactory(agency=booth.agency, queue_prefix=prefix)
        service.booths.add(booth)
        services.append(service)
    floor = Floor(booth=booth, services=services, counters=[], officers=[])
    for number in range(1, counters + 1):
        counter = Counter.objects.create(booth=booth, number=number)
        officer = BoothStaffFactory(booth=booth).user
        floor.counters.append(counter)
        floor.officers.append(officer)
        if open_counters:
            actions.counter_open(counter=counter, officer=officer, services=services)
    return floor


def clock() -> dt.datetime:
    """ "Now" for tests that issue tickets minutes or an hour apart: the real time,
    except in the first hour after midnight in the portal's time zone, where "an
    hour ago" is yesterday and its tickets are not in today's queue (these tests
    failed every night between 00:00 and 01:00 WIB); then one o'clock today, a
    little ahead of the real clock, which nothing in the queue compares issue
    times with."""
    now = timezone.now()
    one_am = timezone.localtime(now).replace(hour=1, minute=0, second=0, microsecond=0)
    return max(now, one_am)
