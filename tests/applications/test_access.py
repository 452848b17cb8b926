"""Every URL that takes an application or document id × {owner, other citizen,
anonymous}: only the owner sees it; others get 404 (anonymous: the login page)."""

import pytest

from applications import actions
from applications.models import Application, ApplicationDocument
from services.constants import Channel
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    AgencyFactory,
    BoothFactory,
    BoothStaffFactory,
    MallFactory,
)
from tests.applications import badfiles
from tests.services.factories import RequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed_application():
    mall = MallFactory(code="TPI")
    agency = AgencyFactory()
    booth = BoothFactory(mall=mall, agency=agency)
    service = ServiceFactory(agency=agency, channel=Channel.ONLINE, booths=[booth])
    requirement = RequirementFactory(service=service)
    owner = UserFactory(nik="2172014506850002")
    officer = BoothStaffFactory(booth=booth).user
    application = actions.application_start(
        citizen=owner,
        service=service,
        mall=mall,
        start_key="00000000-0000-0000-0000-000000000001",
    )
    actions.application_save_draft(
        application=application,
        field_values={},
        files={requirement.pk: (badfiles.good_pdf(), "application/pdf")},
    )
    application = actions.application_submit(application=application, citizen=owner)
    actions.application_decide(application=application, officer=officer, approve=True)
    actions.application_complete(
        application=application,
        officer=officer,
        output=badfiles.good_pdf(),
        content_type="application/pdf",
    )
    return Application.objects.get(pk=application.pk)


def _urls(application: Application) -> list[tuple[str, str]]:
    uuid = application.uuid
    document = ApplicationDocument.objects.get(application=application)
    return [
        ("get", f"/permohonan/{uuid}/"),
        ("get", f"/permohonan/{uuid}/isi/"),
        ("post", f"/permohonan/{uuid}/isi/"),
        ("get", f"/permohonan/{uuid}/tinjau/"),
        ("post", f"/permohonan/{uuid}/kirim/"),
        ("get", f"/permohonan/{uuid}/terkirim/"),
        ("post", f"/permohonan/{uuid}/batal/"),
        ("get", f"/permohonan/{uuid}/perbaiki/"),
        ("post", f"/permohonan/{uuid}/perbaiki/"),
        ("get", f"/permohonan/{uuid}/dokumen/{document.pk}/"),
        ("get", f"/permohonan/{uuid}/hasil/"),
        ("get", f"/en/permohonan/{uuid}/dokumen/{document.pk}/"),
    ]


@pytest.mark.parametrize("_case", ["owner", "other_citizen", "anonymous"])
def test_only_the_owner_reaches_an_application(client, completed_application, _case):
    if _case == "owner":
        client.force_login(completed_application.citizen)
    elif _case == "other_citizen":
        client.force_login(UserFactory(nik="2171014506850003"))
    before = Application.objects.values().get(pk=completed_application.pk)

    for method, url in _urls(completed_application):
        response = getattr(client, method)(url)
        if _case == "owner":
            assert response.status_code in (200, 302), (method, url)
        elif _case == "other_citizen":
            assert response.status_code == 404, (method, url)
        else:
            assert response.status_code == 302, (method, url)
            assert "/akun/login/" in response.headers["Location"], (method, url)

    # nobody changed the completed application (cancel is refused after a decision)
    assert Application.objects.values().get(pk=completed_application.pk) == before


def test_a_document_id_of_another_application_is_404(client, completed_application):
    other_owner = UserFactory(nik="2171014506850004")
    client.force_login(other_owner)
    document = ApplicationDocument.objects.get(application=completed_application)
    mine = Application.objects.create(
        citizen=other_owner,
        service=completed_application.service,
        mall=completed_application.mall,
        start_key="00000000-0000-0000-0000-000000000002",
    )
    response = client.get(f"/permohonan/{mine.uuid}/dokumen/{document.pk}/")
    assert response.status_code == 404


def test_state_changing_urls_refuse_get(client, completed_application):
    client.force_login(completed_application.citizen)
    uuid = completed_application.uuid
    for url in [f"/permohonan/{uuid}/kirim/", f"/permohonan/{uuid}/batal/"]:
        assert client.get(url).status_code == 405


def test_stored_files_have_no_public_url(client, completed_application):
    document = ApplicationDocument.objects.get(application=completed_application)
    client.force_login(completed_application.citizen)
    for prefix in ["/", "/media/", "/private_media/", "/static/"]:
        assert client.get(prefix + document.file.name).status_code == 404
