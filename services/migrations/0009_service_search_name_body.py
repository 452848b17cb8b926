"""Search by words and rank by where they match (issue 9 §1): `search_name` (the
service's and its agency's names) and `search_body` (code, description, output)
beside `search_text`, all three now as space-separated lower-case words with the
English columns included (services/search.py tells the format). Refills every row.

The text is built here as services.actions.search_columns_for builds it in this
release; a migration must not import code that later changes.
"""

import re

from django.db import migrations, models

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"['’`´]")


def _column(*parts):
    texts = (" ".join(_WORD.findall(_APOSTROPHES.sub("", p.lower()))) for p in parts if p)
    joined = " | ".join(t for t in texts if t)
    return f" {joined} " if joined else ""


def refill_search_columns(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    Requirement = apps.get_model("services", "Requirement")
    services = Service.objects.select_related("agency").order_by("pk")
    last_pk = 0
    while True:
        batch = list(services.filter(pk__gt=last_pk)[:1000])
        if not batch:
            return
        requirement_names = {s.pk: [] for s in batch}
        for service_id, name, name_en in (
            Requirement.objects.filter(service__in=batch)
            .order_by("position", "pk")
            .values_list("service_id", "name", "name_en")
        ):
            requirement_names[service_id].extend([name, name_en])
        for service in batch:
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
            service.search_name = _column(*names)
            service.search_body = _column(*body)
            service.search_text = _column(*names, *body, *requirement_names[service.pk])
        Service.objects.bulk_update(
            batch, ["search_name", "search_body", "search_text"], batch_size=500
        )
        last_pk = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0004_catalogue_english"),
        ("services", "0008_seed_search_synonyms"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="search_body",
            field=models.TextField(
                blank=True,
                default="",
                editable=False,
                verbose_name="search text: description",
            ),
        ),
        migrations.AddField(
            model_name="service",
            name="search_name",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="search text: names"
            ),
        ),
        migrations.RunPython(refill_search_columns, migrations.RunPython.noop),
    ]
