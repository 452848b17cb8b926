"""Writes for the service catalogue.

The catalogue's rules live here, not in admin forms or hooks, so that the admin, the
demo seed, the back office and any import keep them alike:
* a service is offered only at its own agency's booths (a many-to-many rule the
  database cannot express);
* `search_text` follows every change of a service, its requirements or its agency.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from agencies.models import Agency, Booth
from mpp.exceptions import DomainError
from services.models import Requirement, Service


def ensure_booths_of_agency(*, agency: Agency, booths: Iterable[Booth]) -> None:
    """Refuse booths of another agency (the rule behind every way a service is
    offered somewhere)."""
    if any(b.agency_id != agency.pk for b in booths):
        raise DomainError(
            _("Only booths of %(agency)s can offer this service.")
            % {"agency": agency.short_name}
        )


@transaction.atomic
def service_offer_at(
    *, service: Service, booths: Iterable[Booth], replace: bool = False
) -> Service:
    """Offer `service` at `booths` (only its agency's); `replace` withdraws it from
    the others, else the booths are added to where it is offered already."""
    booths = list(booths)
    ensure_booths_of_agency(agency=service.agency, booths=booths)
    if replace:
        service.booths.set(booths)
    else:
        service.booths.add(*booths)
    return service


@transaction.atomic
def service_saved(
    *, service: Service, booths: Iterable[Booth] | None = None
) -> Service:
    """After a service and its requirements were written (a form, an import): keep
    where it is offered within its agency and refresh what search matches."""
    if booths is not None:
        service_offer_at(service=service, booths=booths, replace=True)
    service_refresh_search_text(service_ids=[service.pk])
    return service


@transaction.atomic
def agency_renamed(*, agency: Agency) -> int:
    """An agency's names are part of its services' search text."""
    return service_refresh_search_text(
        service_ids=agency.services.values_list("pk", flat=True)
    )


def search_text_for(*, service: Service, requirement_names: Iterable[str]) -> str:
    """The text a search matches against, lower-cased once here, not per query."""
    parts = [
        service.name,
        service.code,
        service.description,
        service.output_product,
        service.agency.short_name,
        service.agency.name,
        *requirement_names,
    ]
    return "\n".join(p for p in parts if p).lower()


@transaction.atomic
def service_refresh_search_text(*, service_ids: Iterable[int]) -> int:
    """Recompute `search_text` for these services (after they, their agency or their
    requirements changed). Returns how many rows were updated."""
    services = list(
        Service.objects.filter(pk__in=list(service_ids)).select_related("agency")
    )
    names: dict[int, list[str]] = {s.pk: [] for s in services}
    for service_id, name in (
        Requirement.objects.filter(service__in=services)
        .order_by("position", "pk")
        .values_list("service_id", "name")
    ):
        names[service_id].append(name)
    for service in services:
        service.search_text = search_text_for(
            service=service, requirement_names=names[service.pk]
        )
    Service.objects.bulk_update(services, ["search_text"], batch_size=500)
    return len(services)
