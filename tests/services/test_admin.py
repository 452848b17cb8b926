import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from services.constants import Channel, TimeUnit
from services.models import SearchSynonym, Service
from tests.accounts.factories import UserFactory
from tests.admin_helpers import (
    gettext_id,
    management_form,
    missing_message,
    result_list,
)
from tests.agencies.factories import (
    AgencyFactory,
    BoothFactory,
    BoothStaffFactory,
    MallManagerFactory,
)
from tests.services.factories import RequirementFactory, ServiceFactory
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


def service_form(*, agency, booths=(), **fields) -> dict:
    """What the service add form sends, with no requirement or step rows."""
    return {
        "agency": str(agency.pk),
        "code": "SIUP",
        "name": "Surat Izin Usaha",
        "slug": "surat-izin-usaha",
        "description": "",
        "channel": Channel.BOTH,
        "is_active": "on",
        "time_limit_value": "3",
        "time_limit_unit": TimeUnit.WORKING_DAYS,
        "fee": "0",
        "fee_legal_basis": "",
        "output_product": "Surat izin",
        "complaint_channel": "SP4N-LAPOR!",
        "queue_prefix": "A",
        "online_share": "50",
        "decree_number": "",
        "decree_date": "",
        "booths": [str(b.pk) for b in booths],
        **management_form("requirements", total=0),
        **management_form("steps", total=0),
        **management_form("fields", total=0),
        **fields,
    }


# ---------------------------------------------------------------- provincial admin


def test_provincial_admin_adds_service_with_requirements_and_steps(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    agency = AgencyFactory(short_name="DPMPTSP")
    booth = BoothFactory(agency=agency)
    data = service_form(
        agency=agency,
        booths=[booth],
        code="IMB",
        name="Persetujuan Bangunan Gedung",
        slug="persetujuan-bangunan-gedung",
        fee="150000",
        fee_legal_basis="Perda Kota Batam No. 1 Tahun 2024",
        decree_number="188.4/12/2025",
        decree_date="2025-02-03",
        **management_form("requirements", total=2),
        **{
            "requirements-0-position": "1",
            "requirements-0-name": "KTP-el pemohon",
            "requirements-0-max_upload_mb": "5",
            "requirements-0-description": "",
            "requirements-0-needs_upload": "on",
            "requirements-0-is_mandatory": "on",
            "requirements-1-position": "2",
            "requirements-1-name": "Gambar rencana bangunan",
            "requirements-1-max_upload_mb": "5",
            "requirements-1-description": "Format PDF",
            "requirements-1-needs_upload": "on",
        },
        **management_form("steps", total=1),
        **management_form("fields", total=0),
        **{
            "steps-0-position": "1",
            "steps-0-description": "Pemohon menyerahkan berkas di loket.",
        },
    )

    # when
    response = client.post(reverse("admin:services_service_add"), data)

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:services_service_changelist")
    service = Service.objects.get(slug="persetujuan-bangunan-gedung")
    assert (service.agency, service.code, service.fee, service.decree_number) == (
        agency,
        "IMB",
        150000,
        "188.4/12/2025",
    )
    assert list(service.booths.all()) == [booth]
    assert list(
        service.requirements.values_list(
            "position", "name", "description", "needs_upload", "is_mandatory"
        )
    ) == [
        (1, "KTP-el pemohon", "", True, True),
        (2, "Gambar rencana bangunan", "Format PDF", True, False),
    ]
    assert list(service.steps.values_list("position", "description")) == [
        (1, "Pemohon menyerahkan berkas di loket.")
    ]


def test_provincial_admin_cannot_offer_a_service_at_another_agencys_booth(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    agency = AgencyFactory(short_name="Samsat")
    foreign = BoothFactory()

    # when
    response = client.post(
        reverse("admin:services_service_add"),
        service_form(agency=agency, booths=[foreign]),
    )

    # then
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "booths": [
            gettext_id(
                "Only booths of %(agency)s can offer this service.", agency="Samsat"
            )
        ]
    }
    assert Service.objects.count() == 0


def test_provincial_admin_service_changelist_searches_and_filters(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    agency = AgencyFactory()
    wanted = ServiceFactory(agency=agency, name="Akta Kelahiran")
    RequirementFactory(service=wanted, name="Surat keterangan lahir")
    RequirementFactory(service=wanted, name="Surat keterangan lahir dari bidan")
    ServiceFactory(agency=agency, name="Kartu Keluarga")
    other = ServiceFactory(name="Paspor Baru")
    RequirementFactory(service=other, name="Surat keterangan lahir")

    # when
    response = client.get(
        reverse("admin:services_service_changelist"),
        {"q": "keterangan lahir", "agency__id__exact": str(agency.pk)},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [wanted]


def test_agency_autocomplete_finds_matching_agency(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    imigrasi = AgencyFactory(name="Kantor Imigrasi Batam", short_name="Imigrasi")
    AgencyFactory(name="Badan Pendapatan Daerah", short_name="Bapenda")

    # when
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "services",
            "model_name": "service",
            "field_name": "agency",
            "term": "imigr",
        },
    )

    # then
    assert response.status_code == 200
    assert response.json() == {
        "results": [{"id": str(imigrasi.pk), "text": "Imigrasi"}],
        "pagination": {"more": False},
    }


# ---------------------------------------------------------------- booth supervisor


def test_booth_supervisor_admin_index_offers_services_and_their_agency(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    sign_in_staff(client, supervisor.user)

    # when
    response = client.get(reverse("admin:index"))

    # then
    assert response.status_code == 200
    assert {
        app["app_label"]: [m["object_name"] for m in app["models"]]
        for app in response.context["app_list"]
    } == {"agencies": ["Agency"], "services": ["Service"]}


def test_booth_supervisor_agency_autocomplete_finds_only_their_agency(client):
    # given
    supervisor = BoothStaffFactory(
        supervisor=True,
        booth__agency__name="Dinas Kependudukan Batam",
        booth__agency__short_name="Disdukcapil Batam",
    )
    AgencyFactory(name="Dinas Kependudukan Bintan", short_name="Disdukcapil Bintan")
    sign_in_staff(client, supervisor.user)

    # when
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "services",
            "model_name": "service",
            "field_name": "agency",
            "term": "kependudukan",
        },
    )

    # then
    assert response.status_code == 200
    assert response.json() == {
        "results": [
            {"id": str(supervisor.booth.agency.pk), "text": "Disdukcapil Batam"}
        ],
        "pagination": {"more": False},
    }


def test_booth_supervisor_sees_only_their_agencys_services(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    own = ServiceFactory(agency=supervisor.booth.agency)
    ServiceFactory()
    sign_in_staff(client, supervisor.user)

    # when
    response = client.get(reverse("admin:services_service_changelist"))

    # then
    assert response.status_code == 200
    assert result_list(response) == [own]


def test_booth_supervisor_cannot_open_another_agencys_service(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    foreign = ServiceFactory(name="Layanan Instansi Lain")
    sign_in_staff(client, supervisor.user)
    url = reverse("admin:services_service_change", args=[foreign.pk])

    # when
    page = client.get(url)
    post = client.post(url, service_form(agency=foreign.agency, name="Diubah"))

    # then
    assert (page.status_code, page.url) == (302, reverse("admin:index"))
    assert [m.message for m in get_messages(page.wsgi_request)] == [
        missing_message(Service, foreign.pk)
    ]
    assert (post.status_code, post.url) == (302, reverse("admin:index"))
    foreign.refresh_from_db()
    assert foreign.name == "Layanan Instansi Lain"


def test_booth_supervisor_adds_service_for_their_agency(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    sign_in_staff(client, supervisor.user)

    # when
    response = client.post(
        reverse("admin:services_service_add"),
        service_form(agency=supervisor.booth.agency, booths=[supervisor.booth]),
    )

    # then
    assert response.status_code == 302
    service = Service.objects.get()
    assert service.agency == supervisor.booth.agency
    assert list(service.booths.all()) == [supervisor.booth]


def test_booth_supervisor_cannot_add_service_for_another_agency(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    other_agency = AgencyFactory()
    sign_in_staff(client, supervisor.user)

    # when
    response = client.post(
        reverse("admin:services_service_add"), service_form(agency=other_agency)
    )

    # then
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == ["agency"]
    assert form.errors.as_data()["agency"][0].code == "invalid_choice"
    assert Service.objects.count() == 0


def test_booth_supervisor_cannot_offer_service_at_another_agencys_booth(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    foreign = BoothFactory(mall=supervisor.booth.mall)
    sign_in_staff(client, supervisor.user)

    # when
    response = client.post(
        reverse("admin:services_service_add"),
        service_form(agency=supervisor.booth.agency, booths=[foreign]),
    )

    # then
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == ["booths"]
    assert form.errors.as_data()["booths"][0].code == "invalid_choice"
    assert Service.objects.count() == 0


def test_booth_supervisor_cannot_move_their_service_to_another_agency(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    service = ServiceFactory(agency=supervisor.booth.agency)
    other_agency = AgencyFactory()
    sign_in_staff(client, supervisor.user)

    # when
    response = client.post(
        reverse("admin:services_service_change", args=[service.pk]),
        service_form(agency=other_agency, slug=service.slug),
    )

    # then
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["agency"]
    service.refresh_from_db()
    assert service.agency == supervisor.booth.agency


def test_officer_is_not_a_booth_supervisor_in_the_service_admin(client):
    # given
    officer = BoothStaffFactory(user__is_staff=True)
    sign_in_staff(client, officer.user)

    # when
    response = client.get(reverse("admin:services_service_changelist"))

    # then
    assert response.status_code == 403


# ---------------------------------------------------------------- mall manager


def test_mall_manager_cannot_reach_the_service_admin(client):
    # given
    manager = MallManagerFactory()
    service = ServiceFactory(booths=[BoothFactory(mall=manager.mall)])
    sign_in_staff(client, manager.user)

    # when
    changelist = client.get(reverse("admin:services_service_changelist"))
    add = client.get(reverse("admin:services_service_add"))
    change = client.get(reverse("admin:services_service_change", args=[service.pk]))

    # then
    assert (changelist.status_code, add.status_code, change.status_code) == (
        403,
        403,
        403,
    )


# ---------------------------------------------------------------- English texts


def test_service_form_shows_each_english_field_beside_its_indonesian_one(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    service = ServiceFactory()

    # when
    response = client.get(reverse("admin:services_service_change", args=[service.pk]))

    # then
    assert response.status_code == 200
    lines = [
        [field.field.name for field in line]
        for fieldset in response.context["adminform"]
        for line in fieldset
    ]
    for pair in (
        ["name", "name_en"],
        ["description", "description_en"],
        ["output_product", "output_product_en"],
        ["complaint_channel", "complaint_channel_en"],
    ):
        assert pair in lines
    inline_fields = {
        formset.formset.prefix: [f["name"] for f in formset.fields()]
        for formset in response.context["inline_admin_formsets"]
    }
    assert inline_fields["requirements"][1:5] == [
        "name",
        "name_en",
        "description",
        "description_en",
    ]
    assert inline_fields["steps"][1:3] == ["description", "description_en"]
    assert inline_fields["fields"][1:3] == ["label", "label_en"]
    assert inline_fields["fields"][5:7] == ["help_text", "help_text_en"]


def test_provincial_admin_enters_a_service_in_both_languages(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    agency = AgencyFactory()
    data = service_form(
        agency=agency,
        code="PASPOR",
        name="Paspor baru",
        name_en="New passport",
        slug="paspor-baru",
        description="Penerbitan paspor.",
        description_en="Issue of a passport.",
        output_product="Paspor",
        output_product_en="Passport",
        complaint_channel="Meja pengaduan",
        complaint_channel_en="Complaints desk",
        **management_form("requirements", total=1),
        **{
            "requirements-0-position": "1",
            "requirements-0-name": "Kartu Keluarga",
            "requirements-0-name_en": "Family card (Kartu Keluarga)",
            "requirements-0-description": "Asli",
            "requirements-0-description_en": "Original",
            "requirements-0-max_upload_mb": "5",
            "requirements-0-needs_upload": "on",
            "requirements-0-is_mandatory": "on",
        },
        **management_form("steps", total=1),
        **{
            "steps-0-position": "1",
            "steps-0-description": "Ambil nomor antrean.",
            "steps-0-description_en": "Take a queue number.",
        },
    )

    # when
    response = client.post(reverse("admin:services_service_add"), data)

    # then
    assert response.status_code == 302
    service = Service.objects.get(slug="paspor-baru")
    assert (
        service.name_en,
        service.description_en,
        service.output_product_en,
        service.complaint_channel_en,
    ) == ("New passport", "Issue of a passport.", "Passport", "Complaints desk")
    assert list(service.requirements.values_list("name_en", "description_en")) == [
        ("Family card (Kartu Keluarga)", "Original")
    ]
    assert list(service.steps.values_list("description_en", flat=True)) == [
        "Take a queue number."
    ]


# ---------------------------------------------------------------- search synonyms


@pytest.fixture
def no_synonyms():
    """Without the synonyms a migration seeds (services 0008)."""
    SearchSynonym.objects.all().delete()


def test_provincial_admin_adds_a_search_synonym_in_lower_case(client, no_synonyms):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))

    # when
    response = client.post(
        reverse("admin:services_searchsynonym_add"),
        {"term": "  ID   Card ", "expansion": "ktp"},
    )

    # then
    assert response.status_code == 302
    assert list(SearchSynonym.objects.values_list("term", "expansion")) == [
        ("id card", "ktp")
    ]


def test_provincial_admin_cannot_add_a_synonym_twice(client, no_synonyms):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    SearchSynonym.objects.create(term="passport", expansion="paspor")

    # when
    response = client.post(
        reverse("admin:services_searchsynonym_add"),
        {"term": "Passport", "expansion": "paspor biasa"},
    )

    # then
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["term"]
    assert SearchSynonym.objects.get().expansion == "paspor"


def test_provincial_admin_searches_search_synonyms(client, no_synonyms):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    passport = SearchSynonym.objects.create(term="passport", expansion="paspor")
    SearchSynonym.objects.create(term="birth certificate", expansion="akta kelahiran")

    # when
    response = client.get(
        reverse("admin:services_searchsynonym_changelist"), {"q": "paspor"}
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [passport]
    html = response.content.decode()
    assert "passport" in html and "paspor" in html


@pytest.mark.parametrize("role", ["mall_manager", "supervisor", "officer"])
def test_only_provincial_admins_may_touch_search_synonyms(client, no_synonyms, role):
    # given
    if role == "mall_manager":
        user = MallManagerFactory().user
    else:
        user = BoothStaffFactory(
            supervisor=role == "supervisor", user__is_staff=True
        ).user
    synonym = SearchSynonym.objects.create(term="passport", expansion="paspor")
    sign_in_staff(client, user)
    change_url = reverse("admin:services_searchsynonym_change", args=[synonym.pk])

    # when
    changelist = client.get(reverse("admin:services_searchsynonym_changelist"))
    add = client.post(
        reverse("admin:services_searchsynonym_add"),
        {"term": "kk", "expansion": "kartu keluarga"},
    )
    change = client.post(change_url, {"term": "passport", "expansion": "visa"})
    index = client.get(reverse("admin:index"))

    # then
    assert (changelist.status_code, add.status_code, change.status_code) == (
        403,
        403,
        403,
    )
    assert list(SearchSynonym.objects.values_list("term", "expansion")) == [
        ("passport", "paspor")
    ]
    assert index.status_code == 200
    assert "services/searchsynonym" not in index.content.decode()
