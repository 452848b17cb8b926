"""Writes for the service catalogue."""

from collections.abc import Iterable

from django.db import transaction

from services.models import Requirement, Service


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
