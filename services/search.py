"""What a catalogue search means: words, synonyms, places and corrections (#9).

Pure functions, no database: services/selectors.py runs the queries and
services/actions.py stores the text they match.

How text is compared, alike on PostgreSQL and SQLite:

* Text is a row of lower-case words. Punctuation separates words ("KTP-el" is
  "ktp el"), apostrophes vanish ("driver's" is "drivers"). The stored search
  columns hold the words between single spaces, with a space at each end and " | "
  between fields, so `LIKE '% ktp %'` is "the word ktp" and `LIKE '% ktp%'` "a word
  starting with ktp" on both databases, and PostgreSQL's trigram index serves both.
* A term of three letters or fewer matches only at the start of a word. Such
  terms are mostly abbreviations (KTP, KK, SIM, NIB, KIA, SIP): inside a longer
  word they are an accident ("ktp" in "FKTP", the clinic a BPJS member is
  registered at), and a citizen who types "KTP" does not expect that service. A
  start of a word still matches so that results appear while typing ("pas" →
  paspor, pas foto).
* A longer term matches anywhere in a word, ranked after whole words and starts
  of words: Indonesian wraps roots in affixes (daftar → pendaftaran, lahir →
  kelahiran, nikah → pernikahan, izin → perizinan), and a citizen searching for
  the root expects those services.
"""

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from agencies.constants import Regency

#: Longest query read; the form allows 100 characters, the selector is defensive.
MAX_QUERY_CHARS = 200
#: Most parts (words or synonym phrases) of a query that are matched.
MAX_SLOTS = 8
#: Terms up to this length match only at the start of a word (see above).
SHORT_TERM = 3
#: Longest synonym phrase looked up, in words.
MAX_PHRASE_WORDS = 4
#: Most words of one query that a correction may replace.
MAX_CORRECTED = 3
#: How alike a typo and a catalogue word must be (difflib ratio).
CLOSE_WORD_CUTOFF = 0.75

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"['’`´]")
# An admin's expansion lists alternatives: "nib, izin usaha" or "nikah/perkawinan".
_ALTERNATIVES = re.compile(r"[,;/|]")

#: Words people add around what they look for ("cara membuat paspor", "how to get a
#: passport"). They are dropped unless the query has nothing else.
STOPWORDS = frozenset(
    """
    cara bagaimana gimana mau ingin saya aku kami kita bikin buat membuat pembuatan
    urus mengurus pengurusan ngurus di ke dari dan atau yang untuk utk apa apakah
    dimana mana syarat persyaratan prosedur biaya berapa harga bisa mpp tolong mohon
    how to get a an the i my me for of in on at and or do does can where what is
    are apply applying make making need want requirements requirement fee fees cost
    price please
    """.split()  # noqa: SIM905 (a paragraph of words reads better than 80 lines)
)

_PREFIXES = (
    "memper",
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "per",
    "pe",
    "ber",
    "ter",
    "di",
    "ke",
    "se",
)
_SUFFIXES = ("kan", "nya", "an", "i")
_MIN_STEM = 4


def words(text: str) -> list[str]:
    """The lower-case words of `text`, as search compares them."""
    return _WORD.findall(_APOSTROPHES.sub("", text.lower()))


def search_column(*parts: str) -> str:
    """A stored search column: the parts' words between single spaces, a space at
    each end and " | " between parts; "" when there are no words."""
    texts = (" ".join(words(p)) for p in parts if p)
    joined = " | ".join(t for t in texts if t)
    return f" {joined} " if joined else ""


# ---------------------------------------------------------------- parsed queries


@dataclass(frozen=True)
class Alternative:
    """Words that must all match (AND). `regency` is set when the alternative is the
    name of a Kepri regency or city: it then also matches the services offered at a
    mall there (agencies.constants.Regency)."""

    terms: tuple[str, ...]
    regency: str = ""


@dataclass(frozen=True)
class Slot:
    """One part of a query: its words, and the alternatives of which one must match
    (the words themselves, and a synonym's expansions)."""

    words: tuple[str, ...]
    alternatives: tuple[Alternative, ...]

    @property
    def is_plain(self) -> bool:
        """A single word with no synonym."""
        return len(self.alternatives) == 1 and self.alternatives[0].terms == self.words

    @property
    def regencies(self) -> set[str]:
        return {a.regency for a in self.alternatives if a.regency}


@dataclass(frozen=True)
class ParsedQuery:
    """`words`: every word of the query as typed (for a suggestion); `slots`: what
    is matched, without filler words; `has_text`: the query was not blank (it may
    still have no words: only punctuation or emoji)."""

    words: tuple[str, ...]
    slots: tuple[Slot, ...] = field(default=())
    has_text: bool = False

    def replace(self, slots: Iterable[Slot]) -> "ParsedQuery":
        return ParsedQuery(words=self.words, slots=tuple(slots), has_text=self.has_text)


Synonyms = Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]]


def synonym_map(rows: Iterable[tuple[str, str]]) -> dict:
    """`{term words: (expansion words, ...)}` from (term, expansion) rows of
    `SearchSynonym`. An expansion lists alternatives separated by commas, semicolons,
    slashes or bars; each alternative's words must all match."""
    result: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for term, expansion in rows:
        key = tuple(words(term))
        if not key:
            continue
        alternatives = result.setdefault(key, [])
        for part in _ALTERNATIVES.split(expansion):
            alternative = tuple(words(part))
            if alternative and alternative != key and alternative not in alternatives:
                alternatives.append(alternative)
    return {k: tuple(v) for k, v in result.items() if v}


def _alternative(terms: tuple[str, ...]) -> Alternative:
    regency = terms[0] if len(terms) == 1 and terms[0] in Regency.values else ""
    return Alternative(terms=terms, regency=regency)


def slot_for(phrase: tuple[str, ...], synonyms: Synonyms) -> Slot:
    """The slot of `phrase`: the phrase itself or any of its expansions."""
    alternatives = [_alternative(phrase)]
    for expansion in synonyms.get(phrase, ()):
        alternatives.append(_alternative(expansion))
    return Slot(words=phrase, alternatives=tuple(alternatives))


def parse(query: str, synonyms: Synonyms) -> ParsedQuery:
    """Split `query` into slots: the longest synonym phrases first (left to right),
    the other words alone; filler words and single letters are dropped unless
    nothing else is left; at most MAX_SLOTS slots."""
    query_words = tuple(words(query[:MAX_QUERY_CHARS]))
    longest = min(MAX_PHRASE_WORDS, max((len(k) for k in synonyms), default=1))
    slots: list[Slot] = []
    i = 0
    while i < len(query_words):
        for n in range(min(longest, len(query_words) - i), 0, -1):
            phrase = query_words[i : i + n]
            if n == 1 or phrase in synonyms:
                slots.append(slot_for(phrase, synonyms))
                i += n
                break
    meaningful = [s for s in slots if not _is_filler(s)]
    kept = meaningful or slots
    # The same word twice adds nothing but a longer query.
    unique = list(dict.fromkeys(kept))
    return ParsedQuery(
        words=query_words,
        slots=tuple(unique[:MAX_SLOTS]),
        has_text=bool(query.strip()),
    )


def _is_filler(slot: Slot) -> bool:
    if not slot.is_plain:
        return False
    word = slot.words[0]
    return word in STOPWORDS or (len(word) == 1 and not word.isdigit())


# ---------------------------------------------------------------- corrections


def is_known(term: str, vocabulary: Iterable[str]) -> bool:
    """`term` is a word of the catalogue or the start of one."""
    return any(word.startswith(term) for word in vocabulary)


def close_word(
    term: str, vocabulary: Counter, *, preferred: Callable[[str], bool] = bool
) -> str | None:
    """The word of `vocabulary` that `term` is probably a typo of. Among the words
    nearly as alike as the most alike, the `preferred` ones first, then the most
    common. None for short terms: three letters are too few to guess from."""
    if len(term) <= SHORT_TERM:
        return None
    candidates = [w for w in vocabulary if w != term and len(w) > SHORT_TERM]
    matches = difflib.get_close_matches(term, candidates, n=8, cutoff=CLOSE_WORD_CUTOFF)
    if not matches:
        return None
    ratio = {w: difflib.SequenceMatcher(None, term, w).ratio() for w in matches}
    best = max(ratio.values())
    nearly_best = [w for w in matches if ratio[w] >= best - 0.05]
    return max(nearly_best, key=lambda w: (preferred(w), vocabulary[w], ratio[w], w))


def stems(term: str) -> list[str]:
    """Shorter forms of an Indonesian word without its affixes (memperpanjang →
    perpanjang, melahirkan → lahir, perpajakan → pajak), each of at least four
    letters, the longest first. Used only when a search found (almost) nothing."""
    if len(term) < _MIN_STEM + 2:
        return []
    forms = {term}
    for prefix in _PREFIXES:
        if term.startswith(prefix):
            forms.add(term[len(prefix) :])
    for form in list(forms):
        for suffix in _SUFFIXES:
            if form.endswith(suffix):
                forms.add(form[: -len(suffix)])
    forms.discard(term)
    found = [f for f in forms if len(f) >= _MIN_STEM]
    return sorted(found, key=lambda f: (-len(f), f))[:6]


@dataclass(frozen=True)
class Correction:
    """A relaxed query for when the exact one found (almost) nothing: `suggestion`
    is the query with its unknown words replaced ("" if no word was replaced)."""

    query: ParsedQuery
    suggestion: str


def correctable(parsed: ParsedQuery) -> list[str]:
    """The words of `parsed` a correction may replace: plain words (no synonym, no
    regency) long enough to guess from; the first MAX_CORRECTED of them (each costs
    a query on PostgreSQL)."""
    words = [slot.words[0] for slot in parsed.slots if _is_correctable(slot)]
    return words[:MAX_CORRECTED]


def _is_correctable(slot: Slot) -> bool:
    return slot.is_plain and not slot.regencies and len(slot.words[0]) > SHORT_TERM


def correct(
    parsed: ParsedQuery,
    vocabulary_of: Mapping[str, Counter],
    synonyms: Synonyms,
    *,
    english: bool = False,
) -> Correction | None:
    """Replace the plain words that start no catalogue word (`vocabulary_of[term]`:
    the catalogue words near each term, and in how many services each appears):

    * by the longest of the word's stems that starts a catalogue word (menikah →
      nikah, perpajakan → pajak): the citizen typed another form of that word;
    * else by the catalogue word (or synonym term) it is most probably a typo of,
      and also by any of its stems (pasport → paspor). A visitor under /en/ is
      offered the synonym terms (English words people type) first, else the
      catalogue's own words: "pasport" suggests "paspor", under /en/ "passport".

    None when there is nothing to change.
    """
    synonym_words = Counter(k[0] for k in synonyms if len(k) == 1)

    def preferred(word: str) -> bool:
        return (word in synonym_words) == english

    replaced: dict[str, str] = {}
    slots = []
    for slot in parsed.slots:
        term = slot.words[0]
        vocabulary = vocabulary_of.get(term)
        if (
            not _is_correctable(slot)
            or vocabulary is None
            or is_known(term, vocabulary)
        ):
            slots.append(slot)
            continue
        alternatives = list(slot.alternatives)
        forms = stems(term)
        known = [f for f in forms if is_known(f, vocabulary)]
        if known:
            replaced[term] = known[0]
            alternatives.extend(slot_for((known[0],), synonyms).alternatives)
        else:
            word = close_word(term, vocabulary, preferred=preferred) or close_word(
                term, synonym_words, preferred=preferred
            )
            if word:
                replaced[term] = word
                alternatives.extend(slot_for((word,), synonyms).alternatives)
            alternatives.extend(_alternative((f,)) for f in forms)
        slots.append(Slot(words=slot.words, alternatives=tuple(alternatives)))
    corrected = parsed.replace(slots)
    if corrected == parsed:
        return None
    suggestion = " ".join(replaced.get(w, w) for w in parsed.words) if replaced else ""
    return Correction(query=corrected, suggestion=suggestion)


def vocabulary(texts: Iterable[str]) -> Counter:
    """Catalogue words and in how many of `texts` each appears."""
    counts: Counter = Counter()
    for text in texts:
        counts.update(set(_WORD.findall(text)))
    return counts
