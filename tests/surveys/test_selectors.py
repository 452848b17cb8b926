"""The IKM report: per service, booth, agency, mall and province, for a period, in
a fixed number of queries, and equal to an independent exact computation."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.utils import timezone

from agencies.models import Booth
from surveys import selectors
from surveys.models import SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS
from tests.agencies.factories import MallFactory
from tests.applications.factories import ApplicationFactory, OnlineServiceFactory
from tests.surveys.factories import done_ticket, respond

pytestmark = pytest.mark.django_db

THIS_YEAR = selectors.Period.year(timezone.localdate().year)


def _independent_ikm(rows: list[list[int | None]]) -> Decimal | None:
    """Written apart from surveys.ikm: per element the mean of the given answers,
    their total over nine as an exact fraction times 25, then Decimal's own
    half-up rounding at high precision."""
    total = Fraction(0)
    for column in zip(*rows, strict=True):
        given_answers = [a for a in column if a is not None]
        if not given_answers:
            return None
        total += Fraction(sum(given_answers), len(given_answers))
    exact = total * 25 / 9
    with localcontext() as context:
        context.prec = 60
        quotient = Decimal(exact.numerator) / Decimal(exact.denominator)
        return quotient.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
def visits():
    """Twelve completed applications for one service at one mall."""
    first = ApplicationFactory(completed=True)
    return [first] + [
        ApplicationFactory(completed=True, service=first.service, mall=first.mall)
        for _ in range(11)
    ]


_ANSWER = st.one_of(st.none(), st.integers(min_value=1, max_value=4))
_RESPONSES = st.lists(
    st.lists(_ANSWER, min_size=9, max_size=9), min_size=1, max_size=12
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(rows=_RESPONSES)
def test_the_reports_index_equals_an_independent_exact_computation(visits, rows):
    # given
    SurveyResponse.objects.all().delete()
    for application, row in zip(visits, rows, strict=False):
        first = visits[0]
        SurveyResponse.objects.create(
            application=application,
            mall_id=first.mall_id,
            booth_id=_booth_id(first),
            agency_id=first.service.agency_id,
            service_id=first.service_id,
            visit_finished_at=application.closed_at,
            **dict(zip(ELEMENT_FIELDS, row, strict=True)),
        )

    # when
    (service_row,) = selectors.ikm_report(level="service", period=THIS_YEAR)
    (province_row,) = selectors.ikm_report(level="province", period=THIS_YEAR)

    # then
    expected = _independent_ikm(rows)
    assert service_row.value == expected
    assert province_row.value == expected
    assert service_row.respondents == len(rows)
    assert service_row.sample.population == len(visits)


def _booth_id(application) -> int:
    return Booth.objects.get(
        mall_id=application.mall_id, agency_id=application.service.agency_id
    ).pk


def _two_malls():
    """Mall A: two services (one via applications, one via a ticket); mall B: one
    application. Returns the visits and responses' layout."""
    one = ApplicationFactory(completed=True)
    two = ApplicationFactory(completed=True, service=one.service, mall=one.mall)
    respond(application=one, values=(4,))
    respond(application=two, values=(3, 3, 3, 3, 3, 3, 3, 3, None))
    ticket = done_ticket()
    respond(ticket=ticket, values=(2,))
    other = ApplicationFactory(completed=True)
    respond(application=other, values=(1,))
    ApplicationFactory(completed=True, service=one.service, mall=one.mall)  # no answer
    return one, ticket, other


def test_each_level_groups_its_own_responses():
    one, ticket, other = _two_malls()

    by_service = {
        r.key: r for r in selectors.ikm_report(level="service", period=THIS_YEAR)
    }
    by_mall = {r.key: r for r in selectors.ikm_report(level="mall", period=THIS_YEAR)}
    by_agency = {
        r.key: r for r in selectors.ikm_report(level="agency", period=THIS_YEAR)
    }
    by_booth = {r.key: r for r in selectors.ikm_report(level="booth", period=THIS_YEAR)}
    (province,) = selectors.ikm_report(level="province", period=THIS_YEAR)

    service = by_service[one.service_id]
    assert service.respondents == 2
    assert service.scores[8].answered == 1  # the second skipped element 9
    # NRRs 3.5 × 8 and 4: (28 + 4) / 9 × 25 = 88.888… → 88.89
    assert service.value == Decimal("88.89")
    assert service.grade.letter == "A"
    assert service.sample.population == 3  # three completed, two answered
    assert service.sample.minimum == 3
    assert service.sample.is_enough is False
    assert by_service[ticket.service_id].value == Decimal("50.00")
    assert by_mall[other.mall_id].value == Decimal("25.00")
    assert by_agency[one.service.agency_id].respondents == 2
    assert by_booth[ticket.booth_id].sample.population == 1
    assert province.respondents == 4
    assert province.sample.population == 5


def test_a_mall_filter_and_a_period_filter():
    one, _ticket, other = _two_malls()
    last_year = selectors.Period.year(timezone.localdate().year - 1)

    within = selectors.ikm_report(
        level="service", period=THIS_YEAR, mall_ids=[other.mall_id]
    )

    assert [r.key for r in within] == [other.service_id]
    assert selectors.ikm_report(level="province", period=last_year) == []


def test_a_response_counts_in_the_period_its_visit_finished():
    # given: a visit finished on 31 December late in the evening, local time
    application = ApplicationFactory(completed=True)
    zone = timezone.get_current_timezone()
    application.closed_at = dt.datetime(2025, 12, 31, 23, 30, tzinfo=zone)
    application.save(update_fields=["closed_at"])
    respond(application=application, values=(4,))

    # when
    in_2025 = selectors.ikm_report(level="mall", period=selectors.Period.year(2025))
    in_2026 = selectors.ikm_report(level="mall", period=selectors.Period.year(2026))

    # then
    assert [r.respondents for r in in_2025] == [1]
    assert in_2026 == []


@pytest.mark.parametrize("level", list(selectors.LEVELS))
@pytest.mark.parametrize("size", [1, 4])
def test_the_report_costs_fixed_queries(django_assert_num_queries, level, size):
    for _ in range(size):
        application = ApplicationFactory(
            completed=True, service=OnlineServiceFactory(at_mall=MallFactory())
        )
        respond(application=application, values=(3,))
    done_ticket()

    expected = 4 if level == "booth" else 3
    with django_assert_num_queries(expected):
        rows = selectors.ikm_report(level=level, period=THIS_YEAR)

    assert sum(r.respondents for r in rows) == size
