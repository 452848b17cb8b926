"""The catalogue in English (issue 9 §2): English where entered, Indonesian where
not, on the same page; times with a colon; the offer of the visitor's language; the
demo catalogue shipping English."""

import datetime as dt
import re

import pytest

from django.template import Context, Template
from django.utils import translation

from agencies.models import Agency
from mpp.demo import catalogue, seed
from services.models import ProcedureStep, Requirement, Service
from tests.agencies.factories import AgencyFactory, BoothFactory
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def passport():
    """A service translated in part, as an admin may leave it."""
    agency = AgencyFactory(
        name="Kantor Imigrasi Kelas I Khusus TPI Batam",
        name_en="Batam Class I Special Immigration Office",
        short_name="Imigrasi Batam",
    )
    service = ServiceFactory(
        agency=agency,
        slug="paspor-baru",
        name="Paspor baru",
        name_en="New passport",
        description="Penerbitan paspor biasa bagi WNI dewasa.",
        description_en="",  # not translated: the Indonesian is shown
        output_product="Paspor biasa 48 halaman",
        output_product_en="48-page ordinary passport",
        complaint_channel="Meja pengaduan MPP",
        complaint_channel_en="The MPP complaints desk",
        booths=[BoothFactory(agency=agency)],
    )
    RequirementFactory(
        service=service,
        position=1,
        name="Kartu Keluarga",
        name_en="Family card (Kartu Keluarga)",
        description="Asli dan fotokopi",
        description_en="Original and a photocopy",
    )
    RequirementFactory(
        service=service, position=2, name="Surat baptis", description="Bila ada"
    )
    ProcedureStep.objects.create(
        service=service,
        position=1,
        description="Ambil nomor antrean.",
        description_en="Take a queue number.",
    )
    ProcedureStep.objects.create(
        service=service, position=2, description="Serahkan berkas di loket."
    )
    return service


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def _meta_description(html: str) -> str:
    return re.search(r'<meta name="description" content="(.*?)">', html, re.S).group(1)


# ---------------------------------------------------------------- service page


def test_service_page_in_english_shows_english_where_entered_else_indonesian(
    client, passport
):
    # when
    response = client.get("/en/layanan/paspor-baru/")

    # then
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert _title(html) == "New passport · MPP Kepri"
    # no English description: the Indonesian one, marked as Indonesian
    assert _meta_description(html) == "Penerbitan paspor biasa bagi WNI dewasa."
    assert '<h1 class="h2">New passport</h1>' in html
    assert "Batam Class I Special Immigration Office" in html
    assert (
        '<p class="lead fs-6" lang="id">Penerbitan paspor biasa bagi WNI dewasa.</p>'
        in html
    )
    assert "<dd>48-page ordinary passport</dd>" in html
    assert "The MPP complaints desk" in html
    # requirements: one translated, one not
    assert '<span class="fw-semibold">Family card (Kartu Keluarga)</span>' in html
    assert "Original and a photocopy" in html
    assert '<span class="fw-semibold" lang="id">Surat baptis</span>' in html
    assert "Bila ada" in html
    # steps likewise
    assert "<li>Take a queue number.</li>" in html
    assert '<li lang="id">Serahkan berkas di loket.</li>' in html
    for indonesian in [
        "Paspor baru",
        "Paspor biasa 48 halaman",
        "Meja pengaduan MPP",
        "Asli dan fotokopi",
        "Ambil nomor antrean.",
        "Kantor Imigrasi Kelas I Khusus TPI Batam",
    ]:
        assert indonesian not in html


def test_service_page_in_indonesian_shows_only_indonesian(client, passport):
    # when
    response = client.get("/layanan/paspor-baru/")

    # then
    html = response.content.decode()
    assert response.status_code == 200
    assert _title(html) == "Paspor baru · MPP Kepri"
    assert '<h1 class="h2">Paspor baru</h1>' in html
    assert "Kantor Imigrasi Kelas I Khusus TPI Batam" in html
    assert '<span class="fw-semibold">Kartu Keluarga</span>' in html
    assert "<li>Ambil nomor antrean.</li>" in html
    assert "<dd>Paspor biasa 48 halaman</dd>" in html
    assert "Meja pengaduan MPP" in html
    assert ' lang="id">' not in html.replace('<html lang="id">', "")
    for english in [
        "New passport",
        "Family card",
        "Take a queue number.",
        "48-page ordinary passport",
        "The MPP complaints desk",
    ]:
        assert english not in html


def test_english_description_is_the_page_description(client, passport):
    # given
    Service.objects.filter(pk=passport.pk).update(
        description_en="Issue of an ordinary passport to adult Indonesian citizens."
    )

    # when
    html = client.get("/en/layanan/paspor-baru/").content.decode()

    # then
    assert (
        _meta_description(html)
        == "Issue of an ordinary passport to adult Indonesian citizens."
    )
    assert (
        '<p class="lead fs-6">Issue of an ordinary passport to adult Indonesian '
        "citizens.</p>" in html
    )


# ---------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("language", "expected"), [("id", "07.30 13.36"), ("en", "07:30 13:36")]
)
def test_times_are_written_the_way_of_each_language(language, expected):
    template = Template("{% load catalogue %}{{ opens|hhmm }} {{ now|time }}")
    context = Context({"opens": dt.time(7, 30), "now": dt.time(13, 36)})

    with translation.override(language):
        assert template.render(context) == expected


def test_dates_in_english_read_day_month_year():
    template = Template("{{ day|date }} · {{ day|date:'SHORT_DATE_FORMAT' }}")

    with translation.override("en"):
        rendered = template.render(Context({"day": dt.date(2026, 1, 5)}))

    assert rendered == "5 January 2026 · 05/01/2026"


# ---------------------------------------------------------------- language offer


def _offer(html: str) -> str:
    match = re.search(r"<div class=\"language-offer.*?</div>\s*</div>", html, re.S)
    return match.group(0) if match else ""


def test_indonesian_page_carries_a_hidden_offer_of_its_english_version(
    client, passport
):
    # when
    html = client.get("/layanan/paspor-baru/?ref=x").content.decode()

    # then
    offer = _offer(html)
    assert 'data-language-offer="en"' in offer
    assert 'data-cookie="mpp_language"' in offer
    assert 'lang="en"' in offer
    assert re.search(r"\shidden>", offer)
    assert "This page is also in English." in offer
    assert '<a class="alert-link" href="/en/layanan/paspor-baru/?ref=x"' in offer
    assert "View in English</a>" in offer
    assert 'aria-label="Dismiss"' in offer
    assert '<script src="/static/js/language-offer.js" defer></script>' in html


def test_english_page_offers_the_indonesian_version(client, passport):
    # when
    html = client.get("/en/layanan/paspor-baru/").content.decode()

    # then
    offer = _offer(html)
    assert 'data-language-offer="id"' in offer
    assert '<a class="alert-link" href="/layanan/paspor-baru/"' in offer
    assert 'lang="id"' in offer
    assert 'hreflang="id"' in offer


def test_offer_is_the_same_for_every_visitor(client, passport):
    """Public pages are cached whole: the offer must not depend on the cookie."""
    # when
    without = _offer(client.get("/layanan/paspor-baru/").content.decode())
    client.cookies["mpp_language"] = "en"
    with_cookie = _offer(client.get("/layanan/paspor-baru/").content.decode())

    # then
    assert without
    assert with_cookie == without


def test_unprefixed_page_stays_indonesian_for_a_visitor_who_chose_english(
    client, passport
):
    # given
    client.post("/en/i18n/setlang/", {"language": "en", "next": "/"})
    assert client.cookies["mpp_language"].value == "en"

    # when
    response = client.get("/layanan/paspor-baru/")

    # then: offered, not switched
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "id"
    assert 'data-language-offer="en"' in response.content.decode()


# ---------------------------------------------------------------- demo catalogue


def _catalogue_texts() -> set[str]:
    texts = set()
    for agency in catalogue.AGENCIES:
        texts |= {agency["name"], agency.get("description", "")}
        for service in agency["services"]:
            texts |= {
                service["name"],
                service.get("description", ""),
                service["output_product"],
                service.get("complaint_channel", catalogue.DEFAULT_COMPLAINT_CHANNEL),
            }
            for name, description, _upload, _mandatory in service["requirements"]:
                texts |= {name, description}
            texts |= set(service["steps"])
    return texts - {""}


def test_demo_catalogue_has_english_for_every_text_and_nothing_else():
    texts = _catalogue_texts()

    assert sorted(texts - set(catalogue.ENGLISH)) == []  # untranslated
    assert sorted(set(catalogue.ENGLISH) - texts) == []  # stale
    assert all(english.strip() for english in catalogue.ENGLISH.values())


def test_demo_catalogue_english_samples():
    english = catalogue.ENGLISH
    assert english["Penerbitan Paspor Biasa Non-Elektronik Baru"] == (
        "New ordinary passport (non-electronic)"
    )
    assert english["Kartu Keluarga (KK)"] == "Family card (Kartu Keluarga, KK)"
    assert english["Penerbitan Akta Kelahiran"] == "Birth certificate"


def _english_columns() -> dict:
    return {
        "agencies": sorted(
            Agency.objects.values_list("slug", "name_en", "description_en")
        ),
        "services": sorted(
            Service.objects.values_list(
                "slug",
                "name_en",
                "description_en",
                "output_product_en",
                "complaint_channel_en",
            )
        ),
        "requirements": sorted(
            Requirement.objects.values_list(
                "service__slug", "name", "name_en", "description_en"
            )
        ),
        "steps": sorted(
            ProcedureStep.objects.values_list(
                "service__slug", "position", "description_en"
            )
        ),
    }


def test_seed_fills_english_and_a_rerun_changes_nothing():
    # when
    seed.seed_catalogue()
    first = _english_columns()
    seed.seed_catalogue()

    # then
    assert _english_columns() == first
    assert not Agency.objects.filter(name_en="").exists()
    assert not Service.objects.filter(name_en="").exists()
    assert not Service.objects.filter(output_product_en="").exists()
    assert not Service.objects.filter(complaint_channel_en="").exists()
    assert (
        not Service.objects.exclude(description="").filter(description_en="").exists()
    )
    assert not Requirement.objects.filter(name_en="").exists()
    assert (
        not Requirement.objects.exclude(description="")
        .filter(description_en="")
        .exists()
    )
    assert not ProcedureStep.objects.filter(description_en="").exists()
    passport = Service.objects.get(slug="imigrasi-batam-paspor-baru")
    assert passport.name_en == "New ordinary passport (non-electronic)"
    assert passport.agency.name_en == "Batam Class I Special Immigration Office (TPI)"


def test_seed_fills_english_on_a_database_seeded_before_english(client):
    # given: a database seeded before the catalogue had English
    seed.seed_catalogue()
    Agency.objects.update(name_en="", description_en="")
    Service.objects.update(
        name_en="", description_en="", output_product_en="", complaint_channel_en=""
    )
    Requirement.objects.update(name_en="", description_en="")
    ProcedureStep.objects.update(description_en="")
    counts = (Service.objects.count(), Requirement.objects.count())

    # when
    seed.seed_catalogue()

    # then: rows updated in place, none added
    assert (Service.objects.count(), Requirement.objects.count()) == counts
    assert not Service.objects.filter(name_en="").exists()
    assert not Requirement.objects.filter(name_en="").exists()
    assert not ProcedureStep.objects.filter(description_en="").exists()
    html = client.get("/en/layanan/imigrasi-batam-paspor-baru/").content.decode()
    assert '<h1 class="h2">New ordinary passport (non-electronic)</h1>' in html
    assert "Original electronic ID card (KTP-el)" in html
