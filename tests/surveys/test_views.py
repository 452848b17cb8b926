"""The survey form, its refusals, the invitation blocks on the citizen's pages, the
paper ticket's link and the mall's public IKM page."""

import datetime as dt

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from surveys import actions
from surveys.models import FollowUpPlan, SurveyResponse
from tests.applications.factories import ApplicationFactory
from tests.queueing.factories import make_floor
from tests.surveys.factories import done_ticket, respond

pytestmark = pytest.mark.django_db

ANSWERS = {"u1": "4", "u2": "3", "u4": "4", "u9": "2"}


def _en(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def test_the_form_asks_the_nine_questions_in_order(client):
    application = ApplicationFactory(completed=True)
    client.force_login(application.citizen)

    page = client.get(_en("surveys:application", uuid=application.uuid))

    html = page.content.decode()
    assert page.status_code == 200
    assert list(page.context["form"].fields)[:9] == [f"u{n}" for n in range(1, 10)]
    positions = [
        html.index(text)
        for text in (
            "1. How well do the service",
            "4. How reasonable is the cost",
            "8. How are users",
            "9. What is the quality of the facilities",
        )
    ]
    assert positions == sorted(positions)
    for label in ("Very expensive", "Free of charge", "It is handled well"):
        assert label in html
    assert html.count('type="radio"') == 9 * 4 + (2 + 1) + (6 + 1) + (7 + 1) + (6 + 1)


def test_answering_records_once_and_says_thank_you(client):
    # given
    application = ApplicationFactory(completed=True)
    client.force_login(application.citizen)
    url = _en("surveys:application", uuid=application.uuid)

    # when
    sent = client.post(url, ANSWERS | {"comment": "Ramah.", "sex": "m"})
    again = client.post(url, {"u1": "1"})

    # then
    assert sent.status_code == 302
    assert sent["Location"] == reverse("surveys:thanks")
    response = SurveyResponse.objects.get()
    assert [response.u1, response.u2, response.u3, response.u9] == [4, 3, None, 2]
    assert (response.comment, response.sex) == ("Ramah.", "m")
    assert again.status_code == 200
    assert "already been rated" in again.content.decode()
    assert SurveyResponse.objects.get().u1 == 4
    assert client.get(reverse("surveys:thanks")).status_code == 200


def test_an_empty_form_writes_nothing(client):
    application = ApplicationFactory(completed=True)
    client.force_login(application.citizen)

    page = client.post(_en("surveys:application", uuid=application.uuid), {})

    assert page.status_code == 200
    assert "Answer at least one question." in page.content.decode()
    assert SurveyResponse.objects.count() == 0


def test_an_answer_out_of_range_writes_nothing(client):
    application = ApplicationFactory(completed=True)
    client.force_login(application.citizen)

    page = client.post(_en("surveys:application", uuid=application.uuid), {"u1": "5"})

    assert page.status_code == 200
    assert "u1" in page.context["form"].errors
    assert SurveyResponse.objects.count() == 0


def test_an_unfinished_visit_gets_a_message_and_writes_nothing(client):
    application = ApplicationFactory(in_review=True)
    client.force_login(application.citizen)
    url = _en("surveys:application", uuid=application.uuid)

    page = client.get(url)
    sent = client.post(url, ANSWERS)

    assert "once it is finished" in page.content.decode()
    assert sent.status_code == 200
    assert "once it is finished" in sent.content.decode()
    assert SurveyResponse.objects.count() == 0


def test_a_race_lost_in_the_action_shows_already_answered(client, monkeypatch):
    """The page showed the form, but another submission got there first."""
    application = ApplicationFactory(completed=True)
    client.force_login(application.citizen)

    def lost(**kwargs):
        raise actions.AlreadyAnswered

    monkeypatch.setattr(actions, "survey_response_create", lost)

    page = client.post(_en("surveys:application", uuid=application.uuid), ANSWERS)

    assert page.status_code == 200
    assert "already been rated" in page.content.decode()


def test_the_paper_tickets_link_is_single_use(client):
    ticket = done_ticket()
    url = _en("surveys:walk_in", token=actions.walk_in_token(ticket))

    first = client.post(url, ANSWERS)
    second = client.post(url, {"u1": "1"})

    assert first.status_code == 302
    assert second.status_code == 200
    assert "already been rated" in second.content.decode()
    assert SurveyResponse.objects.get().u1 == 4


# ---------------------------------------------------------------- invitations
def test_the_application_page_invites_then_thanks(client):
    application = ApplicationFactory(completed=True)
    client.force_login(application.citizen)
    url = _en("applications:detail", uuid=application.uuid)

    before = client.get(url).content.decode()
    respond(application=application)
    after = client.get(url).content.decode()

    assert "Rate this service" in before
    assert _en("surveys:application", uuid=application.uuid) in before
    assert "Thank you, you have already rated this service." in after
    assert "Rate this service" not in after


def test_an_unfinished_application_page_has_no_invitation(client):
    application = ApplicationFactory(approved=True)
    client.force_login(application.citizen)

    page = client.get(_en("applications:detail", uuid=application.uuid))

    assert 'data-testid="survey-invite"' not in page.content.decode()


def test_a_walk_in_tickets_page_links_to_its_signed_survey(client):
    ticket = done_ticket()

    page = client.get(_en("queueing:ticket", uuid=ticket.uuid)).content.decode()

    assert "Rate this service" in page
    assert "/en/survei/t/" in page


def test_a_holders_ticket_page_links_to_the_signed_in_survey(client):
    from tests.accounts.factories import UserFactory

    ticket = done_ticket(citizen=UserFactory(full_name="Siti Rahmawati"))

    page = client.get(_en("queueing:ticket", uuid=ticket.uuid)).content.decode()

    assert _en("surveys:ticket", uuid=ticket.uuid) in page
    assert "Siti Rahmawati" not in page


def test_a_waiting_tickets_page_has_no_invitation(client):
    (ticket,) = make_floor(counters=1).issue()

    page = client.get(_en("queueing:ticket", uuid=ticket.uuid)).content.decode()

    assert 'data-testid="survey-invite"' not in page


def test_the_printed_ticket_carries_the_signed_survey_link(client):
    (ticket,) = make_floor(counters=1).issue()

    page = client.get(_en("queueing:ticket_print", uuid=ticket.uuid)).content.decode()

    assert "scan to rate the service" in page
    assert "<title>Rate this service</title>" in page
    assert page.count("<svg") == 2


# ---------------------------------------------------------------- the IKM page
def _mall_page(client, mall, **params):
    return client.get(_en("surveys:mall_ikm", slug=mall.slug), params)


def test_the_malls_ikm_page_is_public(client):
    # given
    one = ApplicationFactory(completed=True)
    two = ApplicationFactory(completed=True, service=one.service, mall=one.mall)
    respond(application=one, values=(4,))
    respond(application=two, values=(3,))
    elsewhere = ApplicationFactory(completed=True)
    respond(application=elsewhere, values=(1,))
    FollowUpPlan.objects.create(
        mall=one.mall,
        period_start=dt.date(timezone.localdate().year, 1, 1),
        period_end=dt.date(timezone.localdate().year, 12, 31),
        text="Menambah kursi tunggu.",
    )

    # when
    page = _mall_page(client, one.mall)

    # then
    html = page.content.decode()
    assert page.status_code == 200
    assert one.service.name in html
    assert elsewhere.service.name not in html
    assert "87.50" in html  # (4 + 3) / 2 × 25
    assert "Good" in html
    assert "2 respondents of at least 2 needed (2 visits)" in html
    assert "Menambah kursi tunggu." in html
    province = page.context["province_total"]["row"]
    assert province.respondents == 3
    assert str(province.value) == "66.67"  # (4 + 3 + 1) / 3 × 25


def test_an_element_nobody_answered_is_not_yet_computable(client):
    application = ApplicationFactory(completed=True)
    respond(application=application, values=(4, 4, 4, 4, 4, 4, 4, 4, None))

    html = _mall_page(client, application.mall).content.decode()

    assert "not yet computable" in html
    assert "0.00" not in html


def test_a_new_response_shows_at_once(client):
    """The page is not cached whole (mpp/pagecache.py): a response shows on the
    next visit."""
    application = ApplicationFactory(completed=True)
    before = _mall_page(client, application.mall)
    respond(application=application, values=(4,))

    after = _mall_page(client, application.mall)

    assert "No responses yet in this period." in before.content.decode()
    assert after.get("X-Page-Cache") is None
    assert "100.00" in after.content.decode()


def test_an_unknown_or_inactive_mall_is_404(client):
    application = ApplicationFactory(completed=True)
    application.mall.is_active = False
    application.mall.save(update_fields=["is_active"])

    assert _mall_page(client, application.mall).status_code == 404
    assert client.get("/mpp/tidak-ada/ikm/").status_code == 404


@pytest.mark.parametrize("size", [1, 5])
def test_the_ikm_page_costs_fixed_queries(client, django_assert_num_queries, size):
    first = ApplicationFactory(completed=True)
    for n in range(size):
        application = (
            ApplicationFactory(completed=True, mall=first.mall, service=first.service)
            if n % 2
            else first
            if n == 0
            else ApplicationFactory(completed=True)
        )
        respond(application=application, values=(3,))

    # mall; per service, mall and province: responses, applications, tickets;
    # follow-up plans
    with django_assert_num_queries(11):
        page = _mall_page(client, first.mall)

    assert page.status_code == 200


def test_the_printed_qr_codes_the_signed_link_of_its_ticket(rf):
    from surveys import selectors
    from surveys.templatetags.surveys import walk_in_survey_qr

    (ticket,) = make_floor(counters=1).issue()

    survey = walk_in_survey_qr({"request": rf.get("/")}, ticket)

    assert survey["url"].startswith("http://testserver/survei/t/")
    token = survey["url"].rstrip("/").rsplit("/", 1)[1]
    assert selectors.ticket_for_walk_in(token=token) == ticket
    assert survey["qr"].startswith("<svg")


# ---------------------------------------------------------------- HEAD, numbers
def test_head_is_answered_like_get_on_every_page(client):
    """Issue 6 (tests/mpp/test_head_and_paging.py leaves these to this file)."""
    application = ApplicationFactory(completed=True)
    ticket = done_ticket()
    public = [
        reverse("surveys:walk_in", kwargs={"token": actions.walk_in_token(ticket)}),
        reverse("surveys:thanks"),
        reverse("surveys:mall_ikm", kwargs={"slug": application.mall.slug}),
    ]
    for url in public:
        assert client.head(url).status_code == 200, url
    client.force_login(application.citizen)
    own = reverse("surveys:application", kwargs={"uuid": application.uuid})
    assert client.head(own).status_code == 200


def test_an_absurd_year_falls_back_to_this_year(client):
    application = ApplicationFactory(completed=True)

    page = _mall_page(client, application.mall, tahun="9" * 18)

    assert page.status_code == 200
    assert page.context["year"] == timezone.localdate().year
