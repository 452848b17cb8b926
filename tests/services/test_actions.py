import pytest

from services import actions
from services.models import Service
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_search_text_holds_every_searchable_field_lower_cased():
    service = ServiceFactory(
        name="Penerbitan SKCK",
        code="SKCK-BARU",
        description="Surat Catatan Kepolisian",
        output_product="Lembar SKCK",
        agency__short_name="Polresta",
        agency__name="Kepolisian Resor Kota Barelang",
    )
    RequirementFactory(service=service, name="Sidik Jari INAFIS")

    service.refresh_from_db()

    for text in [
        "penerbitan skck",
        "skck-baru",
        "surat catatan kepolisian",
        "lembar skck",
        "polresta",
        "barelang",
        "sidik jari inafis",
    ]:
        assert text in service.search_text


def test_refresh_after_a_direct_change_and_counts_rows():
    service = ServiceFactory(name="Nama Lama")
    Service.objects.filter(pk=service.pk).update(name="Nama Baru")

    updated = actions.service_refresh_search_text(service_ids=[service.pk])

    service.refresh_from_db()
    assert updated == 1
    assert "nama baru" in service.search_text
    assert "nama lama" not in service.search_text
