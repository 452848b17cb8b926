import pytest

from django.core.paginator import Paginator

from mpp.pagination import MAX_OFFSET, page_number, window_page
from services.models import Service
from tests.services.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def services():
    for i in range(7):
        ServiceFactory(name=f"Layanan {i}")
    return Service.objects.order_by("name")


def test_a_page_and_its_total_in_one_query(services, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = window_page(services, "2", 3)
        names = [s.name for s in page.object_list]
        assert (page.paginator.count, page.paginator.num_pages) == (7, 3)
    assert names == ["Layanan 3", "Layanan 4", "Layanan 5"]
    assert page.has_previous() is True and page.has_next() is True


# As Paginator.get_page: not a number is the first page, below 1 or past the end
# (however far: an OFFSET past bigint was a 500 on PostgreSQL) is the last.
ASKED = [
    ("x", 1),
    (None, 1),
    ("", 1),
    ("1e9", 1),
    ("2.0", 1),
    (2.5, 1),
    ("9" * 5000, 1),  # beyond int()'s limit: not a number
    (" 2 ", 2),
    (2.0, 2),
    ("٢", 2),  # int() reads any Unicode digit
    ("-4", 3),
    ("0", 3),
    ("99", 3),
    ("999999999999999999", 3),
    (str(2**63), 3),
    ("9" * 40, 3),
    (10**30, 3),
    (-(10**30), 3),
]


@pytest.mark.parametrize(("asked", "number"), ASKED)
def test_bad_or_out_of_range_page_numbers(services, asked, number):
    page = window_page(services, asked, 3)
    assert page.number == number
    assert len(page.object_list) == (1 if number == 3 else 3)
    assert [s.name for s in page.object_list] == [
        s.name for s in Paginator(services, 3).get_page(asked).object_list
    ]


@pytest.mark.parametrize(("asked", "number"), ASKED)
def test_window_page_reads_page_numbers_as_django_does(services, asked, number):
    """Every other list uses Paginator.get_page: both must answer alike."""
    assert Paginator(services, 3).get_page(asked).number == number


def test_page_number():
    assert [page_number(v) for v in ("7", " 7", "x", None, "-2", 3.0)] == [
        7,
        7,
        1,
        1,
        -2,
        3,
    ]


def test_no_offset_past_max_offset_is_sent(services, django_assert_num_queries):
    # the count, then the last page: the out-of-range page is never fetched
    with django_assert_num_queries(2) as captured:
        page = window_page(services, str(MAX_OFFSET), 3)
    assert page.number == 3
    assert all(str(MAX_OFFSET) not in q["sql"] for q in captured.captured_queries)


def test_a_near_page_past_the_end_is_tried_first(services, django_assert_num_queries):
    with django_assert_num_queries(3):  # the empty page, the count, the last page
        assert window_page(services, "4", 3).number == 3


@pytest.mark.parametrize("asked", ["1", "5", "-1", "9" * 30, "x"])
def test_no_results(db, asked):
    page = window_page(Service.objects.order_by("pk"), asked, 3)
    assert (page.paginator.count, list(page.object_list), page.number) == (0, [], 1)
