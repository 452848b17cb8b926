"""The Indeks Kepuasan Masyarakat of PermenPAN-RB 14/2017, exactly.

* NRR of an element = sum of its answers ÷ the respondents who answered it (an
  unanswered element leaves that respondent out of its denominator);
* IKM = the mean of the nine NRRs (weight 1/9 each) × 25, from 25 to 100;
* computed with `fractions.Fraction` and rounded half up to two decimals only at
  the end: rounding the weight to 0.111 gives visibly wrong figures;
* the grade (mutu) comes from the rounded figure, whose two-decimal ranges are
  contiguous: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99;
* an element nobody answered makes the IKM undefined (None), never 0.

Minimum sample: Krejcie & Morgan (1970), the table of the regulation's appendix,
s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05,
rounded up.

Pure functions: no database, no Django.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

ELEMENT_COUNT = 9
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class ElementScore:
    """One element's answers over a set of responses."""

    total: int  # sum of the answers (1–4 each)
    answered: int  # respondents who answered this element

    @property
    def nrr(self) -> Fraction | None:
        return Fraction(self.total, self.answered) if self.answered else None


@dataclass(frozen=True)
class Grade:
    letter: str
    #: The regulation's name of the grade, in Indonesian (the translation is the
    #: caller's: surveys.models.GRADE_NAMES).
    name: str


GRADE_A = Grade("A", "Sangat Baik")
GRADE_B = Grade("B", "Baik")
GRADE_C = Grade("C", "Kurang Baik")
GRADE_D = Grade("D", "Tidak Baik")
#: (lowest rounded IKM of the grade, grade), best first.
GRADES: tuple[tuple[Decimal, Grade], ...] = (
    (Decimal("88.31"), GRADE_A),
    (Decimal("76.61"), GRADE_B),
    (Decimal("65.00"), GRADE_C),
    (Decimal("25.00"), GRADE_D),
)


def ikm_exact(scores: Sequence[ElementScore]) -> Fraction | None:
    """The exact IKM (converted, 25–100) of nine element scores, or None when an
    element has no answer."""
    if len(scores) != ELEMENT_COUNT:
        raise ValueError(f"{ELEMENT_COUNT} element scores expected, got {len(scores)}")
    nrrs = [score.nrr for score in scores]
    if any(nrr is None for nrr in nrrs):
        return None
    return sum(nrrs, Fraction(0)) / ELEMENT_COUNT * 25


def round_half_up(value: Fraction) -> Decimal:
    """`value` to two decimals, a tie going up (exact: integer arithmetic, no
    binary floating point and no intermediate rounding)."""
    cents = math.floor(value * 100 + Fraction(1, 2))
    return (Decimal(cents) / 100).quantize(_CENT, rounding=ROUND_HALF_UP)


def ikm(scores: Sequence[ElementScore]) -> Decimal | None:
    """The IKM to publish: exact, then rounded half up to two decimals."""
    exact = ikm_exact(scores)
    return None if exact is None else round_half_up(exact)


def grade(value: Decimal | None) -> Grade | None:
    """The grade of a published (rounded) IKM."""
    if value is None:
        return None
    value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    for lowest, found in GRADES:
        if value >= lowest:
            return found
    raise ValueError(f"An IKM is at least 25.00, got {value}")


def scores_from_answers(answers: Sequence[Sequence[int | None]]) -> list[ElementScore]:
    """Element scores of responses given as nine answers each (None: unanswered)."""
    scores = []
    for index in range(ELEMENT_COUNT):
        given = [row[index] for row in answers if row[index] is not None]
        scores.append(ElementScore(total=sum(given), answered=len(given)))
    return scores


# ---------------------------------------------------------------- sample size
_CHI_SQUARE = Fraction(3841, 1000)  # χ² for one degree of freedom at 95 %
_P = Fraction(1, 2)
_D = Fraction(5, 100)


def minimum_sample(population: int) -> int:
    """Krejcie & Morgan's minimum sample for a population of `population`
    (100 → 80, 1,000 → 278, 10,000 → 370, a million → 384)."""
    if population < 0:
        raise ValueError("A population is not negative.")
    if population == 0:
        return 0
    spread = _CHI_SQUARE * _P * (1 - _P)
    size = spread * population / (_D**2 * (population - 1) + spread)
    return math.ceil(size)


@dataclass(frozen=True)
class SampleAdequacy:
    population: int  # finished visits in the period
    respondents: int
    minimum: int

    @property
    def is_enough(self) -> bool:
        return self.respondents >= self.minimum

    @property
    def missing(self) -> int:
        return max(self.minimum - self.respondents, 0)


def sample_adequacy(*, population: int, respondents: int) -> SampleAdequacy:
    return SampleAdequacy(
        population=population,
        respondents=respondents,
        minimum=minimum_sample(population),
    )
