"""Writes for the service catalogue.

The catalogue's rules live here, not in admin forms or hooks, so that the admin, the
demo seed, the back office and any import keep them alike:
* a service is offered only at its own agency's booths (a many-to-many rule the
  database cannot express);
* the search columns (`search_text`, `search_name`, `search_body`) follow every
  change of a service, its requirements or its agency.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from agencies.models import Agency, Booth
from mpp.exceptions import DomainError
from services import search
from services.models import Requirement, Service

SEARCH_COLUMNS = ("search_name", "search_body", "search_text")


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


def search_columns_for(
    *, service: Service, requirement_names: Iterable[str]
) -> dict[str, str]:
    """The columns a search matches and ranks by (services/search.py tells their
    format), computed once here, not per query: `search_name` (the service's and its
    agency's names), `search_body` (code, description, output) and `search_text`
    (all of these and the requirement names). Indonesian and English alike."""
    agency = service.agency
    names = [
        service.name,
        service.name_en,
        agency.short_name,
        agency.name,
        agency.name_en,
    ]
    body = [
        service.code,
        service.description,
        service.description_en,
        service.output_product,
        service.output_product_en,
    ]
    return {
        "search_name": search.search_column(*names),
        "search_body": search.search_column(*body),
        "search_text": search.search_column(*names, *body, *requirement_names),
    }


def search_text_for(*, service: Service, requirement_names: Iterable[str]) -> str:
    """The text a search filters on (see `search_columns_for`)."""
    return search_columns_for(service=service, requirement_names=requirement_names)[
        "search_text"
    ]


@transaction.atomic
def service_refresh_search_text(*, service_ids: Iterable[int]) -> int:
    """Recompute the search columns for these services (after they, their agency or
    their requirements changed). Returns how many rows were updated."""
    services = list(
        Service.objects.filter(pk__in=list(service_ids)).select_related("agency")
    )
    names: dict[int, list[str]] = {s.pk: [] for s in services}
    for service_id, name, name_en in (
        Requirement.objects.filter(service__in=services)
        .order_by("position", "pk")
        .values_list("service_id", "name", "name_en")
    ):
        names[service_id].extend([name, name_en])
    for service in services:
        columns = search_columns_for(
            service=service, requirement_names=names[service.pk]
        )
        for column, text in columns.items():
            setattr(service, column, text)
    Service.objects.bulk_update(services, list(SEARCH_COLUMNS), batch_size=500)
    return len(services)
