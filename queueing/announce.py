"""What the display board says when a ticket is called, in Indonesian.

"Nomor antrean A dua belas, silakan menuju loket tiga": the number read as an
Indonesian cardinal (num2words, never written by hand; DOMAIN.md §7), the prefix
letter by its Indonesian name (so "B" is read "Be", not the English "bee"), the
counter as a cardinal. The browser's speech synthesis reads the text aloud.
"""

from num2words import num2words

#: The Indonesian names of the letters, as they are read aloud.
LETTER_NAMES = {
    "A": "A",
    "B": "Be",
    "C": "Ce",
    "D": "De",
    "E": "E",
    "F": "Ef",
    "G": "Ge",
    "H": "Ha",
    "I": "I",
    "J": "Je",
    "K": "Ka",
    "L": "El",
    "M": "Em",
    "N": "En",
    "O": "O",
    "P": "Pe",
    "Q": "Ki",
    "R": "Er",
    "S": "Es",
    "T": "Te",
    "U": "U",
    "V": "Ve",
    "W": "We",
    "X": "Eks",
    "Y": "Ye",
    "Z": "Zet",
}


def number_words(number: int) -> str:
    """`number` as Indonesian words: 0 → "nol", 12 → "dua belas", 1012 → "seribu dua
    belas"."""
    if number < 0:
        raise ValueError("Ticket and counter numbers are never negative.")
    return num2words(number, lang="id")


def prefix_words(prefix: str) -> str:
    return " ".join(LETTER_NAMES[letter] for letter in prefix.upper())


def announcement(*, prefix: str, number: int, counter: int) -> str:
    """The sentence the board speaks for ticket `prefix`-`number` at `counter`."""
    return (
        f"Nomor antrean {prefix_words(prefix)} {number_words(number)}, "
        f"silakan menuju loket {number_words(counter)}"
    )
