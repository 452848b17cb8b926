"""Reads of complaints, each scoped to who is asking (others get 404)."""

from django.db.models import Q, QuerySet
from django.http import Http404

from agencies.permissions import Actor, actor_for
from applications.models import Application
from complaints.models import Complaint
from queueing.models import Ticket
from services.models import Service


def staff_q(actor: Actor) -> Q:
    """The complaints `actor` sees in the back office: their booths', their malls',
    or all of them for a provincial admin."""
    if actor.is_provincial_admin:
        return Q()
    parts = Q(pk__in=[])
    if actor.booth_ids:
        parts |= Q(booth_id__in=actor.booth_ids)
    if actor.managed_mall_ids:
        parts |= Q(mall_id__in=actor.managed_mall_ids)
    return parts


def complaint_list_for_staff(*, actor: Actor, status: str = "") -> QuerySet[Complaint]:
    complaints = Complaint.objects.filter(staff_q(actor)).select_related(
        "mall", "booth__agency"
    )
    if status:
        complaints = complaints.filter(status=status)
    return complaints.order_by("due_date", "created_at", "id")


def complaint_get_for_staff(*, user, uuid, with_history: bool = True) -> Complaint:
    """A complaint the user may see as staff, with its attachments and (for the
    page that shows them, `with_history`) its events; anyone else gets 404."""
    actor = actor_for(user)
    if not actor.is_staff_member:
        raise Http404
    prefetch = (
        ("attachments", "events__changed_by") if with_history else ("attachments",)
    )
    complaint = (
        Complaint.objects.filter(staff_q(actor), uuid=uuid)
        .select_related("mall", "booth__agency", "service", "citizen", "application")
        .prefetch_related(*prefetch)
        .first()
    )
    if complaint is None:
        raise Http404
    return complaint


def complaint_list_for_citizen(*, citizen) -> QuerySet[Complaint]:
    return Complaint.objects.filter(citizen=citizen).select_related(
        "mall", "booth__agency"
    )


def complaint_get_for_citizen(*, citizen, uuid) -> Complaint:
    complaint = (
        Complaint.objects.filter(citizen=citizen, uuid=uuid)
        .select_related("mall", "booth__agency", "service")
        .first()
    )
    if complaint is None:
        raise Http404
    return complaint


def complaint_track_public(*, number: str) -> Complaint | None:
    return (
        Complaint.objects.filter(tracking_number=number)
        .select_related("mall", "booth__agency")
        .first()
    )


def application_of(*, citizen, uuid) -> Application | None:
    """The citizen's own sent application, or None (someone else's is ignored)."""
    if citizen is None or not citizen.is_authenticated:
        return None
    return (
        Application.objects.filter(
            citizen=citizen, uuid=uuid, tracking_number__isnull=False
        )
        .select_related("mall", "service__agency")
        .first()
    )


def ticket_of(*, citizen, uuid) -> Ticket | None:
    """The citizen's own ticket, or None."""
    if citizen is None or not citizen.is_authenticated:
        return None
    return (
        Ticket.objects.filter(citizen=citizen, uuid=uuid)
        .select_related("mall", "booth__agency", "service")
        .first()
    )


def service_by_slug(slug: str) -> Service | None:
    return Service.objects.filter(slug=slug, is_active=True).first()


def complaint_track_by_uuid(*, uuid) -> Complaint:
    complaint = (
        Complaint.objects.filter(uuid=uuid)
        .select_related("mall", "booth__agency")
        .first()
    )
    if complaint is None:
        raise Http404
    return complaint
