"""Agency and mall pages in English (issue 9 §2): English names where entered, the
Indonesian where not; opening hours with a colon; the agency admin in both
languages."""

import datetime as dt
import re

import pytest

from django.urls import reverse

from agencies.models import Agency, OpeningHours
from tests.accounts.factories import UserFactory
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import ServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def mall():
    mall = MallFactory(name="MPP Kota Batam", slug="batam")
    samsat = AgencyFactory(
        name="Badan Pendapatan Daerah Provinsi Kepulauan Riau",
        name_en="Kepulauan Riau Provincial Revenue Agency",
        short_name="Samsat",
        slug="samsat",
        description="Pembayaran pajak kendaraan bermotor.",
        description_en="Motor vehicle tax payments.",
    )
    pln = AgencyFactory(
        name="PT PLN Batam", name_en="", short_name="PLN", slug="pln", description=""
    )
    dukcapil = AgencyFactory(
        name="Dinas Kependudukan dan Pencatatan Sipil",
        name_en="Civil Registration Office",
        short_name="Disdukcapil",
        slug="disdukcapil",
        description="Dokumen kependudukan.",
        description_en="",
    )
    for agency in (samsat, pln, dukcapil):
        ServiceFactory(agency=agency, booths=[BoothFactory(mall=mall, agency=agency)])
    OpeningHours.objects.filter(mall=mall, weekday=5).update(
        opens_at=dt.time(1, 36), closes_at=dt.time(16, 30)
    )
    return mall


def _booth_agencies(html: str) -> list[str]:
    return re.findall(r'<a class="fw-semibold"[^>]*>(.*?)</a>', html)


def test_mall_page_in_english_names_agencies_in_english_in_english_order(client, mall):
    # when
    response = client.get("/en/mpp/batam/")

    # then
    html = response.content.decode()
    assert response.status_code == 200
    assert _booth_agencies(html) == [
        "Civil Registration Office",
        "Kepulauan Riau Provincial Revenue Agency",
        "PT PLN Batam",  # not translated: the Indonesian name
    ]
    assert re.search(r'<a class="fw-semibold" lang="id"[^>]*>PT PLN Batam</a>', html)


def test_mall_page_in_indonesian_names_agencies_in_indonesian(client, mall):
    # when
    html = client.get("/mpp/batam/").content.decode()

    # then
    assert _booth_agencies(html) == [
        "Badan Pendapatan Daerah Provinsi Kepulauan Riau",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "PT PLN Batam",
    ]
    assert "Civil Registration Office" not in html


def test_opening_hours_read_with_a_colon_in_english_and_a_dot_in_indonesian(
    client, mall
):
    # when
    english = client.get("/en/mpp/batam/").content.decode()
    indonesian = client.get("/mpp/batam/").content.decode()

    # then
    assert "<td>07:30–16:00 WIB</td>" in english
    assert "<td>01:36–16:30 WIB</td>" in english
    assert "07.30" not in english and "01.36" not in english
    assert "<td>07.30–16.00 WIB</td>" in indonesian
    assert "<td>01.36–16.30 WIB</td>" in indonesian


def test_agency_list_in_english_with_indonesian_where_not_translated(client, mall):
    # when
    english = client.get("/en/instansi/").content.decode()
    indonesian = client.get("/instansi/").content.decode()

    # then
    assert '<span class="fw-semibold">Civil Registration Office</span>' in english
    assert '<span class="fw-semibold" lang="id">PT PLN Batam</span>' in english
    assert "Dinas Kependudukan dan Pencatatan Sipil" not in english
    assert (
        '<span class="fw-semibold">Dinas Kependudukan dan Pencatatan Sipil</span>'
        in indonesian
    )
    assert "Civil Registration Office" not in indonesian


def test_agency_page_in_english(client, mall):
    # when
    translated = client.get("/en/instansi/samsat/").content.decode()
    in_part = client.get("/en/instansi/disdukcapil/").content.decode()
    indonesian = client.get("/instansi/samsat/").content.decode()

    # then
    assert "<title>Kepulauan Riau Provincial Revenue Agency · MPP Kepri</title>" in (
        translated
    )
    assert '<h1 class="h2">Kepulauan Riau Provincial Revenue Agency</h1>' in translated
    assert "<p>Motor vehicle tax payments.</p>" in translated
    assert '<h1 class="h2">Civil Registration Office</h1>' in in_part
    assert '<p lang="id">Dokumen kependudukan.</p>' in in_part
    assert (
        '<h1 class="h2">Badan Pendapatan Daerah Provinsi Kepulauan Riau</h1>'
        in indonesian
    )
    assert "<p>Pembayaran pajak kendaraan bermotor.</p>" in indonesian
    assert "Motor vehicle tax payments." not in indonesian


def test_mall_page_offers_its_english_version(client, mall):
    # when
    html = client.get("/mpp/batam/").content.decode()

    # then
    assert 'data-language-offer="en"' in html
    assert '<a class="alert-link" href="/en/mpp/batam/" hreflang="en">' in html


# ---------------------------------------------------------------- admin


def test_agency_form_shows_english_beside_indonesian(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    agency = AgencyFactory()

    # when
    response = client.get(reverse("admin:agencies_agency_change", args=[agency.pk]))

    # then
    assert response.status_code == 200
    lines = [
        [field.field.name for field in line]
        for fieldset in response.context["adminform"]
        for line in fieldset
    ]
    assert ["name", "name_en"] in lines
    assert ["description", "description_en"] in lines


def test_provincial_admin_enters_an_agencys_english_name(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    agency = AgencyFactory(name="Dinas Kesehatan Kota Batam", short_name="Dinkes")

    # when
    response = client.post(
        reverse("admin:agencies_agency_change", args=[agency.pk]),
        {
            "name": "Dinas Kesehatan Kota Batam",
            "name_en": "Batam City Health Office",
            "short_name": "Dinkes",
            "slug": agency.slug,
            "kind": agency.kind,
            "description": "Layanan kesehatan.",
            "description_en": "Health services.",
            "website": "",
        },
    )

    # then
    assert response.status_code == 302
    agency = Agency.objects.get(pk=agency.pk)
    assert (agency.name_en, agency.description_en) == (
        "Batam City Health Office",
        "Health services.",
    )
