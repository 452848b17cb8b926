"""Reads of applications, always scoped to who is asking (others get 404)."""

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from accounts.models import User
from applications.models import Application, ApplicationDocument, StatusChange
from applications.tracking import tracking_number_normalize
from services.models import Requirement, ServiceField


def application_list_for_citizen(*, citizen: User) -> QuerySet[Application]:
    return (
        Application.objects.filter(citizen=citizen)
        .select_related("service__agency", "mall")
        .order_by("-created_at", "-pk")
    )


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
