"""Reads of applications, always scoped to who is asking (others get 404)."""

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from accounts.models import User
from agencies import calendar
from agencies.constants import BoothRole
from agencies.permissions import Actor, actor_for
from applications import versions
from applications.models import (
    CLOCK_RUNNING,
    OPEN_FOR_OFFICER,
    Application,
    ApplicationDocument,
    ApplicationStatus,
    Message,
    StatusChange,
)
from applications.tracking import tracking_number_normalize
from services.i18n import localized
from services.models import Requirement, Service, ServiceField


def application_list_for_citizen(*, citizen: User) -> QuerySet[Application]:
    return (
        Application.objects.filter(citizen=citizen)
        .select_related("service__agency", "mall")
        .order_by("-created_at", "-pk")
    )


def drafts_for_service(*, citizen: User, service: Service) -> QuerySet[Application]:
    """The citizen's open drafts of one service (the start page offers to resume
    them), newest first."""
    return (
        Application.objects.filter(
            citizen=citizen, service=service, status=ApplicationStatus.DRAFT
        )
        .select_related("mall")
        .order_by("-updated_at", "-pk")
    )


@dataclass(frozen=True)
class MissingItem:
    """A mandatory document or required answer a draft still lacks."""

    name: str  # in the visitor's language
    field: str  # its field on the application form: "doc_<requirement id>" or key


def missing_from(
    *,
    requirements: Iterable[Requirement],
    fields: Iterable[ServiceField],
    uploaded: Collection[int],
    answers: Mapping[str, object],
) -> list[MissingItem]:
    """What is missing, documents first, each in form order: the mandatory upload
    requirements without a document (ids in `uploaded`) and the required fields
    without an answer."""
    missing = [
        MissingItem(localized(r, "name"), f"doc_{r.pk}")
        for r in requirements
        if r.needs_upload and r.is_mandatory and r.pk not in uploaded
    ]
    missing += [
        MissingItem(localized(f, "label"), f.key)
        for f in fields
        if f.is_required and str(answers.get(f.key, "")).strip() == ""
    ]
    return missing


def application_missing(application: Application) -> list[MissingItem]:
    """What the application still lacks, from the rows `application_get_for_citizen`
    prefetched (no query)."""
    return missing_from(
        requirements=application.service.requirements.all(),
        fields=application.service.fields.all(),
        uploaded={d.requirement_id for d in application.documents.all()},
        answers=application.field_values,
    )


def drafts_missing(applications: Iterable[Application]) -> dict[int, list[str]]:
    """{application id: names of what it still lacks} for the drafts among
    `applications` (one page of "My applications"): three queries whatever their
    number, none when the page holds no draft."""
    drafts = [a for a in applications if a.status == ApplicationStatus.DRAFT]
    if not drafts:
        return {}
    service_ids = {a.service_id for a in drafts}
    requirements: dict[int, list[Requirement]] = {}
    for requirement in (
        Requirement.objects.filter(
            service_id__in=service_ids, needs_upload=True, is_mandatory=True
        )
        .only("service_id", "name", "name_en", "needs_upload", "is_mandatory")
        .order_by("position", "pk")
    ):
        requirements.setdefault(requirement.service_id, []).append(requirement)
    fields: dict[int, list[ServiceField]] = {}
    for field in (
        ServiceField.objects.filter(service_id__in=service_ids, is_required=True)
        .only("service_id", "label", "label_en", "is_required")
        .order_by("position", "pk")
    ):
        fields.setdefault(field.service_id, []).append(field)
    uploaded: dict[int, set[int]] = {}
    for application_id, requirement_id in ApplicationDocument.objects.filter(
        application__in=drafts
    ).values_list("application_id", "requirement_id"):
        uploaded.setdefault(application_id, set()).add(requirement_id)
    return {
        a.pk: [
            item.name
            for item in missing_from(
                requirements=requirements.get(a.service_id, []),
                fields=fields.get(a.service_id, []),
                uploaded=uploaded.get(a.pk, set()),
                answers=a.field_values,
            )
        ]
        for a in drafts
    }


def application_get_for_citizen(*, citizen: User, uuid) -> Application:
    """The citizen's own application with its documents, timeline and messages."""
    application = (
        Application.objects.filter(citizen=citizen, uuid=uuid)
        .select_related("service__agency", "mall")
        .prefetch_related(
            Prefetch(
                "documents",
                queryset=ApplicationDocument.objects.select_related("requirement"),
            ),
            Prefetch(
                "history",
                queryset=StatusChange.objects.order_by("created_at", "pk"),
            ),
            "messages",
            Prefetch(
                "service__requirements",
                queryset=Requirement.objects.order_by("position", "pk"),
            ),
            Prefetch(
                "service__fields",
                queryset=ServiceField.objects.order_by("position", "pk"),
            ),
        )
        .first()
    )
    if application is None:
        raise Http404
    return application


def document_get_for_citizen(
    *, citizen: User, uuid, document_id: int
) -> ApplicationDocument:
    document = (
        ApplicationDocument.objects.filter(
            pk=document_id, application__uuid=uuid, application__citizen=citizen
        )
        .select_related("requirement", "application")
        .first()
    )
    if document is None:
        raise Http404
    return document


def application_track_public(*, number: str) -> Application | None:
    """A submitted application by tracking number, for the public lookup: callers
    show only its service, status and dates, nothing personal."""
    return (
        Application.objects.filter(tracking_number=tracking_number_normalize(number))
        .exclude(status=Application.Status.DRAFT)
        .select_related("service", "mall")
        .only(
            "tracking_number",
            "status",
            "submitted_at",
            "due_date",
            "decided_at",
            "closed_at",
            "service__name",
            "service__slug",
            "mall__name",
        )
        .first()
    )


def documents_by_requirement(
    application: Application,
) -> dict[int, ApplicationDocument]:
    """From the prefetched documents: {requirement id: document}."""
    return {d.requirement_id: d for d in application.documents.all()}


# ---------------------------------------------------------------- back office
INBOX_FILTERS = ("open", "all", *(s.value for s in ApplicationStatus))


@dataclass(frozen=True)
class InboxFilters:
    status: str = "open"
    service_id: int | None = None
    due: str = ""  # "", "soon", "overdue"
    assigned: str = ""  # "", "mine", "unassigned"
    query: str = ""


def due_soon_limit(today: dt.date) -> dt.date:
    """The last due date that counts as "due soon" (settings.MPP_DUE_SOON_WORKING_DAYS
    national working days ahead), for the inbox, the review page and the reminders
    alike. National days only: a mall's own closures would only move a highlight,
    not a deadline."""
    return calendar.add_working_days(today, settings.MPP_DUE_SOON_WORKING_DAYS)


def inbox_for_staff(
    *, actor: Actor, filters: InboxFilters, today: dt.date
) -> tuple[QuerySet[Application], dict[str, int], dt.date]:
    """The applications of the actor's booths (or malls) that the filters keep,
    by due date, as dicts (uuid, tracking_number, status, due_date, service_name,
    mall_name, citizen_name, assignee_name), with the count per status over the
    whole scope (`inbox_counts`) and the "due soon" limit."""
    scope = Application.objects.filter(actor.application_q())
    counts = inbox_counts(actor=actor)
    due_soon = due_soon_limit(today)
    # Plain values of only the columns the inbox shows: every matching row is joined
    # and sorted before the page is cut, so a wide column (a service's texts) costs
    # per row, and the page's rows need no model instances.
    applications = scope.values(
        "uuid",
        "tracking_number",
        "status",
        "due_date",
        service_name=F("service__name"),
        mall_name=F("mall__name"),
        citizen_name=F("citizen__full_name"),
        assignee_name=F("assigned_to__full_name"),
    )
    if filters.status == "open":
        applications = applications.filter(status__in=OPEN_FOR_OFFICER)
    elif filters.status in ApplicationStatus.values:
        applications = applications.filter(status=filters.status)
    if filters.service_id:
        applications = applications.filter(service_id=filters.service_id)
    if filters.due == "overdue":
        applications = applications.filter(status__in=CLOCK_RUNNING, due_date__lt=today)
    elif filters.due == "soon":
        applications = applications.filter(
            status__in=CLOCK_RUNNING, due_date__gte=today, due_date__lte=due_soon
        )
    if filters.assigned == "mine":
        applications = applications.filter(assigned_to_id=actor.user_id)
    elif filters.assigned == "unassigned":
        applications = applications.filter(assigned_to__isnull=True)
    query = filters.query.strip()
    if query:
        number = tracking_number_normalize(query)
        applications = applications.filter(
            Q(tracking_number=number) | Q(citizen__full_name__icontains=query)
        )
    ordered = applications.order_by(F("due_date").asc(nulls_last=True), "pk")
    return ordered, counts, due_soon


def inbox_counts(*, actor: Actor) -> dict[str, int]:
    """The number of the actor's applications per status, "open" (waiting for the
    booth) and "all": one aggregate over the scope, cached until an application of
    the actor's malls changes (applications/versions.py)."""

    def compute() -> dict[str, int]:
        return Application.objects.filter(actor.application_q()).aggregate(
            all=Count("pk"),
            open=Count("pk", filter=Q(status__in=OPEN_FOR_OFFICER)),
            **{s.value: Count("pk", filter=Q(status=s)) for s in ApplicationStatus},
        )

    return versions.cached(
        f"inbox-counts:{actor.scope_key}", actor.scope_mall_ids, compute
    )


def inbox_services(*, actor: Actor) -> list[tuple[int, str]]:
    """(id, name) of the services in the inbox's filter (`services_in_scope`),
    cached like the counts: a service joins the list with its first application."""
    return versions.cached(
        f"inbox-services:{actor.scope_key}",
        actor.scope_mall_ids,
        lambda: list(services_in_scope(actor=actor).values_list("pk", "name")),
    )


def services_in_scope(*, actor: Actor) -> QuerySet[Service]:
    """The services whose applications the actor sees (the inbox's filter): one
    EXISTS probe per service, not a scan of every application."""
    sent = Application.objects.filter(
        service_id=OuterRef("pk"), tracking_number__isnull=False
    )
    if actor.is_provincial_admin or actor.is_mall_manager:
        services = Service.objects.filter(Exists(sent.filter(actor.application_q())))
    elif actor.seats:
        # Booth staff: their agencies' services only, each probed at its booth's
        # mall through the service index (not a scan of the booth's applications).
        services = Service.objects.filter(
            reduce(
                or_,
                [
                    Q(agency_id=s.agency_id) & Exists(sent.filter(mall_id=s.mall_id))
                    for s in actor.seats
                ],
            )
        )
    else:
        services = Service.objects.none()
    return services.only("pk", "name").order_by("name")


def workload_per_officer(*, actor: Actor) -> list[dict]:
    """For a supervisor: each officer of their booths with their open applications
    (one query)."""
    if not actor.supervised_booth_ids:
        return []
    open_q = Q(assigned_applications__status__in=OPEN_FOR_OFFICER)
    scope_q = reduce(
        or_,
        [
            Q(
                assigned_applications__mall_id=s.mall_id,
                assigned_applications__service__agency_id=s.agency_id,
            )
            for s in actor.seats
            if s.role == BoothRole.SUPERVISOR
        ],
    )
    return list(
        User.objects.filter(
            booth_roles__booth_id__in=actor.supervised_booth_ids, is_active=True
        )
        .annotate(open_count=Count("assigned_applications", filter=open_q & scope_q))
        .order_by("full_name")
        .values("pk", "full_name", "open_count")
        .distinct()
    )


def colleagues_for_assignment(*, actor: Actor, application: Application):
    """The officers an application may be given to: staff of its booth."""
    return (
        User.objects.filter(
            is_active=True,
            booth_roles__booth__mall_id=application.mall_id,
            booth_roles__booth__agency_id=application.service.agency_id,
            booth_roles__booth__is_active=True,
        )
        .only("pk", "full_name")
        .order_by("full_name")
        .distinct()
    )


def application_ref_for_staff(*, user: User, uuid) -> Application:
    """Only the ids of a sent application the user may see as staff (for the audit
    row and the cache keys of its review page); anyone else gets 404. Looked up by
    its unique uuid and checked with `Actor.may_view_application`, the same rule
    as `application_q()` without compiling the actor's filter."""
    application = (
        Application.objects.select_related("service")
        .only(
            "pk", "uuid", "mall_id", "citizen_id", "tracking_number", "service__agency"
        )
        .filter(uuid=uuid)
        .first()
    )
    if application is None or not actor_for(user).may_view_application(application):
        raise Http404
    return application


def application_get_for_staff(*, user: User, uuid) -> Application:
    """A sent application the user may see as staff, with everything the review
    page shows; anyone else gets 404."""
    actor = actor_for(user)
    application = (
        Application.objects.filter(actor.application_q(), uuid=uuid)
        .select_related("service__agency", "mall", "citizen", "assigned_to")
        .prefetch_related(
            Prefetch(
                "documents",
                queryset=ApplicationDocument.objects.select_related(
                    "requirement", "reviewed_by"
                ).order_by("requirement__position", "pk"),
            ),
            Prefetch(
                "history",
                queryset=StatusChange.objects.select_related("changed_by").order_by(
                    "created_at", "pk"
                ),
            ),
            Prefetch("messages", queryset=Message.objects.select_related("sender")),
            Prefetch(
                "service__fields",
                queryset=ServiceField.objects.order_by("position", "pk"),
            ),
        )
        .first()
    )
    if application is None:
        raise Http404
    return application


def document_get_for_staff(
    *, user: User, uuid, document_id: int
) -> ApplicationDocument:
    actor = actor_for(user)
    document = (
        ApplicationDocument.objects.filter(
            actor.application_q("application__"),
            pk=document_id,
            application__uuid=uuid,
        )
        .select_related("requirement", "application__service", "application__mall")
        .first()
    )
    if document is None:
        raise Http404
    return document
