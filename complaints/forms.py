from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from agencies.models import Booth
from applications import tracking, uploads
from complaints.actions import MAX_ATTACHMENTS
from complaints.models import Classification


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class BoothChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Booth) -> str:
        return f"{obj.agency.short_name} – {obj.mall.name}"


class ComplaintForm(forms.Form):
    booth = BoothChoiceField(
        label=_("Agency and mall"),
        queryset=Booth.objects.none(),
        help_text=_("The agency's booth your complaint is about."),
    )
    text = forms.CharField(
        label=_("Your complaint"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text=_("What happened, when and where. Do not write your NIK here."),
    )
    contact_name = forms.CharField(label=_("Name"), max_length=150, required=False)
    contact_email = forms.EmailField(label=_("E-mail address"), required=False)
    contact_phone = forms.CharField(
        label=_("Phone number"), max_length=30, required=False
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("Optional: up to 3 files, PDF, JPEG or PNG, 5 MB each."),
    )
    submit_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, booths, fixed_booth: Booth | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["booth"].queryset = booths
        if fixed_booth is not None:
            # About an application or a ticket: its booth, not a choice.
            self.fields["booth"].queryset = Booth.objects.filter(pk=fixed_booth.pk)
            self.fields["booth"].initial = fixed_booth.pk
            self.fields["booth"].widget = forms.HiddenInput()

    def clean_attachments(self):
        files = self.cleaned_data["attachments"]
        if len(files) > MAX_ATTACHMENTS:
            raise ValidationError(
                _("At most %(count)s files can be attached."),
                params={"count": MAX_ATTACHMENTS},
            )
        # Checked and re-written by the applications' own upload checks.
        return [uploads.sanitize_upload(file) for file in files]


class ClassifyForm(forms.Form):
    classification = forms.ChoiceField(
        label=_("Classification"), choices=Classification.choices
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer to the complainant"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the complaint is not handled"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class TrackForm(forms.Form):
    number = forms.CharField(
        label=_("Tracking number"),
        max_length=20,
        help_text=_("e.g. ADU-7KQ2-94XD"),
    )

    def clean_number(self):
        return tracking.tracking_number_normalize(self.cleaned_data["number"])
