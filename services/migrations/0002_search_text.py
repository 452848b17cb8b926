from django.db import migrations, models

TRIGRAM_SQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS services_service_search_trgm "
    "ON services_service USING gin (search_text gin_trgm_ops)",
]
DROP_SQL = ["DROP INDEX IF EXISTS services_service_search_trgm"]


def add_trigram_index(apps, schema_editor):
    # Substring search (LIKE '%term%') on PostgreSQL uses a trigram GIN index; SQLite
    # (the laptop default) scans, which is fine at demo sizes.
    if schema_editor.connection.vendor == "postgresql":
        for sql in TRIGRAM_SQL:
            schema_editor.execute(sql)


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in DROP_SQL:
            schema_editor.execute(sql)


def fill_search_text(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    Requirement = apps.get_model("services", "Requirement")
    for service in Service.objects.select_related("agency").iterator():
        names = Requirement.objects.filter(service=service).values_list("name", flat=True)
        parts = [
            service.name,
            service.code,
            service.description,
            service.output_product,
            service.agency.short_name,
            service.agency.name,
            *names,
        ]
        service.search_text = "\n".join(p for p in parts if p).lower()
        service.save(update_fields=["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="search_text",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="search text"
            ),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
    ]
