import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from accounts.nik import (
    KEPRI_REGENCY_CODES,
    PROVINCE_CODES,
    NikInfo,
    mask_nik,
    normalize_nik,
    validate_nik,
)

TODAY = datetime.date(2025, 6, 1)


def nik_error(value: str, **kwargs) -> tuple[str, list[str]]:
    """The code and English messages of the error ``validate_nik`` raises."""
    kwargs.setdefault("today", TODAY)
    with pytest.raises(ValidationError) as exc_info:
        validate_nik(value, **kwargs)
    with translation.override("en"):
        return exc_info.value.code, exc_info.value.messages


def warnings_en(value: str) -> tuple[str, ...]:
    with translation.override("en"):
        return validate_nik(value, today=TODAY).warnings


# --- valid NIKs ---


def test_valid_male_nik_from_batam():
    """A Kepri NIK with DD 01–31 belongs to a man born on that day."""
    # when
    info = validate_nik("2171010101900001", today=TODAY)

    # then
    assert info == NikInfo(
        province_code="21",
        regency_code="71",
        district_code="01",
        birth_date=datetime.date(1990, 1, 1),
        is_female=False,
        serial="0001",
        warnings=(),
    )


def test_valid_female_nik_from_tanjungpinang():
    """DD 41–71 is the day of birth plus 40 for a woman."""
    # when
    info = validate_nik("2172024512850123", today=TODAY)

    # then
    assert info == NikInfo(
        province_code="21",
        regency_code="72",
        district_code="02",
        birth_date=datetime.date(1985, 12, 5),
        is_female=True,
        serial="0123",
        warnings=(),
    )


@pytest.mark.parametrize(
    ("nik", "birth_date", "is_female"),
    [
        ("2171014101900001", datetime.date(1990, 1, 1), True),
        ("2171017112990001", datetime.date(1999, 12, 31), True),
        ("2171013112990001", datetime.date(1999, 12, 31), False),
        ("2171010101009999", datetime.date(1900, 1, 1), False),
    ],
)
def test_day_boundaries(nik, birth_date, is_female):
    """Days 01, 31, 41 and 71 are all real days of birth."""
    # when
    info = validate_nik(nik, today=TODAY)

    # then
    assert info.birth_date == birth_date
    assert info.is_female is is_female


def test_valid_nik_from_jakarta():
    """A NIK from another province is valid and carries no warning."""
    # when
    info = validate_nik("3171011708450001", today=TODAY)

    # then
    assert info == NikInfo(
        province_code="31",
        regency_code="71",
        district_code="01",
        birth_date=datetime.date(1945, 8, 17),
        is_female=False,
        serial="0001",
        warnings=(),
    )


def test_today_defaults_to_the_current_date():
    """Without ``today`` a NIK born long ago is still valid."""
    # when
    info = validate_nik("2171010101900001")

    # then
    assert info.birth_date == datetime.date(1990, 1, 1)


# --- normalizing ---


@pytest.mark.parametrize(
    "typed",
    [
        "2171010101900001",
        "2171 0101 0190 0001",
        "2171-0101-0190-0001",
        "2171.0101.0190.0001",
        " 21.71.01 010190-0001 ",
        "2171\u00a00101\t0190\n0001",
        "2171\u20130101\u20100190\u20110001",
    ],
)
def test_normalize_drops_spaces_dots_and_dashes(typed):
    """Separators people type are dropped before validation."""
    # when
    normalized = normalize_nik(typed)
    info = validate_nik(typed, today=TODAY)

    # then
    assert normalized == "2171010101900001"
    assert info.birth_date == datetime.date(1990, 1, 1)


def test_normalize_keeps_other_characters():
    """Letters and non-ASCII digits stay, so validation can refuse them."""
    assert normalize_nik("2171/0101ab٢") == "2171/0101ab٢"


# --- length ---


@pytest.mark.parametrize(
    ("nik", "count"),
    [
        ("", 0),
        ("2", 1),
        ("217101010190001", 15),
        ("21710101019000011", 17),
        ("2171 0101 0190 0001 1", 17),
        ("21710101019000010000", 20),
    ],
)
def test_wrong_number_of_digits_is_refused_with_the_count(nik, count):
    """A string of digits of the wrong length says how many digits it had."""
    # when
    code, messages = nik_error(nik)

    # then
    assert code == "length"
    assert messages == [f"A NIK has exactly 16 digits; you entered {count}."]


@pytest.mark.parametrize(
    "nik",
    [
        "2171O10101900001",
        "ABCDEFGHIJKLMNOP",
        "2171/0101/0190/0001",
        "217101010190000a",
        "2171010101900001x",
        "+2171010101900001",
        # Arabic-Indic digits: "٢١٧١٠١٠١٠١٩٠٠٠١" is 2171010101900001.
        "٢١٧١٠١٠١٠١٩٠٠٠١",
        "217101010190000١",
        # Extended Arabic-Indic (Persian) and fullwidth digits.
        "۲۱۷۱۰۱۰۱۰۱۹۰۰۰۱",
        "２１７１０１０１０１９０００１",
    ],
)
def test_non_ascii_digit_characters_are_refused(nik):
    """Only the ASCII digits 0–9 make a NIK; other scripts' digits are refused."""
    # when
    code, messages = nik_error(nik)

    # then
    assert code == "length"
    assert messages == ["A NIK contains digits only."]


# --- province ---


def test_province_codes_are_exactly_the_documented_ones():
    """The table lists the 38 province codes of DOMAIN.md §6."""
    # given
    documented = {
        *("11", "12", "13", "14", "15", "16", "17", "18", "19"),
        "21",
        *("31", "32", "33", "34", "35", "36"),
        *("51", "52", "53"),
        *("61", "62", "63", "64", "65"),
        *("71", "72", "73", "74", "75", "76"),
        *("81", "82"),
        *("91", "92", "93", "94", "95", "96"),
    }

    # then
    assert set(PROVINCE_CODES) == documented
    assert len(PROVINCE_CODES) == 38


@pytest.mark.parametrize(
    "province", ["00", "10", "20", "22", "30", "37", "54", "77", "83", "97", "99"]
)
def test_unknown_province_is_refused(province):
    """The first two digits must be a province code."""
    # when
    code, messages = nik_error(f"{province}71010101900001")

    # then
    assert code == "province"
    assert messages == [
        f"The first two digits ({province}) are not an Indonesian province code."
    ]


@pytest.mark.parametrize("province", sorted(PROVINCE_CODES))
def test_every_known_province_is_accepted(province):
    """Every listed province code passes."""
    # when
    info = validate_nik(f"{province}01010101900001", today=TODAY)

    # then
    assert info.province_code == province


# --- date ---


@pytest.mark.parametrize(
    ("date_digits", "_case"),
    [
        ("310290", "31 Feb"),
        ("300290", "30 Feb"),
        ("710290", "31 Feb, woman"),
        ("310490", "31 Apr"),
        ("290201", "29 Feb 01: not a leap year in 1901 or 2001"),
        ("690201", "29 Feb 01, woman"),
        ("320190", "DD 32"),
        ("400190", "DD 40"),
        ("720190", "DD 72"),
        ("990190", "DD 99"),
        ("000190", "DD 00"),
        ("011390", "month 13"),
        ("010090", "month 00"),
        ("411390", "month 13, woman"),
    ],
)
def test_impossible_date_is_refused(date_digits, _case):
    """Digits 7–12 must be a real DDMMYY date, DD + 40 for women."""
    # when
    code, messages = nik_error(f"217101{date_digits}0001")

    # then
    assert code == "date"
    assert messages == [
        f"Digits 7 to 12 ({date_digits}) are not a valid date of birth."
    ]


@pytest.mark.parametrize(
    ("date_digits", "today", "_case"),
    [
        ("010195", datetime.date(1990, 1, 1), "1995 and 2095 both ahead"),
        ("020190", datetime.date(1990, 1, 1), "tomorrow in 1990 and in 2090"),
        ("290200", datetime.date(1999, 12, 31), "1900 not leap, 2000 ahead"),
    ],
)
def test_date_in_the_future_under_both_readings_is_refused(date_digits, today, _case):
    """A date of birth cannot be after today as 19YY nor as 20YY."""
    # when
    code, messages = nik_error(f"217101{date_digits}0001", today=today)

    # then
    assert code == "date"
    assert messages == [
        f"Digits 7 to 12 ({date_digits}) are not a valid date of birth."
    ]


@pytest.mark.parametrize(
    ("nik", "is_female"),
    [("2171012902000001", False), ("2171016902000001", True)],
)
def test_29_february_00_is_2000(nik, is_female):
    """29 Feb 00 exists only in 2000, since 1900 was not a leap year."""
    # when
    info = validate_nik(nik, today=TODAY)

    # then
    assert info.birth_date == datetime.date(2000, 2, 29)
    assert info.is_female is is_female


def test_29_february_in_a_19yy_leap_year_is_valid():
    """29 Feb 28 exists in 1928; 2028 is still ahead."""
    # when
    info = validate_nik("2171012902280001", today=TODAY)

    # then
    assert info.birth_date == datetime.date(1928, 2, 29)


def test_only_the_19yy_reading_not_in_the_future_counts():
    """1 Jul 25 is 1925 while 2025-07-01 is still ahead."""
    # when
    info = validate_nik("2171010107250001", today=TODAY)

    # then
    assert info.birth_date == datetime.date(1925, 7, 1)


def test_a_birth_today_is_not_in_the_future():
    """Today itself is a valid date of birth."""
    # when
    info = validate_nik(
        "2171010106250001",
        today=TODAY,
        declared_birth_date=datetime.date(2025, 6, 1),
    )

    # then
    assert info.birth_date == TODAY


# --- century ---


@pytest.mark.parametrize(
    ("declared_birth_date", "birth_date"),
    [
        (datetime.date(1910, 6, 15), datetime.date(1910, 6, 15)),
        (datetime.date(2010, 6, 15), datetime.date(2010, 6, 15)),
        (None, datetime.date(1910, 6, 15)),
    ],
)
def test_declared_birth_date_chooses_the_century(declared_birth_date, birth_date):
    """When 19YY and 20YY both fit, the declared date decides; else 19YY."""
    # when
    info = validate_nik(
        "2171011506100001", today=TODAY, declared_birth_date=declared_birth_date
    )

    # then
    assert info.birth_date == birth_date


@pytest.mark.parametrize(
    ("nik", "declared_birth_date", "_case"),
    [
        ("2171010101900001", datetime.date(1990, 1, 2), "other day"),
        ("2171010101900001", datetime.date(1990, 2, 1), "other month"),
        ("2171010101900001", datetime.date(1991, 1, 1), "other year"),
        ("2171010101900001", datetime.date(1890, 1, 1), "other century"),
        ("2171011506100001", datetime.date(1810, 6, 15), "neither century"),
        ("2171010107250001", datetime.date(2025, 7, 1), "future reading"),
        ("2171014101900001", datetime.date(1990, 1, 11), "day + 40 read as +30"),
    ],
)
def test_declared_birth_date_matching_no_reading_is_refused(
    nik, declared_birth_date, _case
):
    """The declared date of birth must equal one reading of the NIK."""
    # when
    code, messages = nik_error(nik, declared_birth_date=declared_birth_date)

    # then
    assert code == "birth_date_mismatch"
    assert messages == ["The NIK does not match the date of birth you entered."]


# --- serial ---


def test_serial_0000_is_refused():
    """The serial number runs from 0001 to 9999."""
    # when
    code, messages = nik_error("2171010101900000")

    # then
    assert code == "serial"
    assert messages == ["The last four digits cannot be 0000."]


@pytest.mark.parametrize("serial", ["0001", "0010", "1000", "9999"])
def test_other_serials_are_accepted(serial):
    """Any serial but 0000 passes."""
    # when
    info = validate_nik(f"217101010190{serial}", today=TODAY)

    # then
    assert info.serial == serial


# --- order of checks ---


@pytest.mark.parametrize(
    ("nik", "declared_birth_date", "expected_code"),
    [
        ("9971013202900000", None, "province"),
        ("2171013202900000", None, "date"),
        ("2171010101900000", datetime.date(1991, 1, 1), "serial"),
    ],
)
def test_only_the_first_failed_check_is_reported(
    nik, declared_birth_date, expected_code
):
    """Checks run length, province, date, serial, mismatch; one error only."""
    # when
    code, messages = nik_error(nik, declared_birth_date=declared_birth_date)

    # then
    assert code == expected_code
    assert len(messages) == 1


# --- regions ---


@pytest.mark.parametrize("regency", sorted(KEPRI_REGENCY_CODES))
def test_known_kepri_regency_gives_no_warning(regency):
    """The seven Kepri regencies and cities are known."""
    assert warnings_en(f"21{regency}010101900001") == ()


@pytest.mark.parametrize("regency", ["00", "06", "70", "73", "99"])
def test_unknown_kepri_regency_is_a_warning_not_an_error(regency):
    """Regions split over time, so an unknown regency code only warns."""
    # when
    with translation.override("en"):
        info = validate_nik(f"21{regency}010101900001", today=TODAY)

    # then
    assert info.regency_code == regency
    assert info.birth_date == datetime.date(1990, 1, 1)
    assert info.warnings == (
        f"Regency code {regency} is not known for this province; check it.",
    )


def test_district_00_is_a_warning_not_an_error():
    """District 00 is not a real district, but only warns."""
    assert warnings_en("2171000101900001") == (
        "District code 00 is not known for this regency; check it.",
    )


def test_unknown_regency_and_district_both_warn():
    """Each unknown code gives its own warning."""
    assert warnings_en("2100000101900001") == (
        "Regency code 00 is not known for this province; check it.",
        "District code 00 is not known for this regency; check it.",
    )


@pytest.mark.parametrize(
    ("nik", "warnings"),
    [
        ("3199990101900001", ()),
        (
            "3100010101900001",
            ("Regency code 00 is not known for this province; check it.",),
        ),
    ],
)
def test_outside_kepri_only_code_00_warns(nik, warnings):
    """Without a regency table for other provinces, only 00 is flagged."""
    assert warnings_en(nik) == warnings


# --- masking ---


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("2171010101900001", "2171********0001"),
        ("3171011708450001", "3171********0001"),
    ],
)
def test_mask_shows_first_and_last_four_digits(value, masked):
    """A NIK shows its province and regency and its serial, nothing else."""
    assert mask_nik(value) == masked


@pytest.mark.parametrize(
    "value",
    [
        "",
        "2",
        "2171",
        "217101010190001",
        "21710101019000011",
        "2171 0101 0190 0001",
        "2171O10101900001",
        "٢١٧١٠١٠١٠١٩٠٠٠١",
        "not a nik at all",
    ],
)
def test_mask_of_anything_but_a_nik_reveals_nothing(value):
    """Anything but 16 ASCII digits turns into stars only, one per character."""
    assert mask_nik(value) == "*" * len(value)
