"""Finished visits and survey responses for the survey's tests.

`done_ticket()` serves a ticket to the end through the queue's actions;
`ApplicationFactory(completed=True)` (tests/applications/factories.py) is a
completed application. `respond()` records a response through the action, as a
respondent would."""

from __future__ import annotations

from applications.models import Application
from queueing import actions as queue_actions
from queueing.models import Ticket
from surveys import actions
from surveys.models import SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS
from tests.queueing.factories import make_floor


def done_ticket(*, citizen=None, floor=None, **kwargs) -> Ticket:
    """A ticket called, served and finished at the floor's first counter."""
    floor = floor or make_floor(counters=1)
    (ticket,) = floor.issue(citizen=citizen, **kwargs)
    counter, officer = floor.counters[0], floor.officers[0]
    queue_actions.ticket_call_next(counter=counter, officer=officer)
    queue_actions.ticket_start(counter=counter, officer=officer, ticket_id=ticket.pk)
    queue_actions.ticket_finish(counter=counter, officer=officer, ticket_id=ticket.pk)
    ticket.refresh_from_db()
    return ticket


def answers(*values: int | None) -> dict[str, int | None]:
    """{"u1": …, …, "u9": …} from nine values (or one, repeated)."""
    if len(values) == 1:
        values = values * len(ELEMENT_FIELDS)
    return dict(zip(ELEMENT_FIELDS, values, strict=True))


def respond(
    *,
    application: Application | None = None,
    ticket: Ticket | None = None,
    values=(4,),
    **kwargs,
) -> SurveyResponse:
    return actions.survey_response_create(
        application=application, ticket=ticket, answers=answers(*values), **kwargs
    )
