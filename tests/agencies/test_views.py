import pytest

from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_mall_page_shows_week_hours_contact_and_booths(client):
    mall = MallFactory(name="MPP Tanjungpinang", phone="0771-123456")
    agency = AgencyFactory(name="Badan Pendapatan Daerah")
    booth = BoothFactory(mall=mall, agency=agency, zone="Lantai 2")
    ServiceFactory(agency=agency, booths=[booth])
    BoothFactory(
        mall=mall, is_active=False, agency=AgencyFactory(name="Gerai Nonaktif")
    )

    html = client.get(mall.get_absolute_url()).content.decode()

    assert "MPP Tanjungpinang" in html
    assert "Senin" in html and "07.30–16.00 WIB" in html
    assert "0771-123456" in html
    assert "Badan Pendapatan Daerah" in html and "Lantai 2" in html
    assert "Gerai Nonaktif" not in html


def test_inactive_or_unknown_mall_is_404(client):
    mall = MallFactory(is_active=False)
    assert client.get(mall.get_absolute_url()).status_code == 404
    assert client.get("/mpp/tidak-ada/").status_code == 404


def test_agency_pages_list_agencies_with_booths_and_their_services(client):
    agency = AgencyFactory(name="Kantor Imigrasi Batam")
    booth = BoothFactory(agency=agency, mall=MallFactory(name="MPP Kota Batam"))
    ServiceFactory(agency=agency, name="Paspor Baru", booths=[booth])
    ServiceFactory(agency=agency, name="Layanan Lama", is_active=False)
    AgencyFactory(name="Instansi Tanpa Gerai")

    listing = client.get("/instansi/").content.decode()
    detail = client.get(agency.get_absolute_url()).content.decode()

    assert "Kantor Imigrasi Batam" in listing
    assert "Instansi Tanpa Gerai" not in listing
    assert "Paspor Baru" in detail and "MPP Kota Batam" in detail
    assert "Layanan Lama" not in detail


@pytest.mark.parametrize("size", [1, 7])
def test_mall_and_agency_pages_query_counts(client, django_assert_num_queries, size):
    mall = MallFactory()
    agency = AgencyFactory()
    for _ in range(size):
        other = AgencyFactory()
        booth = BoothFactory(mall=mall, agency=other)
        ServiceFactory(agency=other, booths=[booth])
        ServiceFactory(agency=agency, booths=[BoothFactory(agency=agency)])
    # mall, hours, booths with counts
    with django_assert_num_queries(3):
        assert client.get(mall.get_absolute_url()).status_code == 200
    # agency, its booths, count, page, booths of the page
    with django_assert_num_queries(5):
        assert client.get(agency.get_absolute_url()).status_code == 200
    with django_assert_num_queries(1):
        assert client.get("/instansi/").status_code == 200
