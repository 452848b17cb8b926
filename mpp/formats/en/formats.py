"""English as read in Kepulauan Riau: 24-hour clock with a colon (07:30, not
7:30 a.m.), day before month (5 January 2026, 05/01/2026), weeks from Monday."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# Day first, as dates are shown; never the American month first (05/01 is 5 January).
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2026-01-05' (first: what <input type="date"> sends and expects)
    "%d/%m/%Y",  # '05/01/2026'
    "%d/%m/%y",  # '05/01/26'
    "%d %b %Y",  # '5 Jan 2026'
    "%d %B %Y",  # '5 January 2026'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",  # '2026-01-05 14:30:59'
    "%Y-%m-%d %H:%M:%S.%f",  # '2026-01-05 14:30:59.000200'
    "%Y-%m-%d %H:%M",  # '2026-01-05 14:30'
    "%d/%m/%Y %H:%M:%S",  # '05/01/2026 14:30:59'
    "%d/%m/%Y %H:%M",  # '05/01/2026 14:30'
]
