"""The satisfaction questionnaire of PermenPAN-RB 14/2017: nine elements (unsur),
each asked as one question with four answers scored 1 to 4, and the respondent's
data.

The elements are numbered in the regulation's order (its list of unsur); the
appendix's sample questionnaire asks "sarana dan prasarana" before "penanganan
pengaduan", but element 8 is complaints handling and element 9 the facilities
here, as in the list, with each one's own question and answers. Texts are English
msgids with the regulation's Indonesian wording as their translation.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Element:
    number: int
    name: Promise
    question: Promise
    #: The answers scored 1, 2, 3 and 4.
    answers: tuple[Promise, Promise, Promise, Promise]

    @property
    def field(self) -> str:
        return f"u{self.number}"


_SUITABLE = (_("Not suitable"), _("Less suitable"), _("Suitable"), _("Very suitable"))

ELEMENTS: tuple[Element, ...] = (
    Element(
        1,
        _("Requirements"),
        _("How well do the service's requirements match the kind of service provided?"),
        _SUITABLE,
    ),
    Element(
        2,
        _("Systems, mechanisms and procedures"),
        _("How easy is the service procedure at this unit?"),
        (_("Not easy"), _("Less easy"), _("Easy"), _("Very easy")),
    ),
    Element(
        3,
        _("Completion time"),
        _("How quickly was the service delivered?"),
        (_("Not fast"), _("Less fast"), _("Fast"), _("Very fast")),
    ),
    Element(
        4,
        _("Cost/fee"),
        _("How reasonable is the cost or fee of the service?"),
        (_("Very expensive"), _("Quite expensive"), _("Cheap"), _("Free of charge")),
    ),
    Element(
        5,
        _("Product specification by type of service"),
        _(
            "How well does the service's product match what the service standard "
            "states?"
        ),
        _SUITABLE,
    ),
    Element(
        6,
        _("Competence of the staff"),
        _("How competent were the officers who served you?"),
        (
            _("Not competent"),
            _("Less competent"),
            _("Competent"),
            _("Very competent"),
        ),
    ),
    Element(
        7,
        _("Conduct of the staff"),
        _("How polite and friendly were the officers who served you?"),
        (
            _("Not polite and friendly"),
            _("Less polite and friendly"),
            _("Polite and friendly"),
            _("Very polite and friendly"),
        ),
    ),
    Element(
        8,
        _("Handling of complaints, suggestions and feedback"),
        _("How are users' complaints handled?"),
        (
            _("There is none"),
            _("There is one, but it does not work"),
            _("It works, but not fully"),
            _("It is handled well"),
        ),
    ),
    Element(
        9,
        _("Facilities and infrastructure"),
        _("What is the quality of the facilities and infrastructure?"),
        (_("Poor"), _("Adequate"), _("Good"), _("Very good")),
    ),
)
ELEMENT_FIELDS: tuple[str, ...] = tuple(e.field for e in ELEMENTS)


class Sex(models.TextChoices):
    MALE = "m", _("Male")
    FEMALE = "f", _("Female")


class AgeBand(models.TextChoices):
    UNDER_20 = "lt20", _("Under 20")
    FROM_20 = "20_29", _("20–29")
    FROM_30 = "30_39", _("30–39")
    FROM_40 = "40_49", _("40–49")
    FROM_50 = "50_59", _("50–59")
    FROM_60 = "60plus", _("60 or over")


class Education(models.TextChoices):
    # The questionnaire's levels: SD, SMP, SMA, D1–D4, S1, S2, S3.
    PRIMARY = "sd", _("Primary school (SD) or less")
    JUNIOR = "smp", _("Junior high school (SMP)")
    SENIOR = "sma", _("Senior high school (SMA/SMK)")
    DIPLOMA = "diploma", _("Diploma (D1–D4)")
    BACHELOR = "s1", _("Bachelor's degree (S1)")
    MASTER = "s2", _("Master's degree (S2)")
    DOCTORATE = "s3", _("Doctorate (S3)")


class Occupation(models.TextChoices):
    # The questionnaire's list: PNS, TNI, POLRI, swasta, wirausaha, lainnya.
    CIVIL_SERVANT = "pns", _("Civil servant (PNS)")
    MILITARY = "tni", _("Armed forces (TNI)")
    POLICE = "polri", _("Police (POLRI)")
    PRIVATE = "private", _("Private employee")
    SELF_EMPLOYED = "self", _("Self-employed")
    OTHER = "other", _("Other")
