import datetime as dt

import pytest

from django.urls import reverse

from agencies.constants import AgencyKind, BoothRole, Regency
from agencies.models import Agency, Booth, BoothStaff, Mall
from queueing.models import Counter
from tests.accounts.factories import UserFactory
from tests.admin_helpers import (
    management_form,
    messages_of,
    missing_message,
    result_list,
)
from tests.agencies.factories import (
    AgencyFactory,
    BoothFactory,
    BoothStaffFactory,
    MallFactory,
    MallManagerFactory,
)
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------- provincial admin


def test_admin_index_lists_every_model_for_provincial_admin(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))

    # when
    response = client.get(reverse("admin:index"))

    # then
    assert response.status_code == 200
    assert {
        app["app_label"]: sorted(m["object_name"] for m in app["models"])
        for app in response.context["app_list"]
    } == {
        "accounts": ["User"],
        "agencies": ["Agency", "Booth", "BoothStaff", "Mall", "MallManager"],
        "queueing": ["Counter", "Ticket"],
        "services": ["SearchSynonym", "Service"],
        "notifications": ["Notification"],
        "audit": ["AuditEvent"],
        "surveys": ["FollowUpPlan", "SurveyResponse"],
    }


def test_admin_speaks_indonesian_by_default(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))

    # when
    response = client.get(reverse("admin:index"))

    # then
    html = response.content.decode()
    assert response.headers["Content-Language"] == "id"
    assert '<html lang="id"' in html
    assert "Selamat datang," in html
    assert "<h2>Tindakan terbaru</h2>" in html
    assert "Recent actions" not in html


def test_provincial_admin_adds_mall_with_opening_hours(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    data = {
        "name": "MPP Kabupaten Bintan",
        "slug": "mpp-bintan",
        "code": "BTN",
        "regency": Regency.BINTAN,
        "address": "Jl. Raya Tanjung Uban Km. 19, Bintan",
        "phone": "0771-441234",
        "email": "",
        "website": "",
        "is_active": "on",
        **management_form("opening_hours", total=2),
        **management_form("closures", total=0),
        "opening_hours-0-weekday": "1",
        "opening_hours-0-opens_at": "08:00",
        "opening_hours-0-closes_at": "16:00",
        "opening_hours-1-weekday": "6",
        "opening_hours-1-opens_at": "08:00",
        "opening_hours-1-closes_at": "12:00",
    }

    # when
    response = client.post(reverse("admin:agencies_mall_add"), data)

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:agencies_mall_changelist")
    mall = Mall.objects.get(code="BTN")
    assert (mall.name, mall.slug, mall.regency, mall.is_active) == (
        "MPP Kabupaten Bintan",
        "mpp-bintan",
        Regency.BINTAN,
        True,
    )
    assert list(
        mall.opening_hours.order_by("weekday").values_list(
            "weekday", "opens_at", "closes_at"
        )
    ) == [
        (1, dt.time(8), dt.time(16)),
        (6, dt.time(8), dt.time(12)),
    ]


def test_provincial_admin_adds_agency(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    data = {
        "name": "Kantor Imigrasi Kelas I Khusus TPI Batam",
        "short_name": "Imigrasi Batam",
        "slug": "imigrasi-batam",
        "kind": AgencyKind.NATIONAL,
        "description": "Paspor dan izin tinggal.",
        "website": "https://batam.imigrasi.go.id",
    }

    # when
    response = client.post(reverse("admin:agencies_agency_add"), data)

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:agencies_agency_changelist")
    agency = Agency.objects.get(slug="imigrasi-batam")
    assert (agency.name, agency.short_name, agency.kind) == (
        "Kantor Imigrasi Kelas I Khusus TPI Batam",
        "Imigrasi Batam",
        AgencyKind.NATIONAL,
    )


def test_provincial_admin_adds_booth_with_counters_and_supervisor(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    mall = MallFactory()
    agency = AgencyFactory()
    person = UserFactory(is_staff=False)
    data = {
        "mall": str(mall.pk),
        "agency": str(agency.pk),
        "agreement_number": "PKS/001/2025",
        "agreement_valid_from": "2025-01-01",
        "agreement_valid_until": "2027-12-31",
        "zone": "Lantai 2, Zona B",
        "is_active": "on",
        **management_form("counters", total=2),
        "counters-0-number": "1",
        "counters-0-name": "Loket Paspor",
        "counters-0-is_active": "on",
        "counters-1-number": "2",
        "counters-1-name": "",
        "counters-1-is_active": "on",
        **management_form("staff", total=1),
        "staff-0-user": str(person.pk),
        "staff-0-role": BoothRole.SUPERVISOR,
    }

    # when
    response = client.post(reverse("admin:agencies_booth_add"), data)

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:agencies_booth_changelist")
    booth = Booth.objects.get(mall=mall, agency=agency)
    assert (booth.agreement_number, booth.agreement_valid_until, booth.zone) == (
        "PKS/001/2025",
        dt.date(2027, 12, 31),
        "Lantai 2, Zona B",
    )
    assert list(booth.counters.values_list("number", "name")) == [
        (1, "Loket Paspor"),
        (2, ""),
    ]
    assert list(booth.staff.values_list("user", "role")) == [
        (person.pk, BoothRole.SUPERVISOR)
    ]
    person.refresh_from_db()
    assert person.is_staff is True


def test_provincial_admin_mall_changelist_searches_and_filters(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    bintan = MallFactory(name="MPP Kabupaten Bintan", regency=Regency.BINTAN)
    MallFactory(name="MPP Kota Batam", regency=Regency.BATAM)
    MallFactory(name="MPP Bintan Lama", regency=Regency.BINTAN, is_active=False)

    # when
    response = client.get(
        reverse("admin:agencies_mall_changelist"),
        {"q": "bintan", "regency__exact": Regency.BINTAN, "is_active__exact": "1"},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [bintan]


def test_provincial_admin_agency_changelist_searches_and_filters(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    bank = AgencyFactory(name="Bank Riau Kepri Syariah", kind=AgencyKind.BANK)
    AgencyFactory(name="Bank Indonesia", kind=AgencyKind.NATIONAL)
    AgencyFactory(name="Dinas Kependudukan", kind=AgencyKind.BANK)

    # when
    response = client.get(
        reverse("admin:agencies_agency_changelist"),
        {"q": "bank", "kind__exact": AgencyKind.BANK},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [bank]


def test_provincial_admin_booth_changelist_searches_and_filters(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    batam = MallFactory(name="MPP Kota Batam")
    imigrasi = AgencyFactory(name="Kantor Imigrasi Batam", short_name="Imigrasi")
    booth = BoothFactory(mall=batam, agency=imigrasi)
    BoothFactory(mall=batam, agency=AgencyFactory(name="Samsat Batam"))
    BoothFactory(agency=AgencyFactory(name="Kantor Imigrasi Tanjungpinang"))

    # when
    response = client.get(
        reverse("admin:agencies_booth_changelist"),
        {"q": "imigrasi", "mall__id__exact": str(batam.pk)},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [booth]


def test_provincial_admin_booth_staff_changelist_searches_and_filters(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    supervisor = BoothStaffFactory(supervisor=True, user__full_name="Siti Aminah")
    BoothStaffFactory(user__full_name="Siti Rahma")
    BoothStaffFactory(supervisor=True, user__full_name="Budi Santoso")

    # when
    response = client.get(
        reverse("admin:agencies_boothstaff_changelist"),
        {"q": "siti", "role__exact": BoothRole.SUPERVISOR},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [supervisor]


def test_provincial_admin_counter_changelist_searches_and_filters(client):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    booth = BoothFactory()
    counter = Counter.objects.create(booth=booth, number=1, name="Loket Paspor")
    Counter.objects.create(booth=booth, number=2, name="Loket Visa")
    Counter.objects.create(booth=BoothFactory(), number=1, name="Loket Paspor")

    # when
    response = client.get(
        reverse("admin:queueing_counter_changelist"),
        {"q": "paspor", "booth__mall__id__exact": str(booth.mall.pk)},
    )

    # then
    assert response.status_code == 200
    assert result_list(response) == [counter]


def test_supervisor_role_assigned_through_booth_staff_admin_grants_staff_status(
    client,
):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    booth = BoothFactory()
    person = UserFactory(is_staff=False)
    data = {
        "user": str(person.pk),
        "booth": str(booth.pk),
        "role": BoothRole.SUPERVISOR,
    }

    # when
    response = client.post(reverse("admin:agencies_boothstaff_add"), data)

    # then
    assert response.status_code == 302
    assert list(BoothStaff.objects.values_list("user", "booth", "role")) == [
        (person.pk, booth.pk, BoothRole.SUPERVISOR)
    ]
    person.refresh_from_db()
    assert person.is_staff is True


def test_officer_role_assigned_through_booth_staff_admin_keeps_user_out_of_admin(
    client,
):
    # given
    sign_in_staff(client, UserFactory(provincial_admin=True))
    booth = BoothFactory()
    person = UserFactory(is_staff=False)
    data = {
        "user": str(person.pk),
        "booth": str(booth.pk),
        "role": BoothRole.OFFICER,
    }

    # when
    response = client.post(reverse("admin:agencies_boothstaff_add"), data)

    # then
    assert response.status_code == 302
    assert BoothStaff.objects.filter(user=person, role=BoothRole.OFFICER).count() == 1
    person.refresh_from_db()
    assert person.is_staff is False


# ---------------------------------------------------------------- mall manager


def test_mall_manager_sees_only_their_malls_booths(client):
    # given
    manager = MallManagerFactory()
    own = BoothFactory(mall=manager.mall)
    BoothFactory(mall=MallFactory())
    sign_in_staff(client, manager.user)

    # when
    response = client.get(reverse("admin:agencies_booth_changelist"))

    # then
    assert response.status_code == 200
    assert result_list(response) == [own]


def test_mall_manager_cannot_open_a_booth_of_another_mall(client):
    # given
    manager = MallManagerFactory()
    foreign = BoothFactory(mall=MallFactory())
    sign_in_staff(client, manager.user)

    # when
    response = client.get(reverse("admin:agencies_booth_change", args=[foreign.pk]))

    # then
    assert response.status_code == 302
    assert response.url == reverse("admin:index")
    assert messages_of(response) == [missing_message(Booth, foreign.pk)]


def test_mall_manager_cannot_move_a_booth_to_another_mall(client):
    # given
    manager = MallManagerFactory()
    booth = BoothFactory(mall=manager.mall, zone="Lantai 1")
    other_mall = MallFactory()
    sign_in_staff(client, manager.user)
    data = {
        "mall": str(other_mall.pk),
        "agency": str(booth.agency.pk),
        "agreement_number": "",
        "agreement_valid_from": "",
        "agreement_valid_until": "",
        "zone": "Lantai 3",
        "is_active": "on",
        **management_form("counters", total=0),
        **management_form("staff", total=0),
    }

    # when
    response = client.post(
        reverse("admin:agencies_booth_change", args=[booth.pk]), data
    )

    # then
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["mall"]
    booth.refresh_from_db()
    assert (booth.mall, booth.zone) == (manager.mall, "Lantai 1")


def test_mall_manager_cannot_add_or_delete_malls(client):
    # given
    manager = MallManagerFactory()
    sign_in_staff(client, manager.user)

    # when
    add = client.get(reverse("admin:agencies_mall_add"))
    delete = client.post(
        reverse("admin:agencies_mall_delete", args=[manager.mall.pk]), {"post": "yes"}
    )

    # then
    assert (add.status_code, delete.status_code) == (403, 403)
    assert Mall.objects.count() == 1


def test_mall_manager_changes_their_own_mall_but_not_its_identity(client):
    # given
    manager = MallManagerFactory(
        mall__code="TPI", mall__phone="", mall__weekday_hours=False
    )
    mall = manager.mall
    sign_in_staff(client, manager.user)
    data = {
        "name": mall.name,
        "code": "ZZZ",  # read-only for a manager: ignored
        "address": mall.address,
        "phone": "0771-123456",
        "email": "",
        "website": "",
        "is_active": "on",
        **management_form("opening_hours", total=1),
        **management_form("closures", total=0),
        "opening_hours-0-weekday": "6",
        "opening_hours-0-opens_at": "08:00",
        "opening_hours-0-closes_at": "12:00",
    }

    # when
    page = client.get(reverse("admin:agencies_mall_change", args=[mall.pk]))
    response = client.post(reverse("admin:agencies_mall_change", args=[mall.pk]), data)

    # then
    assert page.status_code == 200
    assert response.status_code == 302
    assert response.url == reverse("admin:agencies_mall_changelist")
    mall.refresh_from_db()
    assert (mall.phone, mall.code) == ("0771-123456", "TPI")
    assert list(mall.opening_hours.values_list("weekday", "opens_at", "closes_at")) == [
        (6, dt.time(8), dt.time(12))
    ]


def test_mall_manager_cannot_open_or_change_another_mall(client):
    # given
    manager = MallManagerFactory()
    other = MallFactory(phone="0778-000000", weekday_hours=False)
    sign_in_staff(client, manager.user)
    url = reverse("admin:agencies_mall_change", args=[other.pk])

    # when
    page = client.get(url)
    post = client.post(url, {"name": "Diubah", "phone": "0778-111111"})

    # then
    assert (page.status_code, page.url) == (302, reverse("admin:index"))
    assert (post.status_code, post.url) == (302, reverse("admin:index"))
    other.refresh_from_db()
    assert other.phone == "0778-000000"


def test_mall_manager_mall_changelist_shows_only_their_mall(client):
    # given
    manager = MallManagerFactory()
    MallFactory()
    sign_in_staff(client, manager.user)

    # when
    response = client.get(reverse("admin:agencies_mall_changelist"))

    # then
    assert response.status_code == 200
    assert result_list(response) == [manager.mall]


def test_mall_manager_views_agencies_but_cannot_add_or_change_them(client):
    # given
    manager = MallManagerFactory()
    agency = AgencyFactory(name="Samsat Batam")
    sign_in_staff(client, manager.user)
    change_url = reverse("admin:agencies_agency_change", args=[agency.pk])

    # when
    changelist = client.get(reverse("admin:agencies_agency_changelist"))
    add = client.get(reverse("admin:agencies_agency_add"))
    page = client.get(change_url)
    post = client.post(
        change_url,
        {
            "name": "Diubah",
            "short_name": agency.short_name,
            "slug": agency.slug,
            "kind": agency.kind,
        },
    )

    # then
    assert changelist.status_code == 200
    assert result_list(changelist) == [agency]
    assert add.status_code == 403
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert post.status_code == 403
    agency.refresh_from_db()
    assert agency.name == "Samsat Batam"


def test_mall_manager_booth_staff_and_counters_are_their_malls_only(client):
    # given
    manager = MallManagerFactory()
    own_booth = BoothFactory(mall=manager.mall)
    own_role = BoothStaffFactory(booth=own_booth)
    BoothStaffFactory(booth=BoothFactory())
    own_counter = Counter.objects.create(booth=own_booth, number=1)
    Counter.objects.create(booth=BoothFactory(), number=1)
    sign_in_staff(client, manager.user)

    # when
    roles = client.get(reverse("admin:agencies_boothstaff_changelist"))
    counters = client.get(reverse("admin:queueing_counter_changelist"))

    # then
    assert (roles.status_code, counters.status_code) == (200, 200)
    assert result_list(roles) == [own_role]
    assert result_list(counters) == [own_counter]


def test_mall_manager_cannot_give_a_role_at_another_malls_booth(client):
    # given
    manager = MallManagerFactory()
    colleague = BoothStaffFactory(booth=BoothFactory(mall=manager.mall))
    foreign = BoothFactory()
    sign_in_staff(client, manager.user)
    data = {
        "user": str(colleague.user.pk),
        "booth": str(foreign.pk),
        "role": BoothRole.OFFICER,
    }

    # when
    response = client.post(reverse("admin:agencies_boothstaff_add"), data)

    # then
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["booth"]
    assert BoothStaff.objects.filter(booth=foreign).count() == 0


def test_mall_manager_promotes_an_officer_to_supervisor(client):
    # given
    manager = MallManagerFactory()
    role = BoothStaffFactory(booth=BoothFactory(mall=manager.mall))
    sign_in_staff(client, manager.user)
    data = {
        "user": str(role.user.pk),
        "booth": str(role.booth.pk),
        "role": BoothRole.SUPERVISOR,
    }

    # when
    response = client.post(
        reverse("admin:agencies_boothstaff_change", args=[role.pk]), data
    )

    # then
    assert response.status_code == 302
    role.refresh_from_db()
    role.user.refresh_from_db()
    assert role.role == BoothRole.SUPERVISOR
    assert role.user.is_staff is True


def test_mall_manager_cannot_reach_the_mall_manager_admin(client):
    # given
    manager = MallManagerFactory()
    sign_in_staff(client, manager.user)

    # when
    changelist = client.get(reverse("admin:agencies_mallmanager_changelist"))
    add = client.get(reverse("admin:agencies_mallmanager_add"))

    # then
    assert (changelist.status_code, add.status_code) == (403, 403)


# ---------------------------------------------------------------- booth supervisor


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:agencies_mall_changelist",
        "admin:agencies_booth_changelist",
        "admin:agencies_boothstaff_changelist",
        "admin:agencies_mallmanager_changelist",
        "admin:queueing_counter_changelist",
        "admin:agencies_booth_add",
    ],
)
def test_booth_supervisor_cannot_reach_mall_and_booth_admin(client, url_name):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    sign_in_staff(client, supervisor.user)

    # when
    response = client.get(reverse(url_name))

    # then
    assert response.status_code == 403


def test_booth_supervisor_views_only_their_own_agency(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    other = AgencyFactory()
    sign_in_staff(client, supervisor.user)

    # when
    changelist = client.get(reverse("admin:agencies_agency_changelist"))
    add = client.get(reverse("admin:agencies_agency_add"))
    foreign = client.get(reverse("admin:agencies_agency_change", args=[other.pk]))

    # then
    assert changelist.status_code == 200
    assert result_list(changelist) == [supervisor.booth.agency]
    assert add.status_code == 403
    assert (foreign.status_code, foreign.url) == (302, reverse("admin:index"))


def test_booth_supervisor_cannot_open_their_own_booth(client):
    # given
    supervisor = BoothStaffFactory(supervisor=True)
    sign_in_staff(client, supervisor.user)

    # when
    response = client.get(
        reverse("admin:agencies_booth_change", args=[supervisor.booth.pk])
    )

    # then
    assert response.status_code == 403
