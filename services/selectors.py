"""Reads of the service catalogue."""

import operator
from collections import Counter
from dataclasses import dataclass, field
from functools import reduce

from django.conf import settings
from django.core.paginator import Page
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Greatest, Least
from django.http import Http404

from agencies.constants import Regency
from agencies.models import Agency, Booth, Mall
from mpp.pagination import window_page
from services import search
from services.i18n import wants_english
from services.models import ProcedureStep, Requirement, SearchSynonym, Service

RESULT_FIELDS = (
    "name",
    "name_en",
    "slug",
    "fee",
    "time_limit_value",
    "time_limit_unit",
    "agency",
)
#: A search with this many results or fewer also looks for a typo to suggest.
FEW_RESULTS = 2
#: Services read (PostgreSQL) to find the catalogue words near a misspelt term:
#: the closest NEAR_ROWS of NEAR_SAMPLE with a similar word, and STEM_ROWS with a
#: word starting with one of its stems.
NEAR_SAMPLE = 200
NEAR_ROWS = 20
STEM_ROWS = 10

# Relevance of a term by where it matches: the names of the service and its agency,
# then its description and output; within each, a whole word, then the start of a
# word, then inside a word (services/search.py); then anywhere else (requirement
# names), all alike. Steps of 2: a synonym's expansion scores 1 more than the same
# match of the words typed, as the admins' word for what people mean ("id card":
# KTP before the "child ID card").
# The score reads only the short columns, not search_text: PostgreSQL carries the
# columns the sort needs through the page's COUNT(*) OVER (), and thousands of long
# texts there spilled to disk (make bench: q=ktp).
_TIERS = (("search_name", 18), ("search_body", 12))
_ELSEWHERE = 4
_STEP = 2
_EXPANSION_BONUS = 1
_PLACE_SCORE = 18  # offered at a mall in the regency named: as good as a name match


def _public_booths() -> QuerySet[Booth]:
    return (
        Booth.objects.filter(is_active=True, mall__is_active=True)
        .select_related("mall")
        .order_by("mall__name")
    )


@dataclass
class ServiceSearch:
    """A page of search results and what the page says about them.

    `suggestion`: the query with its typos corrected ("Did you mean"), or "".
    `is_corrected`: nothing matched the query as typed, so `page` holds the
    results of the corrected one (the suggestion, or the words' stems).
    `regencies_without_mall`: regencies named in a query that found nothing, which
    have no mall; the results are from the other malls.
    """

    page: Page
    query: str = ""
    suggestion: str = ""
    is_corrected: bool = False
    regencies_without_mall: list[str] = field(default_factory=list)


def service_search(
    *,
    query: str = "",
    mall: Mall | None = None,
    agency: Agency | None = None,
    page: object = None,
    per_page: int | None = None,
) -> ServiceSearch:
    """A page of the active services matching `query`, optionally offered in `mall`
    and owned by `agency`, the most relevant first, then by name.

    Every part of the query must match: a word (see services/search.py for how
    words match), a synonym phrase or any of its expansions (`SearchSynonym`), or a
    Kepri regency named, which also matches the services offered at a mall there.
    When that finds nothing, regencies without a mall are left out and misspelt
    words are replaced by the closest catalogue words and their stems; with very few
    results a correction is only suggested. Each result carries `public_booths`.

    Queries, however big the catalogue: the synonyms, the page (two when it is
    empty), its agencies and booths. A search that finds (almost) nothing also
    reads the catalogue's words (one query on SQLite; on PostgreSQL one per word
    looked up, at most search.MAX_CORRECTED), maybe the malls of the regencies
    named, and the corrected page.
    """
    per_page = per_page or settings.MPP_PAGE_SIZE
    query = query[: search.MAX_QUERY_CHARS]
    synonyms = search.synonym_map(_synonym_rows()) if query.strip() else {}
    parsed = search.parse(query, synonyms)
    result = ServiceSearch(
        page=window_page(_matching(parsed, mall, agency), page, per_page),
        query=query,
    )
    count = result.page.paginator.count
    if not parsed.slots or count > FEW_RESULTS:
        return result

    relaxed = parsed
    if count == 0:
        relaxed, result.regencies_without_mall = _without_regencies_lacking_a_mall(
            parsed
        )
    correction = search.correct(
        relaxed, _vocabularies(relaxed), synonyms, english=wants_english()
    )
    if correction is not None:
        result.suggestion = correction.suggestion
        relaxed = correction.query
    if count > 0:  # a few results for what was typed: keep them, only suggest
        return result
    if relaxed != parsed:
        corrected = window_page(_matching(relaxed, mall, agency), page, per_page)
        if corrected.paginator.count:
            result.page = corrected
            result.is_corrected = correction is not None
            return result
    result.suggestion = ""
    return result


def _synonym_rows() -> list[tuple[str, str]]:
    # The whole table: a few hundred short rows, read in one go, so that terms match
    # however an admin punctuated them ("driver's license", "e-ktp").
    return list(SearchSynonym.objects.values_list("term", "expansion"))


def _matching(
    parsed: search.ParsedQuery, mall: Mall | None, agency: Agency | None
) -> QuerySet[Service]:
    services = Service.objects.filter(is_active=True)
    if mall is not None:
        services = services.filter(
            Exists(
                Booth.objects.filter(services=OuterRef("pk"), mall=mall, is_active=True)
            )
        )
    if agency is not None:
        services = services.filter(agency=agency)
    if parsed.has_text and not parsed.slots:
        # Only punctuation, symbols or emoji: nothing to look for.
        services = services.none()
    if parsed.slots:
        for slot in parsed.slots:
            services = services.filter(_slot_q(slot))
        services = services.annotate(relevance=_relevance(parsed)).order_by(
            "-relevance", "name", "pk"
        )
    else:
        services = services.order_by("name", "pk")
    return (
        # Only what a result card shows: the sort of thousands of matches stays
        # narrow. PostgreSQL carries every column the sort needs through the page's
        # COUNT(*) OVER (); the agencies' names, read for the page's rows only,
        # kept that under work_mem (make bench: q=ktp).
        services.only(*RESULT_FIELDS).prefetch_related(
            Prefetch("agency", queryset=Agency.objects.only("name", "name_en")),
            Prefetch("booths", queryset=_public_booths(), to_attr="public_booths"),
        )
    )


def _term_q(term: str, column: str = "search_text") -> Q:
    if len(term) <= search.SHORT_TERM:
        return Q(**{f"{column}__contains": f" {term}"})  # the start of a word
    return Q(**{f"{column}__contains": term})


def _offered_in(regency: str) -> Exists:
    return Exists(
        Booth.objects.filter(
            services=OuterRef("pk"),
            is_active=True,
            mall__is_active=True,
            mall__regency=regency,
        )
    )


def _slot_q(slot: search.Slot) -> Q:
    either = Q()
    for alternative in slot.alternatives:
        match = reduce(operator.and_, (_term_q(t) for t in alternative.terms))
        if alternative.regency:
            match |= Q(_offered_in(alternative.regency))
        either |= match
    return either


def _term_score(term: str) -> Case:
    """How well `term` matches the names or the description of a service (0: in
    neither). Each column's kinds of match are tested only where it has the term."""
    whens = []
    for column, score in _TIERS:
        kinds = Case(
            When(Q(**{f"{column}__contains": f" {term} "}), then=score),
            When(Q(**{f"{column}__contains": f" {term}"}), then=score - _STEP),
            # Inside a word; only long terms get here (_term_q).
            default=score - 2 * _STEP,
            output_field=IntegerField(),
        )
        whens.append(When(_term_q(term, column), then=kinds))
    return Case(*whens, default=0, output_field=IntegerField())


def _best(expressions: list, pick) -> object:
    return expressions[0] if len(expressions) == 1 else pick(*expressions)


def _relevance(parsed: search.ParsedQuery):
    """Sum over the query's parts of the best alternative's score, and at least
    _ELSEWHERE: every result matches each part somewhere (the filter). An
    alternative of several words scores as its weakest word. One point more when
    the service's name holds the query's parts as one phrase ("akta kelahiran")."""
    slot_scores = []
    for slot in parsed.slots:
        alternative_scores = [Value(_ELSEWHERE)]
        for index, alternative in enumerate(slot.alternatives):
            score = _best([_term_score(t) for t in alternative.terms], Least)
            if index:
                # An expansion of what was typed. Also where it does not match: 1
                # stays below _ELSEWHERE.
                score = score + _EXPANSION_BONUS
            if alternative.regency:
                score = Case(
                    When(_offered_in(alternative.regency), then=_PLACE_SCORE),
                    default=score,
                    output_field=IntegerField(),
                )
            alternative_scores.append(score)
        slot_scores.append(Greatest(*alternative_scores))
    phrase = [w for slot in parsed.slots for w in slot.words]
    if len(parsed.slots) > 1:
        slot_scores.append(
            Case(
                When(search_name__contains=" {} ".format(" ".join(phrase)), then=1),
                default=0,
                output_field=IntegerField(),
            )
        )
    return reduce(operator.add, slot_scores)


def _without_regencies_lacking_a_mall(
    parsed: search.ParsedQuery,
) -> tuple[search.ParsedQuery, list[str]]:
    """The names of the regencies in the query that have no active mall, and the
    query without the parts naming them ("paspor karimun" finds the passport
    services of the other malls), unless nothing else would be left."""
    named = set().union(*(slot.regencies for slot in parsed.slots))
    if not named:
        return parsed, []
    with_mall = set(
        Mall.objects.filter(is_active=True, regency__in=named).values_list(
            "regency", flat=True
        )
    )
    lacking = named - with_mall
    labels = [Regency(r).label for r in sorted(lacking)]
    kept = [s for s in parsed.slots if not (s.is_plain and s.regencies & lacking)]
    if not kept:
        return parsed, labels
    return parsed.replace(kept), labels


def _vocabularies(parsed: search.ParsedQuery) -> dict[str, Counter]:
    """For each word a correction may replace, the catalogue words near it and its
    stems, with the number of services each appears in."""
    terms = search.correctable(parsed)
    if not terms:
        return {}
    if connection.vendor == "postgresql":
        return {term: _vocabulary_near(term) for term in terms}
    # SQLite (the laptop demo): the whole catalogue's words, read once.
    texts = Service.objects.filter(is_active=True).values_list("search_text", flat=True)
    everything = search.vocabulary(texts.iterator())
    return dict.fromkeys(terms, everything)


class _WordSimilar(Func):
    """`term <% text`: a stretch of `text` is trigram-similar to `term` (pg_trgm's
    word_similarity at least pg_trgm.word_similarity_threshold, 0.6), served by
    the trigram index on search_text (migration 0002)."""

    arg_joiner = " <%% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def _vocabulary_near(term: str) -> Counter:
    """The words of the services with a word most like `term`, and of a few
    services with a word starting with one of its stems (PostgreSQL, one query,
    both served by the trigram index).

    The closest are picked from a sample of the services with a similar word, not
    from all: a common stretch of letters ("kelu…") is like a word of thousands of
    services, and scoring each took a second at 20,000 services."""
    from django.contrib.postgres.search import TrigramWordSimilarity

    active = Service.objects.filter(is_active=True)
    sample = active.filter(_WordSimilar(Value(term), F("search_text")))
    texts = (
        # order_by(): any of them, so the scan stops at NEAR_SAMPLE.
        Service.objects.filter(pk__in=sample.order_by().values("pk")[:NEAR_SAMPLE])
        .annotate(similarity=TrigramWordSimilarity(Value(term), "search_text"))
        .order_by("-similarity", "pk")
        .values_list("search_text", flat=True)[:NEAR_ROWS]
    )
    stems = search.stems(term)
    if stems:
        with_stem = active.filter(
            reduce(operator.or_, (Q(search_text__contains=f" {s}") for s in stems))
        )
        stem_texts = with_stem.order_by().values_list("search_text", flat=True)
        texts = texts.union(stem_texts[:STEM_ROWS], all=True)
    return search.vocabulary(texts)


def service_get_public(*, slug: str) -> Service:
    """An active service with its whole standard: requirements, steps and booths."""
    service = (
        Service.objects.filter(is_active=True, slug=slug)
        .select_related("agency")
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=Requirement.objects.order_by("position", "pk"),
            ),
            Prefetch(
                "steps", queryset=ProcedureStep.objects.order_by("position", "pk")
            ),
            Prefetch(
                "booths",
                queryset=_public_booths(),
                to_attr="public_booths",
            ),
        )
        .first()
    )
    if service is None:
        raise Http404
    return service


def service_list_for_agency(*, agency: Agency) -> QuerySet[Service]:
    return (
        Service.objects.filter(is_active=True, agency=agency)
        .select_related("agency")
        .order_by("name", "pk")
        .prefetch_related(
            Prefetch("booths", queryset=_public_booths(), to_attr="public_booths")
        )
    )
