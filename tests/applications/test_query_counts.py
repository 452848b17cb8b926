""" "My applications" and the detail page run a fixed number of queries however many
applications, documents and history rows there are."""

import pytest

from applications import actions
from applications.models import Application
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


def _applications(citizen, *, count: int, documents: int) -> list[Application]:
    mall = MallFactory()
    agency = AgencyFactory()
    booth = BoothFactory(mall=mall, agency=agency)
    officer = BoothStaffFactory(booth=booth).user
    service = ServiceFactory(agency=agency, channel=Channel.ONLINE, booths=[booth])
    requirements = [RequirementFactory(service=service) for _ in range(documents)]
    made = []
    for i in range(count):
        application = actions.application_start(
            citizen=citizen,
            service=service,
            mall=mall,
            start_key=f"00000000-0000-0000-0000-{i:012d}",
        )
        actions.application_save_draft(
            application=application,
            field_values={},
            files={
                r.pk: (badfiles.good_pdf(), "application/pdf") for r in requirements
            },
        )
        application = actions.application_submit(
            application=application, citizen=citizen
        )
        actions.application_request_changes(
            application=application,
            officer=officer,
            fixes={application.documents.first().pk: "buram"},
            message="Mohon perbaiki.",
        )
        made.append(application)
    return made


@pytest.mark.parametrize("size", [1, 6])
def test_my_applications_query_count(client, django_assert_num_queries, size):
    citizen = UserFactory(nik="2171010101900001")
    _applications(citizen, count=size, documents=2)
    client.force_login(citizen)
    # user, count, page (with service, agency and mall joined), and the bell's
    # unread count, which is then cached; the session comes from the cache
    with django_assert_num_queries(4):
        response = client.get("/permohonan/")
    assert len(response.context["page"].object_list) == size
    with django_assert_num_queries(3):
        client.get("/permohonan/")


@pytest.mark.parametrize("documents", [1, 6])
def test_application_detail_query_count(client, django_assert_num_queries, documents):
    citizen = UserFactory(nik="2171010101900001")
    application = _applications(citizen, count=1, documents=documents)[0]
    client.force_login(citizen)
    # user, application, documents, history, messages, requirements, fields, staff
    # looks (audit: one query while nobody looked, two after), and the bell's unread
    # count, which is then cached; the session comes from the cache
    with django_assert_num_queries(9):
        response = client.get(application.get_absolute_url())
    assert response.status_code == 200
    assert len(response.context["documents"]) == documents
    with django_assert_num_queries(8):
        client.get(application.get_absolute_url())
