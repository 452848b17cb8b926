import uuid

import factory
from factory.django import DjangoModelFactory

from complaints.models import Complaint
from tests.agencies.factories import BoothFactory


class ComplaintFactory(DjangoModelFactory[Complaint]):
    """A received complaint; mall follows the booth so the routing is consistent."""

    class Meta:
        model = Complaint
        skip_postgeneration_save = True

    tracking_number = factory.Sequence(lambda n: f"ADU-{n:04d}-TEST"[:13])
    submit_key = factory.LazyFunction(uuid.uuid4)
    booth = factory.SubFactory(BoothFactory)
    mall = factory.LazyAttribute(lambda o: o.booth.mall)
    text = "Petugas tidak ada di loket selama satu jam."
