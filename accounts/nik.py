"""Plausibility checks for the NIK (Nomor Induk Kependudukan), DOMAIN.md §6.

A NIK reads ``PP RR SS DDMMYY NNNN``: province, regency, district, date of birth
(day + 40 for women) and a serial number. There is no check digit, so a NIK that
passes ``validate_nik`` is plausible, not proof of identity.
"""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40
KEPRI_PROVINCE_CODE = "21"

PROVINCE_CODES: frozenset[str] = frozenset(
    f"{code:02d}"
    for codes in (
        range(11, 20),
        (21,),
        range(31, 37),
        range(51, 54),
        range(61, 66),
        range(71, 77),
        range(81, 83),
        range(91, 97),
    )
    for code in codes
)

KEPRI_REGENCY_CODES: dict[str, str] = {
    "01": "Kabupaten Karimun",
    "02": "Kabupaten Bintan",
    "03": "Kabupaten Natuna",
    "04": "Kabupaten Lingga",
    "05": "Kabupaten Kepulauan Anambas",
    "71": "Kota Batam",
    "72": "Kota Tanjungpinang",
}

# Only these separators are dropped; other characters stay, so they are refused.
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]")
# [0-9], never \d or str.isdigit(): those also accept digits such as "٢" or "２".
_NIK_PATTERN = re.compile(r"[0-9]{16}")
_ASCII_DIGITS = re.compile(r"[0-9]*")

_REGENCY_WARNING = _("Regency code %(code)s is not known for this province; check it.")
_DISTRICT_WARNING = _("District code %(code)s is not known for this regency; check it.")


@dataclass(frozen=True)
class NikInfo:
    """What a plausible NIK says about its holder."""

    province_code: str
    regency_code: str
    district_code: str
    birth_date: datetime.date
    is_female: bool
    serial: str
    warnings: tuple[str, ...]


def normalize_nik(value: str) -> str:
    """Drop the spaces, dots and dashes people type, e.g. "2171 0101 9001 0001"."""
    return _SEPARATORS.sub("", value)


def validate_nik(
    value: str,
    *,
    declared_birth_date: datetime.date | None = None,
    today: datetime.date | None = None,
) -> NikInfo:
    """Check that ``value`` is a plausible NIK and return what it encodes.

    - Raise ``ValidationError`` with one message and the code of the first failed
      check, in this order: ``length``, ``province``, ``date``, ``serial``,
      ``birth_date_mismatch``.
    - The date digits DDMMYY are read as 19YY and as 20YY; a reading counts when
      the date exists and is not after ``today`` (default: today in the current
      time zone).
    - When both readings count, the century is the one of ``declared_birth_date``;
      without a declared date the 19YY reading wins, since most applicants are
      adults.
    - A ``declared_birth_date`` that equals neither reading is refused.
    - Unknown regency or district codes only add a text to ``warnings``: regions
      split over time, so the tables lag behind real NIKs.
    """
    nik = normalize_nik(value)
    if not _NIK_PATTERN.fullmatch(nik):
        if _ASCII_DIGITS.fullmatch(nik):
            raise ValidationError(
                _("A NIK has exactly 16 digits; you entered %(count)d."),
                code="length",
                params={"count": len(nik)},
            )
        raise ValidationError(_("A NIK contains digits only."), code="length")

    province_code, regency_code, district_code = nik[0:2], nik[2:4], nik[4:6]
    date_digits, serial = nik[6:12], nik[12:16]

    if province_code not in PROVINCE_CODES:
        raise ValidationError(
            _("The first two digits (%(code)s) are not an Indonesian province code."),
            code="province",
            params={"code": province_code},
        )

    today = today if today is not None else timezone.localdate()
    is_female = int(date_digits[0:2]) > FEMALE_DAY_OFFSET
    readings = _birth_date_readings(date_digits, today)
    if not readings:
        raise ValidationError(
            _("Digits 7 to 12 (%(digits)s) are not a valid date of birth."),
            code="date",
            params={"digits": date_digits},
        )

    if serial == "0000":
        raise ValidationError(_("The last four digits cannot be 0000."), code="serial")

    if declared_birth_date is None:
        birth_date = readings[0]
    elif declared_birth_date in readings:
        birth_date = declared_birth_date
    else:
        raise ValidationError(
            _("The NIK does not match the date of birth you entered."),
            code="birth_date_mismatch",
        )

    return NikInfo(
        province_code=province_code,
        regency_code=regency_code,
        district_code=district_code,
        birth_date=birth_date,
        is_female=is_female,
        serial=serial,
        warnings=_region_warnings(province_code, regency_code, district_code),
    )


def mask_nik(value: str) -> str:
    """Hide the middle eight digits: "2171********0001".

    Anything but 16 ASCII digits comes back as stars only, one per character, so
    a mistyped or garbage value never leaks.
    """
    if _NIK_PATTERN.fullmatch(value):
        return f"{value[:4]}{'*' * 8}{value[-4:]}"
    return "*" * len(value)


def _birth_date_readings(date_digits: str, today: datetime.date) -> list[datetime.date]:
    """Return the dates DDMMYY can mean, 19YY first, none after ``today``."""
    day = int(date_digits[0:2])
    month = int(date_digits[2:4])
    year = int(date_digits[4:6])
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
    readings = []
    for century in (1900, 2000):
        try:
            # date() refuses day 0, days past the month's end and month 0 or 13;
            # 29 Feb 00 exists only in 2000, since 1900 was not a leap year.
            reading = datetime.date(century + year, month, day)
        except ValueError:
            continue
        if reading <= today:
            readings.append(reading)
    return readings


def _region_warnings(
    province_code: str, regency_code: str, district_code: str
) -> tuple[str, ...]:
    """Return warnings for regency and district codes not known to be in use."""
    warnings = []
    if province_code == KEPRI_PROVINCE_CODE:
        regency_is_known = regency_code in KEPRI_REGENCY_CODES
    else:
        # No regency table outside Kepri: only "00" is surely not a regency.
        regency_is_known = regency_code != "00"
    if not regency_is_known:
        warnings.append(_REGENCY_WARNING % {"code": regency_code})
    if district_code == "00":
        warnings.append(_DISTRICT_WARNING % {"code": district_code})
    return tuple(warnings)
