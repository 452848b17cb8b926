import pytest

from mpp.pagination import window_page
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


@pytest.mark.parametrize(
    ("asked", "number"), [("x", 1), (None, 1), ("-4", 1), ("99", 3)]
)
def test_bad_or_out_of_range_page_numbers(services, asked, number):
    page = window_page(services, asked, 3)
    assert page.number == number
    assert len(page.object_list) == (1 if number == 3 else 3)


def test_no_results(db):
    page = window_page(Service.objects.order_by("pk"), "1", 3)
    assert (page.paginator.count, list(page.object_list), page.number) == (0, [], 1)
