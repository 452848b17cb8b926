"""The demo's satisfaction surveys, follow-up plan and complaints (mpp/demo/
feedback.py): made once through the real actions, and a filled public IKM page."""

import time

import pytest

from django.urls import reverse
from django.utils import translation

from accounts.models import User
from agencies.models import Mall
from complaints.models import Complaint, ComplaintStatus
from mpp.demo import feedback, seed
from queueing.models import Ticket, TicketStatus
from surveys.models import FollowUpPlan, SurveyResponse
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db


def _rows() -> dict[str, int]:
    return {
        "tickets": Ticket.objects.filter(status=TicketStatus.DONE).count(),
        "responses": SurveyResponse.objects.count(),
        "plans": FollowUpPlan.objects.count(),
        "complaints": Complaint.objects.count(),
        "answered": Complaint.objects.filter(status=ComplaintStatus.ANSWERED).count(),
    }


@pytest.fixture
def demo_base():
    seed.seed_catalogue()
    seed.seed_accounts()


def test_seed_feedback_is_fast_and_adds_nothing_the_second_time(demo_base):
    started = time.monotonic()
    made = feedback.seed_feedback()
    elapsed = time.monotonic() - started
    first = _rows()

    again = feedback.seed_feedback()

    assert elapsed < 3, f"seed_feedback took {elapsed:.1f}s"
    assert made == first["responses"] == 19
    assert again == 0
    assert _rows() == first
    assert first["tickets"] == 4 * feedback.VISITS_PER_SERVICE
    assert first["plans"] == 1
    assert first["complaints"] == 2
    assert first["answered"] == 1
    assert SurveyResponse.objects.filter(mall__slug="batam").count() == 19


def test_the_demo_mall_ikm_page_shows_grades_and_an_uncomputable_service(
    demo_base, client
):
    feedback.seed_feedback()

    with translation.override("id"):
        page = client.get(reverse("surveys:mall_ikm", kwargs={"slug": "batam"}))

    html = page.content.decode()
    assert page.status_code == 200
    services = page.context["services"]
    grades = {entry["grade"].letter for entry in services if entry["grade"]}
    assert {"A", "B", "C"} <= grades
    assert [entry for entry in services if entry["row"].value is None]
    assert ">A</span>" in html
    assert "belum dapat dihitung" in html
    assert "Menambah satu loket" in html  # the follow-up plan is published


def test_the_mall_page_and_the_managers_back_office_link_to_the_index(
    demo_base, client
):
    mall = Mall.objects.get(slug="batam")
    ikm_url = reverse("surveys:mall_ikm", kwargs={"slug": "batam"})
    manager = mall.managers.get().user
    officer = User.objects.get(email="petugas.dukcapil@demo.mpp.id")

    mall_page = client.get(mall.get_absolute_url()).content.decode()
    sign_in_staff(client, manager)
    managers_page = client.get(reverse("complaints:staff_list")).content.decode()
    sign_in_staff(client, officer)
    officers_page = client.get(reverse("complaints:staff_list")).content.decode()

    assert f'href="{ikm_url}"' in mall_page
    follow_up = f'href="{reverse("surveys:follow_up")}"'
    assert follow_up in managers_page
    assert follow_up not in officers_page
