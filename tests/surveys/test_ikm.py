"""surveys.ikm: the IKM of PermenPAN-RB 14/2017, exact and rounded half up only at
the end, its grades on the rounded figure, and Krejcie & Morgan's minimum sample."""

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import pytest

from surveys import ikm
from surveys.ikm import ElementScore


def _scores(integers, *fractional) -> list[ElementScore]:
    """Seven elements answered once with the given integer scores, and elements
    given as (sum, respondents)."""
    return [ElementScore(total=n, answered=1) for n in integers] + [
        ElementScore(total=total, answered=answered) for total, answered in fractional
    ]


@pytest.mark.parametrize(
    ("answer", "expected", "letter"),
    [(4, "100.00", "A"), (1, "25.00", "D"), (3, "75.00", "C"), (2, "50.00", "D")],
)
def test_everyone_giving_the_same_answer(answer, expected, letter):
    scores = ikm.scores_from_answers([[answer] * 9] * 5)

    value = ikm.ikm(scores)

    assert value == Decimal(expected)
    assert str(value) == expected
    assert ikm.grade(value).letter == letter


@pytest.mark.parametrize(
    ("value", "letter", "name"),
    [
        ("100.00", "A", "Sangat Baik"),
        ("88.31", "A", "Sangat Baik"),
        ("88.30", "B", "Baik"),
        ("76.61", "B", "Baik"),
        ("76.60", "C", "Kurang Baik"),
        ("65.00", "C", "Kurang Baik"),
        ("64.99", "D", "Tidak Baik"),
        ("25.00", "D", "Tidak Baik"),
    ],
)
def test_each_grade_boundary(value, letter, name):
    grade = ikm.grade(Decimal(value))

    assert (grade.letter, grade.name) == (letter, name)


def test_no_grade_below_the_scale_nor_for_an_undefined_index():
    assert ikm.grade(None) is None
    with pytest.raises(ValueError, match="at least 25.00"):
        ikm.grade(Decimal("24.99"))


def test_an_exact_tie_rounds_half_up_onto_grade_a():
    """88.305 exactly (NRRs 4,4,4,4,3,3,3, 58/16 and 1978/625): 88.31, grade A;
    banker's rounding, Decimal's default, would publish 88.30, grade B."""
    scores = _scores([4, 4, 4, 4, 3, 3, 3], (58, 16), (1978, 625))

    exact = ikm.ikm_exact(scores)
    value = ikm.ikm(scores)

    assert exact == Fraction(88305, 1000)
    assert value == Decimal("88.31")
    assert ikm.grade(value).letter == "A"
    half_even = Decimal("88.305").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    assert half_even == Decimal("88.30")


def test_a_tie_that_pythons_round_gets_wrong():
    """88.315 exactly: the float is a hair below the tie, so round() gives 88.31."""
    scores = _scores([4, 4, 4, 3, 3, 3, 3], (62, 16), (2449, 625))

    exact = ikm.ikm_exact(scores)

    assert exact == Fraction(88315, 1000)
    assert round(float(exact), 2) == 88.31
    assert ikm.ikm(scores) == Decimal("88.32")


@pytest.mark.parametrize(
    ("integers", "fractional", "exact", "published", "letter"),
    [
        # Exactly 76.605 is in C's range unrounded; published 76.61, it is B.
        ([3] * 7, [(50, 16), (2158, 625)], Fraction(76605, 1000), "76.61", "B"),
        # Exactly 64.995: published 65.00, grade C, not D.
        (
            [3, 3, 3, 3, 3, 2, 2],
            [(30, 16), (1577, 625)],
            Fraction(64995, 1000),
            "65.00",
            "C",
        ),
    ],
)
def test_a_value_that_rounds_onto_a_boundary(
    integers, fractional, exact, published, letter
):
    scores = _scores(integers, *fractional)

    assert ikm.ikm_exact(scores) == exact
    assert ikm.ikm(scores) == Decimal(published)
    assert ikm.grade(ikm.ikm(scores)).letter == letter


def test_a_missing_answer_leaves_the_denominator():
    """Two respondents; the second skips element 1: its NRR is 4 / 1, not 4 / 2."""
    answers = [[4] * 9, [None] + [2] * 8]

    scores = ikm.scores_from_answers(answers)

    assert scores[0] == ElementScore(total=4, answered=1)
    assert scores[0].nrr == 4
    assert scores[1].nrr == 3
    # (4 + 8 × 3) / 9 × 25 = 77.777… → 77.78
    assert ikm.ikm_exact(scores) == Fraction(700, 9)
    assert ikm.ikm(scores) == Decimal("77.78")


def test_an_element_nobody_answered_leaves_the_index_undefined():
    answers = [[4, 4, 4, 4, None, 4, 4, 4, 4], [1, 1, 1, 1, None, 1, 1, 1, 1]]

    scores = ikm.scores_from_answers(answers)

    assert scores[4] == ElementScore(total=0, answered=0)
    assert scores[4].nrr is None
    assert ikm.ikm_exact(scores) is None
    assert ikm.ikm(scores) is None
    assert ikm.grade(ikm.ikm(scores)) is None


def test_the_exact_mean_not_a_rounded_weight():
    """DOMAIN.md §4: a weight rounded to 0.111 understates the index."""
    scores = _scores([4, 4, 4, 4, 4, 3, 3], (7, 2), (10, 3))
    nrr_sum = sum((s.nrr for s in scores), Fraction(0))

    rounded_weight = float(nrr_sum) * 0.111 * 25

    assert nrr_sum == Fraction(197, 6)
    assert ikm.ikm(scores) == Decimal("91.20")  # 197 / 6 / 9 × 25 = 91.2037…
    assert round(rounded_weight, 2) == 91.11


def test_nine_scores_are_required():
    with pytest.raises(ValueError, match="9 element scores"):
        ikm.ikm_exact([ElementScore(4, 1)] * 8)


@pytest.mark.parametrize(
    ("population", "sample"),
    [
        (0, 0),
        (1, 1),
        (10, 10),
        (100, 80),
        (200, 132),
        (1_000, 278),
        (5_000, 357),
        (10_000, 370),
        (100_000, 383),
        (1_000_000, 384),
    ],
)
def test_krejcie_morgan_minimum_sample(population, sample):
    assert ikm.minimum_sample(population) == sample


def test_sample_adequacy():
    short = ikm.sample_adequacy(population=100, respondents=79)
    enough = ikm.sample_adequacy(population=100, respondents=80)

    assert (short.minimum, short.is_enough, short.missing) == (80, False, 1)
    assert (enough.minimum, enough.is_enough, enough.missing) == (80, True, 0)
