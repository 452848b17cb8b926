"""Writes of the satisfaction survey: a respondent's answers about a finished
visit, the invitation to answer, and the follow-up plans.

One response per visit: the visit's row is locked first, so a second submission
(a double tap, a second tab, the paper ticket's link used twice) waits, then finds
the first response and is refused with a message; the unique constraints on
SurveyResponse are the backstop (IntegrityError becomes the same message).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import partial

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.models import User
from agencies import permissions
from agencies.models import Booth, Mall
from applications.models import Application, ApplicationStatus
from mpp.exceptions import DomainError
from notifications import actions as notification_actions
from queueing.models import Ticket, TicketStatus
from services.models import Service
from surveys.models import FollowUpPlan, SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS

#: The paper ticket's survey link is signed with this salt (and nothing else
#: accepts its signature).
WALK_IN_SALT = "surveys.walk-in-ticket"
#: How long the paper ticket's link stays good.
WALK_IN_MAX_AGE = dt.timedelta(days=30)


class AlreadyAnswered(DomainError):
    def __init__(self) -> None:
        super().__init__(_("This visit has already been rated. Thank you!"))


class VisitNotFinished(DomainError):
    def __init__(self) -> None:
        super().__init__(
            _("This service can be rated once it is finished. Come back then.")
        )


def walk_in_token(ticket: Ticket) -> str:
    """The signed part of the paper ticket's survey link."""
    return signing.dumps(str(ticket.uuid), salt=WALK_IN_SALT)


def _visit_facts(application: Application | None, ticket: Ticket | None) -> dict:
    """The finished visit's mall, booth, agency, service and end time, locked."""
    if application is not None:
        visit = (
            Application.objects.select_for_update(of=("self",))
            .select_related("service")
            .get(pk=application.pk)
        )
        if visit.status != ApplicationStatus.COMPLETED:
            raise VisitNotFinished
        agency_id = visit.service.agency_id
        booth = Booth.objects.filter(mall_id=visit.mall_id, agency_id=agency_id).first()
        if booth is None:
            raise DomainError(_("This service is no longer offered at this mall."))
        return {
            "application": visit,
            "mall_id": visit.mall_id,
            "booth": booth,
            "agency_id": agency_id,
            "service_id": visit.service_id,
            "visit_finished_at": visit.closed_at or visit.updated_at,
        }
    visit = (
        Ticket.objects.select_for_update(of=("self",))
        .select_related("booth")
        .get(pk=ticket.pk)
    )
    if visit.status != TicketStatus.DONE:
        raise VisitNotFinished
    return {
        "ticket": visit,
        "mall_id": visit.mall_id,
        "booth": visit.booth,
        "agency_id": visit.booth.agency_id,
        "service_id": visit.service_id,
        "visit_finished_at": visit.finished_at or visit.issued_at,
    }


@transaction.atomic
def survey_response_create(
    *,
    answers: Mapping[str, int | None],
    application: Application | None = None,
    ticket: Ticket | None = None,
    comment: str = "",
    sex: str = "",
    age_band: str = "",
    education: str = "",
    occupation: str = "",
) -> SurveyResponse:
    """Record the answers (`answers`: {"u1": 1–4 or None, …}) about one finished
    visit: a completed application or a done ticket, exactly one of them."""
    if (application is None) == (ticket is None):
        raise ValueError("Pass an application or a ticket.")
    unknown = set(answers) - set(ELEMENT_FIELDS)
    if unknown:
        raise ValueError(f"Unknown elements: {sorted(unknown)}")
    given = {field: answers.get(field) for field in ELEMENT_FIELDS}
    if all(value is None for value in given.values()):
        raise DomainError(_("Answer at least one question."))
    # Lock the visit's row: a second submission waits here, then sees the first.
    facts = _visit_facts(application, ticket)
    visit = {k: facts[k] for k in ("application", "ticket") if k in facts}
    if SurveyResponse.objects.filter(**visit).exists():
        raise AlreadyAnswered
    response = SurveyResponse(
        **facts,
        **given,
        comment=comment.strip(),
        sex=sex,
        age_band=age_band,
        education=education,
        occupation=occupation,
    )
    response.full_clean(validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError as error:  # the backstop: another one got there first
        raise AlreadyAnswered from error
    return response


# ---------------------------------------------------------------- invitation
def survey_invite_on_commit(
    *, application: Application | None = None, ticket: Ticket | None = None
) -> None:
    """Invite the citizen to rate the visit once the transaction that finished it
    commits (nothing is sent if it rolls back). Called by the actions that
    complete an application or finish a ticket."""
    callback = (
        partial(survey_invite, application_id=application.pk)
        if application is not None
        else partial(survey_invite, ticket_id=ticket.pk)
    )
    transaction.on_commit(callback, robust=True)


@transaction.atomic
def survey_invite(
    *, application_id: int | None = None, ticket_id: int | None = None
) -> bool:
    """Tell the visit's citizen (if any, and active) where to rate it, in their
    language, through the outbox; False when there is nobody to invite or the
    visit is not finished or already rated."""
    if application_id is not None:
        visit = (
            Application.objects.select_related("citizen", "service", "mall")
            .filter(pk=application_id, status=ApplicationStatus.COMPLETED)
            .first()
        )
        route, rated = "surveys:application", {"application_id": application_id}
    else:
        visit = (
            Ticket.objects.select_related("citizen", "service", "mall")
            .filter(pk=ticket_id, status=TicketStatus.DONE)
            .first()
        )
        route, rated = "surveys:ticket", {"ticket_id": ticket_id}
    citizen = visit.citizen if visit is not None else None
    if citizen is None or not citizen.is_active:
        return False
    if SurveyResponse.objects.filter(**rated).exists():
        return False
    with translation.override(citizen.preferred_language):
        context = {
            "service": visit.service.name,
            "mall": visit.mall.name,
            # Absolute where the portal's address is set: the link is opened from
            # an e-mail or a phone's message, not from the portal.
            "url": settings.MPP_SITE_URL.rstrip("/")
            + reverse(route, kwargs={"uuid": visit.uuid}),
        }
        subject = render_to_string("surveys/notifications/invite_subject.txt", context)
        body = render_to_string("surveys/notifications/invite_body.txt", context)
    notification_actions.notification_create(
        recipient=citizen, subject=subject.strip(), body=body.strip()
    )
    return True


# ---------------------------------------------------------------- follow-up plans
@transaction.atomic
def follow_up_plan_save(
    *,
    user: User,
    mall: Mall,
    service: Service | None,
    period_start: dt.date,
    period_end: dt.date,
    text: str,
) -> FollowUpPlan:
    """Write (or rewrite) the mall's follow-up plan for a period, for the whole
    mall or one service: the mall's managers and the provincial admin only."""
    actor = permissions.actor_for(user)
    if not (actor.is_provincial_admin or mall.pk in actor.managed_mall_ids):
        raise DomainError(_("Only the mall's managers write its follow-up plans."))
    if period_end < period_start:
        raise DomainError(_("The period ends after it starts."))
    if service is not None and not service.booths.filter(mall=mall).exists():
        raise DomainError(_("This service is not offered at this mall."))
    if not text.strip():
        raise DomainError(_("Write the plan first."))
    # Lock the mall's row: two managers saving the same period write one plan.
    Mall.objects.select_for_update().get(pk=mall.pk)
    plan, _created = FollowUpPlan.objects.update_or_create(
        mall=mall,
        service=service,
        period_start=period_start,
        period_end=period_end,
        defaults={"text": text.strip(), "created_by": user},
    )
    return plan
