"""The kiosk's forms: taking a number, and checking in an online booking.

(The online booking form lives with its view, queueing/views/online.py.)
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from queueing.models import PriorityClass

#: Paper widths of the kiosks' thermal printers, in millimetres.
PAPER_WIDTHS = ("80", "58")
CHECK_IN_CODE_LENGTH = 6
# A non-breaking hyphen in the example: the code stays on one line.
WRONG_LENGTH = _("The check-in code has 6 letters and digits, e.g. K7M‑2QX.")


def paper_width(value: str | None) -> str:
    """A kiosk's paper width from a query parameter: 80 mm unless 58 is asked."""
    return value if value in PAPER_WIDTHS else PAPER_WIDTHS[0]


class KioskIssueForm(forms.Form):
    """Step 3 of the kiosk: the chosen service, an optional priority class and the
    page's one-time `issue_key` (a double tap or a resent form finds the first
    ticket). The priority reason is the class itself, as the citizen tapped it."""

    service = forms.CharField(max_length=200, widget=forms.HiddenInput)
    priority = forms.ChoiceField(
        label=_("Priority"),
        choices=PriorityClass.choices,
        initial=PriorityClass.NONE,
        widget=forms.RadioSelect,
    )
    issue_key = forms.UUIDField(widget=forms.HiddenInput)
    paper = forms.ChoiceField(
        choices=[(w, w) for w in PAPER_WIDTHS], required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, find_service=None, **kwargs):
        """`find_service(slug)`: what the kiosk offers under that slug, or None;
        without it, `service` is the slug as sent (the caller looks it up)."""
        super().__init__(*args, **kwargs)
        self._find_service = find_service

    def clean_service(self):
        if self._find_service is None:
            return self.cleaned_data["service"]
        found = self._find_service(self.cleaned_data["service"])
        if found is None:
            raise forms.ValidationError(
                _(
                    "Select a valid choice. That choice is not one of the available "
                    "choices."
                ),
                code="invalid_choice",
            )
        return found

    def clean(self):
        cleaned = super().clean()
        priority = cleaned.get("priority", PriorityClass.NONE)
        # Recorded for the officers in the portal's own language ("Lansia"), whatever
        # language the kiosk showed.
        with translation.override(settings.LANGUAGE_CODE):
            cleaned["priority_reason"] = (
                ""
                if priority == PriorityClass.NONE
                else str(PriorityClass(priority).label)
            )
        cleaned["paper"] = paper_width(cleaned.get("paper"))
        return cleaned


def normalize_check_in_code(value: str) -> str:
    """Capitals and digits only: "abc-d2f", "ABC D2F" and "ABCD2F" are one code."""
    return "".join(ch for ch in value.upper() if ch.isalnum())


class CheckInForm(forms.Form):
    # Rendered by hand in kiosk_check_in.html: a big input, no autocorrect.
    code = forms.CharField(
        label=_("Check-in code"),
        max_length=20,
        error_messages={"required": WRONG_LENGTH},
    )

    def clean_code(self) -> str:
        code = normalize_check_in_code(self.cleaned_data["code"])
        if len(code) != CHECK_IN_CODE_LENGTH:
            raise forms.ValidationError(WRONG_LENGTH)
        return code
