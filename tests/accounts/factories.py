import factory
from factory.django import DjangoModelFactory

from accounts.models import User

PASSWORD = "correct-horse-battery"


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.id")
    full_name = factory.Faker("name", locale="id_ID")
    phone = "081200000000"
    password = factory.django.Password(PASSWORD)

    class Params:
        provincial_admin = factory.Trait(is_staff=True, is_provincial_admin=True)
