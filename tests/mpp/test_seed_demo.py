import pytest

from django.core.management import call_command

from accounts.models import User
from agencies.constants import AgencyKind, BoothRole
from agencies.models import Agency, Booth, BoothStaff, Mall, MallManager
from agencies.permissions import actor_for
from queueing.models import Counter
from services.models import ProcedureStep, Requirement, Service

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Mall,
            Agency,
            Booth,
            Counter,
            Service,
            Requirement,
            ProcedureStep,
            User,
            BoothStaff,
            MallManager,
        )
    }


def test_seed_demo_loads_the_kepri_catalogue_and_is_idempotent(capsys):
    call_command("seed_demo")
    first = _counts()
    call_command("seed_demo")

    assert _counts() == first
    assert set(Mall.objects.values_list("slug", flat=True)) == {
        "batam",
        "tanjungpinang",
        "bintan",
    }
    assert first["Mall"] == 3
    assert first["Agency"] >= 15
    assert first["Service"] >= 50
    assert first["Counter"] >= first["Booth"]
    kinds = set(Agency.objects.values_list("kind", flat=True))
    assert {AgencyKind.NATIONAL, AgencyKind.REGENCY, AgencyKind.STATE_COMPANY} <= kinds
    # every service has a standard and is offered somewhere
    assert Service.objects.filter(requirements__isnull=True).count() == 0
    assert Service.objects.filter(steps__isnull=True).count() == 0
    assert Service.objects.filter(booths__isnull=True).count() == 0
    # only at its own agency's booths
    for service in Service.objects.prefetch_related("booths"):
        assert {b.agency_id for b in service.booths.all()} == {service.agency_id}
    assert (
        Service.objects.filter(fee=0).exists()
        and Service.objects.filter(fee__gt=0).exists()
    )
    output = capsys.readouterr().out
    assert "kepri-demo-2026" in output
    assert "warga@demo.mpp.id" in output


def test_demo_accounts_have_their_roles():
    call_command("seed_demo", "--quiet-logins")

    admin = User.objects.get(email="admin@demo.mpp.id")
    manager = User.objects.get(email="manajer.batam@demo.mpp.id")
    supervisor = User.objects.get(email="supervisor.imigrasi@demo.mpp.id")
    citizen = User.objects.get(email="warga@demo.mpp.id")
    officers = BoothStaff.objects.filter(role=BoothRole.OFFICER)

    assert admin.check_password("kepri-demo-2026") is True
    assert actor_for(admin).is_provincial_admin is True
    assert actor_for(manager).managed_mall_ids == {Mall.objects.get(slug="batam").pk}
    assert actor_for(supervisor).is_booth_supervisor is True
    assert supervisor.is_staff is True
    assert citizen.is_staff is False
    assert officers.values("booth").distinct().count() >= 3


def test_scale_adds_synthetic_services_once():
    call_command("seed_demo", "--quiet-logins")
    real = Service.objects.count()

    call_command("seed_demo", "--quiet-logins", "--scale", "120")
    call_command("seed_demo", "--quiet-logins", "--scale", "150")

    synthetic = Service.objects.filter(code__startswith="SYN-")
    assert synthetic.count() == 150
    assert Service.objects.count() == real + 150
    assert Requirement.objects.filter(service__in=synthetic).count() == 150 * 5
    assert synthetic.filter(booths__isnull=True).count() == 0


def test_demo_citizen_signs_in_and_can_apply(client):
    call_command("seed_demo", "--quiet-logins")
    response = client.post(
        "/akun/login/", {"login": "warga@demo.mpp.id", "password": "kepri-demo-2026"}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/permohonan/"
    citizen = User.objects.get(email="warga@demo.mpp.id")
    assert citizen.masked_nik == "2171********0001"
    online = Service.objects.filter(channel__in=["online", "both"]).count()
    assert online >= 10


def test_seed_demo_gives_the_citizen_applications_for_the_demo_officers():
    from applications.models import Application

    call_command("seed_demo", quiet_logins=True)
    call_command("seed_demo", quiet_logins=True)  # finds them, moves nothing back

    citizen = User.objects.get(email="warga@demo.mpp.id")
    statuses = sorted(
        Application.objects.filter(citizen=citizen).values_list("status", flat=True)
    )
    assert statuses == [
        "changes_requested",
        "completed",
        "draft",
        "in_review",
        "ready_for_pickup",
        "submitted",
    ]
    officer = User.objects.get(email="petugas.dukcapil@demo.mpp.id")
    inbox = Application.objects.filter(actor_for(officer).application_q())
    assert inbox.filter(status="submitted").exists()


def test_each_demo_agency_numbers_its_queue_with_its_own_letter():
    call_command("seed_demo", "--quiet-logins")
    prefixes = {}
    for agency_id, prefix in Service.objects.values_list("agency_id", "queue_prefix"):
        prefixes.setdefault(agency_id, set()).add(prefix)
    assert all(len(letters) == 1 for letters in prefixes.values())
    letters = [next(iter(p)) for p in prefixes.values()]
    assert len(letters) == len(set(letters))  # no two agencies share a letter
    assert Counter.objects.filter(booth__is_active=True).count() >= 2 * len(letters)
