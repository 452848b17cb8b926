import pytest

from agencies.models import Agency
from mpp.exceptions import DomainError
from services import actions
from services.models import Service
from tests.agencies.factories import BoothFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_search_text_holds_every_searchable_field_as_lower_case_words():
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
        "skck baru",  # punctuation separates words (services/search.py)
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


# ---------------------------------------------------------------- catalogue rules
# (issue 7 §1: the rules live in services.actions, so every writer keeps them)


def test_a_service_is_offered_only_at_its_own_agencys_booths():
    service = ServiceFactory()
    own = BoothFactory(agency=service.agency)
    foreign = BoothFactory()
    with pytest.raises(DomainError, match="Hanya gerai"):
        actions.service_offer_at(service=service, booths=[own, foreign])
    assert not service.booths.filter(pk=foreign.pk).exists()
    actions.service_offer_at(service=service, booths=[own])
    assert service.booths.filter(pk=own.pk).exists()


def test_saving_a_service_replaces_its_booths_and_refreshes_search():
    service = ServiceFactory(name="Paspor Baru")
    first, second = (
        BoothFactory(agency=service.agency),
        BoothFactory(agency=service.agency),
    )
    actions.service_offer_at(service=service, booths=[first])
    Service.objects.filter(pk=service.pk).update(name="Paspor Elektronik")
    service.refresh_from_db()

    actions.service_saved(service=service, booths=[second])

    service.refresh_from_db()
    assert list(service.booths.all()) == [second]
    assert "paspor elektronik" in service.search_text


def test_renaming_an_agency_refreshes_its_services_search_text():
    service = ServiceFactory()
    agency = service.agency
    Agency.objects.filter(pk=agency.pk).update(short_name="Imigrasi Kepri")
    agency.refresh_from_db()
    assert actions.agency_renamed(agency=agency) == 1
    service.refresh_from_db()
    assert "imigrasi kepri" in service.search_text
