import datetime as dt

import factory
from factory.django import DjangoModelFactory

from agencies.constants import AgencyKind, BoothRole, Regency
from agencies.models import Agency, Booth, BoothStaff, Mall, MallManager, OpeningHours
from tests.accounts.factories import UserFactory


class MallFactory(DjangoModelFactory[Mall]):
    class Meta:
        model = Mall
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"MPP Uji {n}")
    slug = factory.Sequence(lambda n: f"mpp-uji-{n}")
    # Three capitals from the sequence number: AAA, AAB, ...
    code = factory.Sequence(
        lambda n: "".join(chr(65 + (n // 26**i) % 26) for i in (2, 1, 0))
    )
    regency = Regency.BATAM
    address = "Jl. Engku Putri No. 1, Batam Centre"

    @factory.post_generation
    def weekday_hours(self, create, extracted, **kwargs):
        """Open 07:30–16:00 Monday to Friday unless `weekday_hours=False`."""
        if not create or extracted is False:
            return
        OpeningHours.objects.bulk_create(
            OpeningHours(
                mall=self, weekday=d, opens_at=dt.time(7, 30), closes_at=dt.time(16)
            )
            for d in range(1, 6)
        )


class AgencyFactory(DjangoModelFactory[Agency]):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Dinas Uji {n}")
    short_name = factory.Sequence(lambda n: f"DU{n}")
    slug = factory.Sequence(lambda n: f"dinas-uji-{n}")
    kind = AgencyKind.REGENCY


class BoothFactory(DjangoModelFactory[Booth]):
    class Meta:
        model = Booth

    mall = factory.SubFactory(MallFactory)
    agency = factory.SubFactory(AgencyFactory)
    zone = "Lantai 1"


class BoothStaffFactory(DjangoModelFactory[BoothStaff]):
    class Meta:
        model = BoothStaff

    user = factory.SubFactory(UserFactory)
    booth = factory.SubFactory(BoothFactory)
    role = BoothRole.OFFICER

    class Params:
        # A supervisor works in the admin, so the account needs staff status.
        supervisor = factory.Trait(
            role=BoothRole.SUPERVISOR,
            user=factory.SubFactory(UserFactory, is_staff=True),
        )


class MallManagerFactory(DjangoModelFactory[MallManager]):
    class Meta:
        model = MallManager

    user = factory.SubFactory(UserFactory, is_staff=True)
    mall = factory.SubFactory(MallFactory)
