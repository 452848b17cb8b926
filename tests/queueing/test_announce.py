"""The board's spoken announcement (issue 8): Indonesian cardinals for 0–9999."""

import pytest

from queueing.announce import LETTER_NAMES, announcement, number_words

# Written out independently of num2words, from the rules of Indonesian numerals.
ONES = [
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
]


def _below_thousand(n: int) -> list[str]:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [ONES[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [ONES[rest - 10], "belas"]
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [ONES[tens], "puluh"] + ([ONES[ones]] if ones else [])
    elif rest:
        words.append(ONES[rest])
    return words


def indonesian(n: int) -> str:
    if n == 0:
        return "nol"
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += _below_thousand(thousands) + ["ribu"]
    return " ".join(words + _below_thousand(rest))


def test_every_number_from_0_to_9999_is_read_as_an_indonesian_cardinal():
    wrong = [
        (n, number_words(n)) for n in range(10_000) if number_words(n) != indonesian(n)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("prefix", "number", "counter", "text"),
    [
        ("A", 12, 3, "Nomor antrean A dua belas, silakan menuju loket tiga"),
        ("B", 1, 10, "Nomor antrean Be satu, silakan menuju loket sepuluh"),
        ("C", 100, 11, "Nomor antrean Ce seratus, silakan menuju loket sebelas"),
        (
            "AB",
            1012,
            50,
            "Nomor antrean A Be seribu dua belas, silakan menuju loket lima puluh",
        ),
        (
            "Q",
            9999,
            1,
            "Nomor antrean Ki sembilan ribu sembilan ratus sembilan puluh sembilan, "
            "silakan menuju loket satu",
        ),
    ],
)
def test_the_announcement(prefix, number, counter, text):
    assert announcement(prefix=prefix, number=number, counter=counter) == text


def test_every_letter_has_its_indonesian_name():
    assert set(LETTER_NAMES) == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def test_negative_numbers_are_refused():
    with pytest.raises(ValueError):
        number_words(-1)
