"""The survey's form (nine optional questions of four answers, a comment and the
respondent's data) and the follow-up plan's form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from surveys.questionnaire import ELEMENTS, AgeBand, Education, Occupation, Sex


def _optional(choices, label) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=[("", _("Prefer not to say")), *choices],
        required=False,
        widget=forms.RadioSelect,
    )


class SurveyForm(forms.Form):
    """Every question may be left out; at least one must be answered."""

    comment = forms.CharField(
        label=_("Comments or suggestions (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    sex = _optional(Sex.choices, _("Sex"))
    age_band = _optional(AgeBand.choices, _("Age"))
    education = _optional(Education.choices, _("Education"))
    occupation = _optional(Occupation.choices, _("Occupation"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        questions = {}
        for element in ELEMENTS:
            questions[element.field] = forms.TypedChoiceField(
                label=f"{element.number}. {element.question}",
                help_text=element.name,
                choices=[
                    (str(i), answer) for i, answer in enumerate(element.answers, 1)
                ],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
        # The questions first, in the regulation's order.
        self.fields = questions | dict(self.fields)

    def clean(self):
        data = super().clean()
        if all(data.get(e.field) is None for e in ELEMENTS):
            raise forms.ValidationError(_("Answer at least one question."))
        return data

    def answers(self) -> dict[str, int | None]:
        return {e.field: self.cleaned_data.get(e.field) for e in ELEMENTS}

    def respondent(self) -> dict[str, str]:
        data = self.cleaned_data
        return {
            "comment": data.get("comment", ""),
            "sex": data.get("sex", ""),
            "age_band": data.get("age_band", ""),
            "education": data.get("education", ""),
            "occupation": data.get("occupation", ""),
        }


class FollowUpPlanForm(forms.Form):
    mall = forms.ModelChoiceField(label=_("Mall"), queryset=None)
    service = forms.ModelChoiceField(
        label=_("Service"),
        queryset=None,
        required=False,
        help_text=_("Leave empty for a plan about the whole mall."),
    )
    period_start = forms.DateField(
        label=_("Period from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    period_end = forms.DateField(
        label=_("Period until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    text = forms.CharField(
        label=_("Follow-up plan"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args, malls, services, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mall"].queryset = malls
        self.fields["service"].queryset = services

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The period ends after it starts."))
        return data
