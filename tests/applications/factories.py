"""Factories for online applications.

`ApplicationFactory()` is a draft by a citizen with a NIK, for an online service
offered at one mall with two mandatory documents and one required extra field.
Lifecycle states are traits: `ApplicationFactory(submitted=True)`, `in_review`,
`changes_requested`, `approved`, `rejected`, `completed`, `cancelled`; `complete`
is a draft ready to submit (answers and documents in place).

The rows are written directly, so they hold what the actions would have written
except the history: a factory-made application has no StatusChange rows.
"""

import datetime as dt
import uuid

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from accounts.models import User
from agencies import calendar
from agencies.constants import BoothRole
from agencies.models import Booth
from applications.models import (
    Application,
    ApplicationDocument,
    ApplicationStatus,
    ReviewStatus,
)
from applications.tracking import tracking_number_new
from services.constants import Channel, FieldKind
from services.models import ServiceField
from tests.accounts.factories import UserFactory
from tests.agencies.factories import BoothFactory, BoothStaffFactory, MallFactory
from tests.applications import badfiles
from tests.services.factories import RequirementFactory, ServiceFactory

S = ApplicationStatus

#: The documents and the extra field of `OnlineServiceFactory`, in form order.
DOCUMENT_NAMES = ("KTP-el", "Surat pengantar RT/RW")
FIELD_LABEL = "Tujuan permohonan"


def _nik(n: int) -> str:
    """A plausible, unique Batam NIK: born on day 1-28 of August 1985, serial
    0001-9999 (never 0000). Hand-written NIKs in other tests use other birth dates
    (e.g. 2171010101900001), so a factory citizen never collides with them."""
    day, serial = divmod(n % (28 * 9999), 9999)
    return f"217101{day + 1:02d}0885{serial + 1:04d}"


class CitizenFactory(UserFactory):
    """A citizen who may apply online: an account with a NIK."""

    nik = factory.Sequence(_nik)
    birth_date = factory.LazyAttribute(lambda o: dt.date(1985, 8, int(o.nik[6:8])))


class OnlineServiceFactory(ServiceFactory):
    """An online service (3 working days) offered at one mall, with two mandatory
    documents and one required text field.

    - `at_mall=mall` puts its booth in that mall (default: a new mall); the booth
      belongs to the service's agency, as the admin requires.
    - `documents=0` or `extra_fields=0` leave the service without them.
    """

    channel = Channel.ONLINE

    @factory.post_generation
    def at_mall(self, create, extracted, **kwargs):
        if not create:
            return
        booth = BoothFactory(mall=extracted or MallFactory(), agency=self.agency)
        self.booths.add(booth)

    @factory.post_generation
    def documents(self, create, extracted, **kwargs):
        if not create:
            return
        count = len(DOCUMENT_NAMES) if extracted is None else extracted
        for position, name in enumerate(DOCUMENT_NAMES[:count], 1):
            RequirementFactory(service=self, position=position, name=name)

    @factory.post_generation
    def extra_fields(self, create, extracted, **kwargs):
        if create and extracted != 0:
            ServiceField.objects.create(
                service=self, position=1, label=FIELD_LABEL, kind=FieldKind.TEXT
            )


def answers_for(service) -> dict[str, str]:
    """An answer to every extra field of `service`, keyed as the form stores it."""
    return {field.key: "Perpanjangan izin usaha" for field in service.fields.all()}


def _due_date(o) -> dt.date:
    return calendar.add_working_days(
        timezone.localdate(), o.service.time_limit_value, mall=o.mall
    )


class ApplicationFactory(DjangoModelFactory[Application]):
    class Meta:
        model = Application
        skip_postgeneration_save = True

    citizen = factory.SubFactory(CitizenFactory)
    service = factory.SubFactory(OnlineServiceFactory)
    # The mall of the service's booth, not a new one: application_start refuses a
    # mall that does not offer the service, so the factory builds only applications
    # the actions could have made. Pass `mall=` with `service=` to choose another
    # booth of the same service.
    mall = factory.LazyAttribute(
        lambda o: (
            Booth.objects.select_related("mall")
            .filter(services=o.service)
            .order_by("pk")
            .first()
            .mall
        )
    )
    start_key = factory.LazyFunction(uuid.uuid4)

    class Params:
        # Ready to submit: every extra field answered, every document uploaded
        # (a trait cannot set a post-generation hook's value, only its kwargs).
        complete = factory.Trait(
            field_values=factory.LazyAttribute(lambda o: answers_for(o.service)),
            with_documents__upload=True,
        )
        # Sent: number, times and due date as application_submit sets them.
        submitted = factory.Trait(
            complete=True,
            status=S.SUBMITTED,
            tracking_number=factory.LazyAttribute(
                lambda o: tracking_number_new(mall_code=o.mall.code)
            ),
            submitted_at=factory.LazyFunction(timezone.now),
            due_date=factory.LazyAttribute(_due_date),
        )
        in_review = factory.Trait(submitted=True, status=S.IN_REVIEW)
        changes_requested = factory.Trait(
            submitted=True,
            status=S.CHANGES_REQUESTED,
            paused_on=factory.LazyFunction(timezone.localdate),
        )
        approved = factory.Trait(
            submitted=True,
            status=S.APPROVED,
            decided_at=factory.LazyFunction(timezone.now),
        )
        rejected = factory.Trait(
            submitted=True,
            status=S.REJECTED,
            decided_at=factory.LazyFunction(timezone.now),
            closed_at=factory.LazyFunction(timezone.now),
        )
        ready_for_pickup = factory.Trait(approved=True, status=S.READY_FOR_PICKUP)
        completed = factory.Trait(
            approved=True,
            status=S.COMPLETED,
            closed_at=factory.LazyFunction(timezone.now),
        )
        # Cancelled as a draft: never sent, so no number.
        cancelled = factory.Trait(
            status=S.CANCELLED, closed_at=factory.LazyFunction(timezone.now)
        )

    @factory.post_generation
    def with_documents(self, create, extracted, **kwargs):
        """Upload a PDF for every document requirement: with `complete` and every
        state after it, or `with_documents=True`; never with `with_documents=False`.
        """
        if not create or extracted is False:
            return
        if extracted or kwargs.get("upload"):
            for requirement in self.service.requirements.filter(needs_upload=True):
                ApplicationDocumentFactory(application=self, requirement=requirement)


class ApplicationDocumentFactory(DjangoModelFactory[ApplicationDocument]):
    """An uploaded one-page PDF for the first document requirement of the
    application's service that has no document yet."""

    class Meta:
        model = ApplicationDocument
        skip_postgeneration_save = True

    application = factory.SubFactory(ApplicationFactory)
    requirement = factory.LazyAttribute(
        lambda o: (
            o.application.service.requirements.filter(needs_upload=True)
            .exclude(pk__in=o.application.documents.values("requirement_id"))
            .order_by("position", "pk")
            .first()
        )
    )
    # Stored through the model's upload_to: a random name under documents/.
    file = factory.LazyFunction(badfiles.good_pdf)
    content_type = badfiles.PDF
    size = factory.LazyAttribute(lambda o: o.file.size)

    class Params:
        accepted = factory.Trait(review_status=ReviewStatus.ACCEPTED)
        needs_fix = factory.Trait(
            review_status=ReviewStatus.NEEDS_FIX,
            review_note="Foto buram, tolong pindai ulang.",
        )


def officer_for(application: Application, *, role: str = BoothRole.OFFICER) -> User:
    """A new staff member at the booth of the service's agency in the application's
    mall: the one person-shape agencies.permissions lets act on it."""
    booth, _created = Booth.objects.get_or_create(
        mall=application.mall, agency=application.service.agency
    )
    if role == BoothRole.SUPERVISOR:
        return BoothStaffFactory(booth=booth, supervisor=True).user
    return BoothStaffFactory(booth=booth, role=role).user
