from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from applications import uploads
from applications.models import ApplicationStatus

MB = 1024 * 1024
STATUS_CHOICES = [
    ("open", _("Waiting for us")),
    ("all", _("All")),
    *[(s.value, s.label) for s in ApplicationStatus if s != ApplicationStatus.DRAFT],
]


class InboxFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Tracking number or name"), required=False, max_length=80
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=STATUS_CHOICES, required=False, initial="open"
    )
    service = forms.TypedChoiceField(
        label=_("Service"), required=False, coerce=int, empty_value=None
    )
    due = forms.ChoiceField(
        label=_("Deadline"),
        required=False,
        choices=[("", _("Any")), ("soon", _("Due soon")), ("overdue", _("Overdue"))],
    )
    assigned = forms.ChoiceField(
        label=_("Officer"),
        required=False,
        choices=[("", _("Anyone")), ("mine", _("Mine")), ("unassigned", _("Nobody"))],
    )

    def __init__(self, *args, services=(), **kwargs):
        """`services`: (id, name) pairs (applications.selectors.inbox_services)."""
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [("", _("All services")), *services]


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class DocumentCheckForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", "accept"), ("fix", "fix")])
    note = forms.CharField(required=False, max_length=1000)


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to the applicant"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CompleteForm(forms.Form):
    output = forms.FileField(
        label=_("Output document (PDF, JPEG or PNG)"),
        help_text=_("The document the applicant downloads, e.g. the signed letter."),
    )

    def clean_output(self):
        file = self.cleaned_data["output"]
        try:
            upload = uploads.sanitize_upload(file, max_bytes=10 * MB)
        except ValidationError as error:
            raise error from None
        self.content_type = upload.content_type
        return upload.file
