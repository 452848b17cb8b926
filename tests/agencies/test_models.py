import datetime as dt

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from agencies.models import Booth, Mall, OpeningHours
from queueing.models import Counter
from services.models import Service
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def _violates(callable_) -> bool:
    try:
        with transaction.atomic():
            callable_()
    except IntegrityError:
        return True
    return False


def test_mall_code_must_be_three_capitals_in_the_database():
    mall = MallFactory.build(code="bt1")
    assert _violates(lambda: Mall.objects.bulk_create([mall])) is True


def test_mall_code_is_unique():
    MallFactory(code="BTM")
    assert _violates(lambda: MallFactory(code="BTM")) is True


def test_opening_hours_close_after_opening_and_once_per_weekday():
    mall = MallFactory(weekday_hours=False)
    reversed_hours = OpeningHours(
        mall=mall, weekday=1, opens_at=dt.time(16), closes_at=dt.time(8)
    )
    with pytest.raises(ValidationError, match="Jam tutup harus setelah jam buka"):
        reversed_hours.full_clean()
    assert _violates(lambda: reversed_hours.save()) is True
    OpeningHours.objects.create(
        mall=mall, weekday=1, opens_at=dt.time(8), closes_at=dt.time(16)
    )
    assert (
        _violates(
            lambda: OpeningHours.objects.create(
                mall=mall, weekday=1, opens_at=dt.time(9), closes_at=dt.time(15)
            )
        )
        is True
    )


def test_one_booth_per_agency_and_mall():
    booth = BoothFactory()
    assert (
        _violates(lambda: Booth.objects.create(mall=booth.mall, agency=booth.agency))
        is True
    )


def test_booth_agreement_cannot_end_before_it_starts():
    booth = BoothFactory.build(
        mall=MallFactory(),
        agency=AgencyFactory(),
        agreement_valid_from=dt.date(2026, 1, 1),
        agreement_valid_until=dt.date(2025, 1, 1),
    )
    assert _violates(lambda: booth.save()) is True


def test_counter_numbers_are_unique_per_booth_and_positive():
    booth = BoothFactory()
    Counter.objects.create(booth=booth, number=1)
    assert _violates(lambda: Counter.objects.create(booth=booth, number=1)) is True
    assert _violates(lambda: Counter.objects.create(booth=booth, number=0)) is True
    assert str(Counter(booth=booth, number=3)) == "Loket 3"


def test_service_code_unique_per_agency_but_reusable_elsewhere():
    service = ServiceFactory(code="KTP")
    ServiceFactory(code="KTP")  # another agency
    assert _violates(lambda: ServiceFactory(agency=service.agency, code="KTP")) is True


def test_service_fee_and_time_limit_constraints():
    service = ServiceFactory()
    assert (
        _violates(
            lambda: Service.objects.filter(pk=service.pk).update(time_limit_value=0)
        )
        is True
    )
    assert (
        _violates(
            lambda: Service.objects.filter(pk=service.pk).update(
                time_limit_unit="weeks"
            )
        )
        is True
    )
    assert (
        _violates(lambda: Service.objects.filter(pk=service.pk).update(channel="fax"))
        is True
    )
