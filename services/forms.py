from django import forms
from django.utils.translation import gettext_lazy as _

from agencies import selectors as agency_selectors


class ServiceSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for a service"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "placeholder": _("e.g. paspor, KTP, SKCK, akta kelahiran"),
                "autocomplete": "off",
                "enterkeyhint": "search",
                "class": "form-control",
            }
        ),
    )
    mall = forms.ModelChoiceField(
        label=_("Mall"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("All malls"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("All agencies"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mall"].queryset = agency_selectors.mall_list_for_choices()
        self.fields["agency"].queryset = agency_selectors.agency_list_for_choices()
