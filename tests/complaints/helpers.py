"""People around one booth, for the complaints' tests."""

from dataclasses import dataclass

from accounts.models import User
from agencies.models import Booth
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    AgencyFactory,
    BoothFactory,
    BoothStaffFactory,
    MallFactory,
    MallManagerFactory,
)


@dataclass
class Desk:
    booth: Booth
    officer: User
    supervisor: User
    manager: User


def make_desk(**booth_kwargs) -> Desk:
    booth = BoothFactory(**booth_kwargs)
    return Desk(
        booth=booth,
        officer=BoothStaffFactory(booth=booth).user,
        supervisor=BoothStaffFactory(booth=booth, supervisor=True).user,
        manager=MallManagerFactory(mall=booth.mall).user,
    )


def other_booth_officer(booth: Booth) -> User:
    return BoothStaffFactory(booth__mall=booth.mall, booth__agency=AgencyFactory()).user


def other_mall_officer(booth: Booth) -> User:
    return BoothStaffFactory(booth__agency=booth.agency, booth__mall=MallFactory()).user


def other_mall_manager() -> User:
    return MallManagerFactory().user


def provincial_admin() -> User:
    return UserFactory(provincial_admin=True)
