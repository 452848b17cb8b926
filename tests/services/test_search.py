"""The catalogue search, piece by piece (issue 9 §1): words, synonyms, ranking,
corrections, places, odd queries. The demo catalogue's cases are in
test_search_quality.py."""

import importlib
from collections import Counter

import pytest

from django.apps import apps

from agencies.constants import Regency
from agencies.models import Agency
from services import actions, search, selectors
from services.models import SearchSynonym, Service
from tests.agencies.factories import AgencyFactory, BoothFactory, MallFactory
from tests.services.factories import RequirementFactory, ServiceFactory

SYNONYMS = search.synonym_map(
    [
        ("passport", "paspor"),
        ("id card", "ktp"),
        ("driver's license", "sim"),
        ("e-ktp", "ktp"),
        ("marriage", "nikah, perkawinan/akta nikah"),
        ("tanjung pinang", "tanjungpinang"),
    ]
)


def _found(query: str, **kwargs) -> list[str]:
    page = selectors.service_search(query=query, per_page=50, **kwargs).page
    return [s.name for s in page.object_list]


# ---------------------------------------------------------------- words


def test_words_are_lower_case_and_split_at_punctuation():
    assert search.words("KTP-el (Baru), Driver's SIM/STNK 3x4_a") == [
        "ktp",
        "el",
        "baru",
        "drivers",
        "sim",
        "stnk",
        "3x4",
        "a",
    ]


def test_search_column_pads_words_and_separates_fields():
    assert search.search_column("Paspor Baru", "", "KTP-el") == " paspor baru | ktp el "
    assert search.search_column("", "!!") == ""


# ---------------------------------------------------------------- synonyms


def test_synonym_map_splits_alternatives_and_normalises_terms():
    assert SYNONYMS[("drivers", "license")] == (("sim",),)
    assert SYNONYMS[("marriage",)] == (
        ("nikah",),
        ("perkawinan",),
        ("akta", "nikah"),
    )
    # An expansion equal to the term itself adds nothing.
    assert search.synonym_map([("ktp", "ktp, KTP")]) == {}


def test_parse_expands_the_longest_synonym_phrase():
    parsed = search.parse("Driver's License passport", SYNONYMS)

    assert [slot.words for slot in parsed.slots] == [
        ("drivers", "license"),
        ("passport",),
    ]
    assert [a.terms for a in parsed.slots[0].alternatives] == [
        ("drivers", "license"),
        ("sim",),
    ]
    assert [a.terms for a in parsed.slots[1].alternatives] == [
        ("passport",),
        ("paspor",),
    ]


def test_parse_drops_filler_words_unless_nothing_else_is_left():
    assert [s.words for s in search.parse("how to get a passport", SYNONYMS).slots] == [
        ("passport",)
    ]
    assert [s.words for s in search.parse("cara", {}).slots] == [("cara",)]
    assert [s.words for s in search.parse("paspor paspor", {}).slots] == [("paspor",)]


def test_parse_marks_kepri_regencies():
    parsed = search.parse("paspor tanjung pinang batam", SYNONYMS)

    pinang, batam = parsed.slots[1], parsed.slots[2]
    assert pinang.regencies == {Regency.TANJUNGPINANG}
    assert batam.regencies == {Regency.BATAM}
    assert parsed.slots[0].regencies == set()


def test_parse_keeps_at_most_eight_parts():
    parsed = search.parse(" ".join(f"kata{i}" for i in range(30)), {})
    assert len(parsed.slots) == search.MAX_SLOTS == 8


@pytest.mark.django_db
def test_a_synonym_finds_the_catalogues_word(client):
    # given
    SearchSynonym.objects.create(term="tax file number", expansion="npwp")
    npwp = ServiceFactory(name="Pendaftaran NPWP Orang Pribadi")
    ServiceFactory(name="Penerbitan Paspor")

    # when / then: the words typed, and any one of the expansion's alternatives
    assert _found("tax file number") == [npwp.name]
    assert _found("npwp") == [npwp.name]


@pytest.mark.django_db
def test_the_seeded_synonyms_map_english_words():
    """Migration 0008 seeds what people type for the catalogue's words. Run again
    here: a transactional test before this one (PostgreSQL in CI) empties the
    table; the seed adds only what is missing."""
    importlib.import_module(
        "services.migrations.0008_seed_search_synonyms"
    ).seed_synonyms(apps, None)
    terms = dict(SearchSynonym.objects.values_list("term", "expansion"))

    assert terms["passport"] == "paspor"
    assert terms["id card"] == "ktp"
    assert terms["driver's license"] == "sim"
    assert terms["birth certificate"] == "akta kelahiran"
    assert terms["police clearance"] == "skck"
    assert terms["kk"] == "kartu keluarga"
    assert all(t == t.lower() for t in terms)


# ---------------------------------------------------------------- ranking


@pytest.mark.django_db
def test_name_and_agency_before_description_before_requirements():
    # given: "ktp" in a requirement, the description, the agency and the name
    in_requirement = ServiceFactory(name="Aaa Surat Pindah")
    RequirementFactory(service=in_requirement, name="KTP-el asli")
    in_description = ServiceFactory(name="Bbb Surat", description="Membawa KTP lama.")
    in_agency = ServiceFactory(
        name="Ccc Layanan", agency=AgencyFactory(name="Dinas KTP dan KK")
    )
    in_name = ServiceFactory(name="Ddd Penerbitan KTP-el")

    # when
    found = _found("ktp")

    # then: by where it matches, then by name
    assert found == [
        in_agency.name,
        in_name.name,
        in_description.name,
        in_requirement.name,
    ]


@pytest.mark.django_db
def test_whole_words_before_starts_of_words_before_parts_of_words():
    ServiceFactory(name="Aaa Pendaftaran Usaha")  # inside a word
    ServiceFactory(name="Bbb Daftarkan Usaha")  # the start of a word
    ServiceFactory(name="Ccc Daftar Usaha")  # the word

    assert _found("daftar") == [
        "Ccc Daftar Usaha",
        "Bbb Daftarkan Usaha",
        "Aaa Pendaftaran Usaha",
    ]


@pytest.mark.django_db
def test_short_terms_match_only_at_the_start_of_a_word():
    """Three letters or fewer are mostly abbreviations: "ktp" inside "FKTP" is not
    the KTP, while typing "pas" already finds paspor."""
    ServiceFactory(name="Pindah FKTP")
    ktp = ServiceFactory(name="Penerbitan KTP-el")
    paspor = ServiceFactory(name="Penerbitan Paspor")

    assert _found("ktp") == [ktp.name]
    assert _found("pas") == [paspor.name]
    assert _found("tp") == []


@pytest.mark.django_db
def test_longer_terms_match_inside_words():
    """Indonesian wraps roots in affixes: daftar is in pendaftaran."""
    service = ServiceFactory(name="Pendaftaran Haji Reguler")
    assert _found("daftar haji") == [service.name]
    assert _found("aji") == []


@pytest.mark.django_db
def test_every_part_must_match_and_the_phrase_in_the_name_ranks_first():
    in_name = ServiceFactory(name="Zzz Akta Kelahiran")
    words_apart = ServiceFactory(name="Aaa Kelahiran Anak", description="Akta baru.")
    ServiceFactory(name="Akta Kematian")

    assert _found("akta kelahiran") == [in_name.name, words_apart.name]


@pytest.mark.django_db
def test_a_synonyms_expansion_ranks_before_the_same_match_of_the_words_typed():
    ServiceFactory(name="Aaa Child ID Card")
    ktp = ServiceFactory(name="Zzz KTP-el")
    SearchSynonym.objects.update_or_create(
        term="id card", defaults={"expansion": "ktp"}
    )

    assert _found("id card") == [ktp.name, "Aaa Child ID Card"]


@pytest.mark.django_db
def test_english_columns_are_searched():
    # given
    agency = AgencyFactory(name="Kantor Imigrasi", name_en="Immigration Office")
    service = ServiceFactory(
        agency=agency,
        name="Penerbitan Paspor",
        name_en="Passport issue",
        description_en="For adult citizens.",
        output_product_en="Ordinary passport booklet",
    )
    RequirementFactory(service=service, name="Akta kelahiran", name_en="Birth record")
    ServiceFactory(name="Lainnya")

    # then
    for query in ["passport", "immigration", "adult", "booklet", "birth record"]:
        assert _found(query) == [service.name], query


@pytest.mark.django_db
def test_search_columns_hold_names_description_and_everything():
    service = ServiceFactory(
        name="Penerbitan SKCK",
        name_en="Police certificate",
        code="SKCK-BARU",
        description="Surat Catatan Kepolisian",
        output_product="Lembar SKCK",
        agency__short_name="Polresta",
        agency__name="Kepolisian Resor Kota Barelang",
    )
    RequirementFactory(service=service, name="Sidik Jari", name_en="Fingerprints")

    service.refresh_from_db()

    assert service.search_name == (
        " penerbitan skck | police certificate | polresta"
        " | kepolisian resor kota barelang "
    )
    assert service.search_body == (
        " skck baru | surat catatan kepolisian | lembar skck "
    )
    assert service.search_text.endswith(" | sidik jari | fingerprints ")
    assert service.search_text.startswith(service.search_name.rstrip())


@pytest.mark.django_db
def test_renaming_an_agency_in_english_refreshes_its_services():
    service = ServiceFactory()
    Agency.objects.filter(pk=service.agency_id).update(name_en="Tax Office")
    service.agency.refresh_from_db()

    actions.agency_renamed(agency=service.agency)

    assert _found("tax office") == [service.name]


# ---------------------------------------------------------------- places


@pytest.mark.django_db
def test_a_regency_finds_the_services_offered_at_its_mall():
    # given: an agency without the place in its name, at the Bintan mall only
    bintan = MallFactory(regency=Regency.BINTAN)
    agency = AgencyFactory(name="BPJS Kesehatan")
    at_bintan = ServiceFactory(
        agency=agency,
        name="Pendaftaran JKN",
        booths=[BoothFactory(mall=bintan, agency=agency)],
    )
    other = AgencyFactory(name="BPJS Ketenagakerjaan")
    ServiceFactory(
        agency=other,
        name="Pendaftaran BPU",
        booths=[BoothFactory(mall=MallFactory(regency=Regency.BATAM), agency=other)],
    )

    # when / then
    assert _found("bpjs bintan") == [at_bintan.name]


@pytest.mark.django_db
def test_a_regency_without_a_mall_is_left_out_and_said():
    MallFactory(regency=Regency.BATAM)
    passport = ServiceFactory(name="Penerbitan Paspor")

    result = selectors.service_search(query="paspor karimun")

    assert [s.name for s in result.page.object_list] == [passport.name]
    assert result.regencies_without_mall == ["Kabupaten Karimun"]
    assert result.is_corrected is False


@pytest.mark.django_db
def test_only_a_regency_without_a_mall_finds_nothing_but_says_why(client):
    ServiceFactory(name="Penerbitan Paspor")

    response = client.get("/en/layanan/", {"q": "natuna"})

    html = response.content.decode()
    assert response.context["page"].paginator.count == 0
    assert "There is no public service mall in Kabupaten Natuna yet." in html
    assert "No service matches your search." in html


# ---------------------------------------------------------------- corrections


def test_close_word_prefers_the_preferred_then_the_commoner_word():
    vocabulary = Counter({"paspor": 9, "passport": 3, "pasar": 5})

    assert search.close_word("pasport", vocabulary) == "paspor"
    assert (
        search.close_word("pasport", vocabulary, preferred=lambda w: w == "passport")
        == "passport"
    )
    assert search.close_word("ktb", Counter({"ktp": 1})) is None  # too short
    assert search.close_word("zzzzzz", vocabulary) is None


def test_stems_strip_indonesian_affixes():
    assert "perpanjang" in search.stems("memperpanjang")
    assert "lahir" in search.stems("melahirkan")
    assert "pajak" in search.stems("perpajakan")
    assert "nikah" in search.stems("menikah")
    assert search.stems("paspor") == []
    assert all(len(s) >= 4 for s in search.stems("mendaftarkan"))


def test_correct_replaces_unknown_words_only():
    parsed = search.parse("pasport batam menikah", {})
    vocabulary = Counter({"paspor": 4, "batam": 9, "nikah": 2, "kantor": 1})

    correction = search.correct(
        parsed, dict.fromkeys(["pasport", "menikah"], vocabulary), {}
    )

    assert correction.suggestion == "paspor batam nikah"
    terms = [[a.terms for a in s.alternatives] for s in correction.query.slots]
    assert terms[0] == [("pasport",), ("paspor",)]
    assert terms[1] == [("batam",)]
    assert terms[2] == [("menikah",), ("nikah",)]


def test_correct_leaves_known_words_alone():
    parsed = search.parse("paspor", {})
    assert search.correct(parsed, {"paspor": Counter({"paspor": 1})}, {}) is None


@pytest.mark.django_db
def test_a_typo_finds_the_right_word_and_suggests_it(client):
    # given
    passport = ServiceFactory(name="Penerbitan Paspor Biasa")
    ServiceFactory(name="Pasar Murah")

    # when
    response = client.get("/layanan/", {"q": "pasport"})

    # then
    search_result = response.context["search"]
    assert [s.name for s in response.context["page"].object_list] == [passport.name]
    assert search_result.suggestion == "paspor"
    assert search_result.is_corrected is True
    assert '<a href="?q=paspor">paspor</a>' in response.content.decode()


@pytest.mark.django_db
def test_the_suggestion_reads_in_english_under_en(client):
    ServiceFactory(name="Penerbitan Paspor Biasa")

    response = client.get("/en/layanan/", {"q": "pasport", "mall": "", "page": "3"})

    html = response.content.decode()
    assert "Nothing matches “pasport” exactly." in html
    # The link keeps the other fields and starts again at the first page.
    assert 'Did you mean: <a href="?q=paspor&amp;mall=">paspor</a>?' in html


@pytest.mark.django_db
def test_a_few_results_keep_them_and_only_suggest():
    # given: "lahiran" is inside "kelahiran" (found) but starts no word
    birth = ServiceFactory(name="Penerbitan Akta Kelahiran")
    ServiceFactory(name="Penerbitan Akta Kematian")

    # when
    result = selectors.service_search(query="akta lahiran")

    # then
    assert [s.name for s in result.page.object_list] == [birth.name]
    assert result.suggestion == "akta kelahiran"
    assert result.is_corrected is False


@pytest.mark.django_db
def test_nothing_close_finds_nothing_and_suggests_nothing(client):
    ServiceFactory(name="Penerbitan Paspor")

    response = client.get("/en/layanan/", {"q": "qwertyuiop"})

    html = response.content.decode()
    assert response.context["page"].paginator.count == 0
    assert response.context["search"].suggestion == ""
    assert "Did you mean" not in html
    assert "No service matches your search." in html


@pytest.mark.django_db
def test_a_stem_finds_another_form_of_the_word():
    service = ServiceFactory(name="Pembayaran Pajak Kendaraan")

    result = selectors.service_search(query="perpajakan")

    assert [s.name for s in result.page.object_list] == [service.name]
    assert result.suggestion == "pajak"


# ---------------------------------------------------------------- odd queries


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["%", "_", "\\", "%%", "_%_", "😀", "!!!", "'--"])
def test_symbols_alone_find_nothing(client, query):
    ServiceFactory(name="Penerbitan Paspor")
    ServiceFactory(name="Akta_Kelahiran 100%")

    response = client.get("/layanan/", {"q": query})

    assert response.status_code == 200
    assert response.context["page"].paginator.count == 0
    assert response.context["search"].suggestion == ""


@pytest.mark.django_db
def test_sql_wildcards_and_emoji_inside_words_are_separators():
    service = ServiceFactory(name="Penerbitan KTP-el")
    ServiceFactory(name="Penerbitan Paspor")

    assert _found("ktp%el") == [service.name]
    assert _found("%ktp%") == [service.name]
    assert _found("_tp") == []  # not "any letter, then tp"
    assert _found("ktp\\") == [service.name]
    assert _found("😀ktp😀") == [service.name]


@pytest.mark.django_db
def test_a_500_character_query_is_cut_not_refused(client):
    service = ServiceFactory(name="Penerbitan Paspor")
    query = "paspor " + "x" * 493

    by_selector = selectors.service_search(query=query)
    response = client.get("/layanan/", {"q": query})

    assert by_selector.page.paginator.count == 0
    assert response.status_code == 200
    assert response.context["form"].errors["q"]
    # The field's first 100 characters are searched: "paspor" and a long word.
    assert response.context["query"] == query[:100]
    assert service.name not in [s.name for s in response.context["page"].object_list]


@pytest.mark.django_db
def test_a_long_sentence_searches_its_first_words(client):
    service = ServiceFactory(name="Penerbitan Paspor")
    query = "paspor " + "untuk " * 40

    response = client.get("/layanan/", {"q": query})

    assert [s.name for s in response.context["page"].object_list] == [service.name]


@pytest.mark.django_db
def test_a_blank_query_lists_every_service_by_name():
    ServiceFactory(name="Bbb")
    ServiceFactory(name="Aaa")
    ServiceFactory(name="Ccc", is_active=False)

    assert _found("   ") == ["Aaa", "Bbb"]


# ---------------------------------------------------------------- pages


@pytest.mark.django_db
def test_result_cards_read_in_the_visitors_language(client):
    agency = AgencyFactory(name="Kantor Imigrasi", name_en="Immigration Office")
    ServiceFactory(agency=agency, name="Penerbitan Paspor", name_en="Passport issue")

    english = client.get("/en/layanan/", {"q": "paspor"}).content.decode()
    indonesian = client.get("/layanan/", {"q": "passport"}).content.decode()

    assert "Passport issue" in english and "Immigration Office" in english
    assert "Penerbitan Paspor" in indonesian and "Kantor Imigrasi" in indonesian
    assert "Passport issue" not in indonesian


@pytest.mark.django_db
def test_htmx_results_carry_the_suggestion(client):
    ServiceFactory(name="Penerbitan Paspor")

    response = client.get(
        "/en/layanan/",
        {"q": "pasport"},
        headers={"HX-Request": "true", "HX-Target": "search-results"},
    )

    html = response.content.decode()
    assert "<html" not in html
    assert 'Did you mean: <a href="?q=paspor">paspor</a>?' in html


@pytest.mark.django_db
@pytest.mark.parametrize("size", [2, 10])
def test_query_count_of_a_corrected_search_does_not_grow(
    client, django_assert_num_queries, size
):
    for i in range(size):
        agency = AgencyFactory()
        booth = BoothFactory(agency=agency)
        ServiceFactory(agency=agency, name=f"Penerbitan Paspor {i}", booths=[booth])
    # synonyms, mall and agency choices, the empty page and its count, the words
    # (one query on SQLite; on PostgreSQL one per word looked up, here one), the
    # corrected page, its agencies and booths
    with django_assert_num_queries(9):
        response = client.get("/layanan/", {"q": "pasport"})
    assert response.context["page"].paginator.count == size


@pytest.mark.django_db
def test_query_count_of_a_regency_search_does_not_grow(
    client, django_assert_num_queries
):
    mall = MallFactory(regency=Regency.BATAM)
    for i in range(5):
        agency = AgencyFactory()
        ServiceFactory(
            agency=agency,
            name=f"Penerbitan Paspor {i}",
            booths=[BoothFactory(agency=agency, mall=mall)],
        )
    # synonyms, mall and agency choices, the page, its agencies and booths
    with django_assert_num_queries(6):
        response = client.get("/layanan/", {"q": "paspor batam"})
    assert response.context["page"].paginator.count == 5
    assert Service.objects.count() == 5
