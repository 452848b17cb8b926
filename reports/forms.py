"""The dashboards' chooser: period and grouping (input validation only)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_DAYS = 366

PERIOD_CHOICES = [
    ("bulan-ini", _("This month")),
    ("bulan-lalu", _("Last month")),
    ("tahun-ini", _("This year")),
    ("rentang", _("Custom range")),
]
GROUP_CHOICES = [
    ("mpp", _("Mall")),
    ("gerai", _("Booth")),
    ("instansi", _("Agency")),
    ("layanan", _("Service")),
]


class DateInput(forms.DateInput):
    input_type = "date"


class DashboardForm(forms.Form):
    """Every field is optional: an empty chooser means this month, by mall. The
    cleaned data carry `start` and `end` (both included)."""

    periode = forms.ChoiceField(
        label=_("Period"), choices=PERIOD_CHOICES, required=False
    )
    dari = forms.DateField(label=_("From"), required=False, widget=DateInput)
    sampai = forms.DateField(label=_("To"), required=False, widget=DateInput)
    kelompok = forms.ChoiceField(
        label=_("Group by"), choices=GROUP_CHOICES, required=False
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        for name, field in self.fields.items():
            css = "form-select" if name in ("periode", "kelompok") else "form-control"
            field.widget.attrs["class"] = f"{css} {css}-sm"

    def clean(self) -> dict:
        data = super().clean()
        data["kelompok"] = data.get("kelompok") or "mpp"
        period = data.get("periode") or "bulan-ini"
        data["periode"] = period
        today = self.today
        if period == "bulan-ini":
            start, end = today.replace(day=1), today
        elif period == "bulan-lalu":
            end = today.replace(day=1) - dt.timedelta(days=1)
            start = end.replace(day=1)
        elif period == "tahun-ini":
            start, end = today.replace(month=1, day=1), today
        else:
            start, end = data.get("dari"), data.get("sampai")
            if start is None or end is None:
                if "dari" not in self.errors and "sampai" not in self.errors:
                    raise forms.ValidationError(
                        _("Give both the first and the last day of the range.")
                    )
                return data
            if start > end:
                raise forms.ValidationError(
                    _("The first day of the range is after its last day.")
                )
            if (end - start).days + 1 > MAX_DAYS:
                raise forms.ValidationError(
                    _("Choose at most %(days)d days.") % {"days": MAX_DAYS}
                )
        data["start"], data["end"] = start, end
        return data
