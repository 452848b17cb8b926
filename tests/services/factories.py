import factory
from factory.django import DjangoModelFactory

from services import actions
from services.constants import Channel, TimeUnit
from services.models import ProcedureStep, Requirement, Service
from tests.agencies.factories import AgencyFactory


class ServiceFactory(DjangoModelFactory[Service]):
    class Meta:
        model = Service
        skip_postgeneration_save = True

    agency = factory.SubFactory(AgencyFactory)
    code = factory.Sequence(lambda n: f"SVC-{n}")
    slug = factory.Sequence(lambda n: f"layanan-uji-{n}")
    name = factory.Sequence(lambda n: f"Layanan Uji {n}")
    description = "Layanan untuk pengujian."
    time_limit_value = 3
    time_limit_unit = TimeUnit.WORKING_DAYS
    fee = 0
    output_product = "Surat keterangan"
    complaint_channel = "SP4N-LAPOR!"
    channel = Channel.BOTH

    @factory.post_generation
    def search_text(self, create, extracted, **kwargs):
        # The admin and seed refresh the search text after a save; so do we.
        if create:
            actions.service_refresh_search_text(service_ids=[self.pk])

    @factory.post_generation
    def booths(self, create, extracted, **kwargs):
        if create and extracted:
            self.booths.set(extracted)

    @factory.post_generation
    def with_standard(self, create, extracted, **kwargs):
        """`with_standard=True`: three requirements and two steps."""
        if create and extracted:
            for position, name in enumerate(
                ["KTP-el asli", "Kartu Keluarga", "Pas foto"], 1
            ):
                RequirementFactory(service=self, position=position, name=name)
            for position in (1, 2):
                ProcedureStep.objects.create(
                    service=self, position=position, description=f"Langkah {position}"
                )


class RequirementFactory(DjangoModelFactory[Requirement]):
    class Meta:
        model = Requirement

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        requirement = super()._create(model_class, *args, **kwargs)
        actions.service_refresh_search_text(service_ids=[requirement.service_id])
        return requirement

    service = factory.SubFactory(ServiceFactory)
    name = factory.Sequence(lambda n: f"Dokumen {n}")
    needs_upload = True
    is_mandatory = True
