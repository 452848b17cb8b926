import datetime as dt
import gzip
import re

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import timezone

from agencies.constants import AgencyKind
from agencies.models import Booth
from services.constants import TimeUnit
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def _catalogue(*, malls: int, agencies: int, services_per_agency: int):
    """Malls with a booth of every agency, each agency's services at all its booths."""
    all_malls = [MallFactory() for _ in range(malls)]
    services = []
    for _ in range(agencies):
        agency = AgencyFactory()
        booths = [BoothFactory(mall=m, agency=agency) for m in all_malls]
        for _ in range(services_per_agency):
            services.append(
                ServiceFactory(agency=agency, booths=booths, with_standard=True)
            )
    return all_malls, services


# ---------------------------------------------------------------------------- home


def test_home_lists_malls_with_todays_hours_and_agencies(client):
    # given a mall open on weekdays and one closed all week
    open_mall = MallFactory(name="MPP Kota Batam")
    MallFactory(name="MPP Tutup", weekday_hours=False)
    agency = AgencyFactory(short_name="Imigrasi")
    BoothFactory(mall=open_mall, agency=agency)
    ServiceFactory(agency=agency)

    # when
    response = client.get("/")

    # then
    html = response.content.decode()
    assert response.status_code == 200
    assert "MPP Kota Batam" in html
    assert "Imigrasi" in html
    assert 'role="search"' in html
    today = timezone.localdate().isoweekday()
    if today <= 5:
        assert "07.30–16.00 WIB" in html
    assert "Tutup hari ini" in html


@pytest.mark.parametrize("size", [1, 6])
def test_home_query_count_does_not_grow(client, django_assert_num_queries, size):
    _catalogue(malls=size, agencies=size, services_per_agency=2)
    # malls + today's hours, agencies with counts
    with django_assert_num_queries(3):
        response = client.get("/")
    assert response.status_code == 200


def test_home_groups_agencies_by_kind_in_closed_groups(client):
    """A phone shows a few closed groups, not one long grid (issue 9 §3)."""
    mall = MallFactory()
    for short_name, kind in [
        ("Bank Riau", AgencyKind.BANK),
        ("Disdukcapil", AgencyKind.REGENCY),
        ("Imigrasi", AgencyKind.NATIONAL),
        ("Polres", AgencyKind.NATIONAL),
    ]:
        BoothFactory(mall=mall, agency=AgencyFactory(short_name=short_name, kind=kind))

    response = client.get("/")

    groups = [
        (str(group["label"]), [a.short_name for a in group["agencies"]])
        for group in response.context["agency_groups"]
    ]
    assert groups == [
        ("Pemerintah pusat", ["Imigrasi", "Polres"]),
        ("Pemerintah kabupaten/kota", ["Disdukcapil"]),
        ("Bank", ["Bank Riau"]),
    ]
    html = response.content.decode()
    assert html.count('<details class="agency-group') == 3
    assert "<details open" not in html
    assert (
        html.index("Pemerintah pusat")
        < html.index("Imigrasi")
        < html.index("Pemerintah kabupaten/kota")
        < html.index("Disdukcapil")
        < html.index("Bank Riau")
    )


def test_home_puts_the_search_and_entry_points_before_the_lists(client):
    agency = AgencyFactory(short_name="Imigrasi")
    BoothFactory(agency=agency)

    html = client.get("/").content.decode()

    search = html.index('role="search"')
    assert search < html.index('href="/layanan/?q=Paspor"') < html.index("Imigrasi")
    assert (
        search
        < html.index('href="/lacak/"', html.index("<main"))
        < html.index("Imigrasi")
    )
    assert 'href="/antrean/pesan/"' in html


def test_home_names_agencies_in_the_visitors_language(client):
    agency = AgencyFactory(
        short_name="Imigrasi",
        name="Kantor Imigrasi Kelas I Batam",
        name_en="Immigration Office Batam",
    )
    BoothFactory(agency=agency)

    indonesian = client.get("/").content.decode()
    english = client.get("/en/").content.decode()

    assert "Kantor Imigrasi Kelas I Batam" in indonesian
    assert "Immigration Office Batam" not in indonesian
    assert "Immigration Office Batam" in english
    assert "Regency or city government" in english  # the group, too


def test_home_page_is_light(client):
    """Home page under 150 KB transferred, with every asset compressed (#2)."""
    _catalogue(malls=3, agencies=20, services_per_agency=1)
    response = client.get("/")
    html = response.content
    total = len(gzip.compress(html))
    assets = re.findall(rb'(?:href|src)="/static/([^"?]+)"', html)
    assert b"vendor/bootstrap/bootstrap.min.css" in b" ".join(assets)
    for asset in assets:
        path = finders.find(asset.decode())
        with open(path, "rb") as f:
            total += len(gzip.compress(f.read()))
    assert total < 150 * 1024, f"{total} bytes"


# ---------------------------------------------------------------------------- search


def test_search_matches_name_description_and_requirement_names(client):
    passport = ServiceFactory(name="Penerbitan Paspor Biasa", description="Untuk WNI.")
    skck = ServiceFactory(name="SKCK Baru", description="Surat catatan kepolisian.")
    RequirementFactory(service=skck, name="Sidik jari dari Inafis")
    ServiceFactory(name="Akta Kelahiran")

    by_name = client.get("/layanan/", {"q": "paspor"}).context["page"].object_list
    by_description = client.get("/layanan/", {"q": "kepolisian"}).context["page"]
    by_requirement = client.get("/layanan/", {"q": "inafis"}).context["page"]

    assert list(by_name) == [passport]
    assert list(by_description.object_list) == [skck]
    assert list(by_requirement.object_list) == [skck]


def test_search_needs_every_word_and_ranks_name_matches_first(client):
    in_name = ServiceFactory(name="Legalisir Ijazah")
    in_text = ServiceFactory(
        name="Aaa Surat", description="legalisir untuk ijazah lama"
    )
    ServiceFactory(name="Legalisir Akta")

    page = client.get("/layanan/", {"q": "legalisir ijazah"}).context["page"]

    assert list(page.object_list) == [in_name, in_text]


def test_search_filters_by_mall_and_agency(client):
    batam, bintan = MallFactory(slug="batam"), MallFactory(slug="bintan")
    imigrasi, polri = AgencyFactory(slug="imigrasi"), AgencyFactory(slug="polri")
    at_batam = ServiceFactory(
        agency=imigrasi, booths=[BoothFactory(mall=batam, agency=imigrasi)]
    )
    ServiceFactory(agency=polri, booths=[BoothFactory(mall=bintan, agency=polri)])
    inactive_booth = BoothFactory(mall=bintan, agency=imigrasi, is_active=False)
    ServiceFactory(agency=imigrasi, booths=[inactive_booth])

    by_mall = client.get("/layanan/", {"mall": "batam"}).context["page"].object_list
    by_agency = client.get("/layanan/", {"agency": "polri"}).context["page"]
    both = client.get("/layanan/", {"mall": "bintan", "agency": "imigrasi"}).context[
        "page"
    ]

    assert list(by_mall) == [at_batam]
    assert [s.agency.slug for s in by_agency.object_list] == ["polri"]
    assert list(both.object_list) == []


def test_search_hides_inactive_services(client):
    ServiceFactory(name="Layanan Lama", is_active=False)
    page = client.get("/layanan/", {"q": "lama"}).context["page"]
    assert page.paginator.count == 0


def test_search_with_unknown_filter_shows_a_message_and_keeps_the_rest(client):
    ServiceFactory(name="Paspor")
    ServiceFactory(name="Akta")
    response = client.get("/layanan/", {"mall": "tidak-ada", "q": "paspor"})
    assert response.status_code == 200
    assert response.context["form"].errors["mall"]
    assert [s.name for s in response.context["page"].object_list] == ["Paspor"]
    assert "Masukkan pilihan yang valid" in response.content.decode()


def test_search_htmx_request_returns_only_the_results(client):
    ServiceFactory(name="Penerbitan Paspor")
    response = client.get(
        "/layanan/",
        {"q": "paspor"},
        headers={"HX-Request": "true", "HX-Target": "search-results"},
    )
    html = response.content.decode()
    assert "Penerbitan Paspor" in html
    assert "<html" not in html
    assert response.headers["Vary"].count("HX-Request") == 1


def test_search_paginates(client):
    for i in range(settings.MPP_PAGE_SIZE + 3):
        ServiceFactory(name=f"Izin {i:02d}")
    first = client.get("/layanan/", {"q": "izin"})
    second = client.get("/layanan/", {"q": "izin", "page": 2})
    assert len(first.context["page"].object_list) == settings.MPP_PAGE_SIZE
    assert len(second.context["page"].object_list) == 3
    assert "page=2" in first.content.decode()


@pytest.mark.parametrize("size", [2, 12])
def test_search_query_count_does_not_grow(client, django_assert_num_queries, size):
    _catalogue(malls=3, agencies=size, services_per_agency=3)
    # synonyms, mall choices, agency choices, page with its total, agencies and
    # booths of the page
    with django_assert_num_queries(6):
        response = client.get("/layanan/", {"q": "layanan"})
    assert response.context["page"].paginator.count == size * 3


# ---------------------------------------------------------------------------- detail


def test_service_page_shows_the_whole_standard(client):
    mall = MallFactory(name="MPP Kota Batam")
    agency = AgencyFactory(name="Kantor Imigrasi Kelas I Batam", short_name="Imigrasi")
    booth = BoothFactory(mall=mall, agency=agency, zone="Lantai 2")
    service = ServiceFactory(
        agency=agency,
        name="Paspor Biasa",
        fee=350000,
        fee_legal_basis="PP 28/2019",
        time_limit_value=4,
        time_limit_unit=TimeUnit.WORKING_DAYS,
        output_product="Paspor 48 halaman",
        complaint_channel="Hubungi 1500-xxx",
        decree_number="SK-123",
        decree_date=dt.date(2025, 1, 15),
        booths=[booth],
        with_standard=True,
    )
    RequirementFactory(
        service=service, name="Akta kelahiran", is_mandatory=False, position=9
    )

    response = client.get(service.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Paspor Biasa",
        "Rp 350.000",
        "PP 28/2019",
        "4 hari kerja",
        "Paspor 48 halaman",
        "KTP-el asli",
        "Kartu Keluarga",
        "Akta kelahiran",
        "jika ada",
        "Langkah 1",
        "Langkah 2",
        "MPP Kota Batam",
        "Lantai 2",
        "Hubungi 1500-xxx",
        "SK-123",
        "15 Januari 2025",
    ]:
        assert text in html, text
    # requirements keep their order
    assert (
        html.index("KTP-el asli")
        < html.index("Kartu Keluarga")
        < html.index("Akta kelahiran")
    )


def test_free_service_says_gratis_and_english_says_free(client):
    service = ServiceFactory(fee=0)
    assert "Gratis" in client.get(service.get_absolute_url()).content.decode()
    english = client.get("/en" + service.get_absolute_url())
    assert "Free" in english.content.decode()
    assert '<html lang="en">' in english.content.decode()


def test_service_page_of_inactive_or_unknown_service_is_404(client):
    service = ServiceFactory(is_active=False)
    assert client.get(service.get_absolute_url()).status_code == 404
    assert client.get("/layanan/tidak-ada/").status_code == 404


def test_service_page_hides_inactive_booths_and_malls(client):
    agency = AgencyFactory()
    shown = BoothFactory(agency=agency, mall=MallFactory(name="MPP Terbuka"))
    closed_mall = BoothFactory(
        agency=agency, mall=MallFactory(name="MPP Nonaktif", is_active=False)
    )
    inactive = BoothFactory(
        agency=agency, mall=MallFactory(name="MPP Gerai Tutup"), is_active=False
    )
    service = ServiceFactory(agency=agency, booths=[shown, closed_mall, inactive])

    html = client.get(service.get_absolute_url()).content.decode()

    assert "MPP Terbuka" in html
    assert "MPP Nonaktif" not in html
    assert "MPP Gerai Tutup" not in html


@pytest.mark.parametrize("size", [1, 8])
def test_service_page_query_count_does_not_grow(
    client, django_assert_num_queries, size
):
    malls, services = _catalogue(malls=size, agencies=1, services_per_agency=1)
    service = services[0]
    for i in range(size):
        RequirementFactory(service=service, name=f"Tambahan {i}")
    assert Booth.objects.count() == size
    # service + agency, requirements, steps, booths + malls
    with django_assert_num_queries(4):
        response = client.get(service.get_absolute_url())
    assert response.status_code == 200
