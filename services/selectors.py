"""Reads of the service catalogue."""

from django.db.models import (
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.http import Http404

from agencies.models import Agency, Booth, Mall
from services.models import ProcedureStep, Requirement, Service

MAX_SEARCH_TERMS = 8
RESULT_FIELDS = (
    "name",
    "slug",
    "fee",
    "time_limit_value",
    "time_limit_unit",
    "agency__name",
    "agency__short_name",
    "agency__slug",
)


def _public_booths() -> QuerySet[Booth]:
    return (
        Booth.objects.filter(is_active=True, mall__is_active=True)
        .select_related("mall")
        .order_by("mall__name")
    )


def service_search(
    *, query: str = "", mall: Mall | None = None, agency: Agency | None = None
) -> QuerySet[Service]:
    """Active services matching every word of `query` in their name, code,
    description, output, agency or a requirement's name (`search_text`), optionally
    offered in `mall` and owned by `agency`.

    Services whose name matches the whole query come first, then by name. Each
    result carries `public_booths` (its active booths with their malls).
    """
    services = Service.objects.filter(is_active=True)
    terms = query.lower().split()[:MAX_SEARCH_TERMS]
    for term in terms:
        services = services.filter(search_text__contains=term)
    if mall is not None:
        services = services.filter(
            Exists(
                Booth.objects.filter(services=OuterRef("pk"), mall=mall, is_active=True)
            )
        )
    if agency is not None:
        services = services.filter(agency=agency)
    if terms:
        name_hit = Q(name__icontains=query.strip())
        services = services.annotate(
            rank=Case(
                When(name_hit, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by("rank", "name", "pk")
    else:
        services = services.order_by("name", "pk")
    return (
        services.select_related("agency")
        # Only what a result card shows: the sort of thousands of matches stays narrow.
        .only(*RESULT_FIELDS)
        .prefetch_related(
            Prefetch("booths", queryset=_public_booths(), to_attr="public_booths")
        )
    )


def service_get_public(*, slug: str) -> Service:
    """An active service with its whole standard: requirements, steps and booths."""
    service = (
        Service.objects.filter(is_active=True, slug=slug)
        .select_related("agency")
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=Requirement.objects.order_by("position", "pk"),
            ),
            Prefetch(
                "steps", queryset=ProcedureStep.objects.order_by("position", "pk")
            ),
            Prefetch(
                "booths",
                queryset=_public_booths(),
                to_attr="public_booths",
            ),
        )
        .first()
    )
    if service is None:
        raise Http404
    return service


def service_list_for_agency(*, agency: Agency) -> QuerySet[Service]:
    return (
        Service.objects.filter(is_active=True, agency=agency)
        .select_related("agency")
        .order_by("name", "pk")
        .prefetch_related(
            Prefetch("booths", queryset=_public_booths(), to_attr="public_booths")
        )
    )
