"""Indonesian as Django writes it, with hours of two digits: 07.30 (as on the malls'
signs and in the portal's own `hhmm`), not 7.30."""

TIME_FORMAT = "H.i"
DATETIME_FORMAT = "j F Y, H.i"
SHORT_DATETIME_FORMAT = "d-m-Y H.i"
