from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from applications import uploads
from services.constants import FieldKind
from services.i18n import localized
from services.models import Requirement, ServiceField

MB = 1024 * 1024
ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"


class StartForm(forms.Form):
    """Step 1: the mall where the citizen will be served. `start_key` makes a resent
    form find the draft it already created."""

    mall = forms.ModelChoiceField(
        label=_("Where do you want to be served?"),
        queryset=None,
        to_field_name="slug",
        widget=forms.RadioSelect,
        empty_label=None,
    )
    start_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, malls, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mall"].queryset = malls


def _check_upload(form: forms.Form, name: str, requirement: Requirement) -> str | None:
    """The content type of the file posted as `name`, or None (nothing posted, or
    refused: the refusal is added as that field's error). An accepted file is
    replaced in `cleaned_data` by its re-written copy, the one to store."""
    file = form.cleaned_data.get(name)
    if not file:
        return None
    try:
        upload = uploads.sanitize_upload(file, max_bytes=requirement.max_upload_mb * MB)
    except ValidationError as error:
        form.add_error(name, error)
        return None
    form.cleaned_data[name] = upload.file
    return upload.content_type


def marked_label(name: str, *, required: bool) -> SafeString:
    """A label with its mark, as the form's legend explains: "KTP-el * wajib" or
    "Pas foto opsional" (the star is hidden from screen readers, which read the
    word). `name` is escaped: it is catalogue text."""
    if required:
        return format_html(
            '{} <span class="text-danger" aria-hidden="true">*</span> <span '
            'class="badge rounded-pill text-bg-light border field-mark">{}</span>',
            name,
            pgettext("form field mark", "required"),
        )
    return format_html(
        '{} <span class="badge rounded-pill text-bg-light border field-mark '
        'fw-normal">{}</span>',
        name,
        pgettext("form field mark", "optional"),
    )


def _answer_field(field: ServiceField) -> forms.Field:
    # Help text is rendered as HTML by the form templates: escape what staff typed.
    common = {
        "label": marked_label(localized(field, "label"), required=field.is_required),
        "required": False,  # a draft may be saved half-done; see ApplicationForm
        "help_text": escape(localized(field, "help_text")),
    }
    attrs = {"aria-required": "true"} if field.is_required else {}
    if field.kind == FieldKind.NUMBER:
        return forms.DecimalField(
            **common, max_digits=18, decimal_places=2, widget=forms.NumberInput(attrs)
        )
    if field.kind == FieldKind.DATE:
        return forms.DateField(
            **common, widget=forms.DateInput(attrs={"type": "date", **attrs})
        )
    if field.kind == FieldKind.CHOICE:
        options = [("", "—")] + [(o, o) for o in field.option_list]
        return forms.ChoiceField(**common, choices=options, widget=forms.Select(attrs))
    return forms.CharField(**common, max_length=500, widget=forms.TextInput(attrs))


class ApplicationForm(forms.Form):
    """Step 2: one upload per document requirement and the service's extra fields.

    Nothing is required here, so a draft can be saved half-done; completeness is
    checked when the citizen sends it (actions.missing_items). Each file is checked
    by content; a refused file gets its own message, and the valid parts of the same
    post are still saved (see views.application_edit).
    """

    def __init__(
        self,
        *args,
        requirements: list[Requirement],
        service_fields: list[ServiceField],
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.requirements = {f"doc_{r.pk}": r for r in requirements if r.needs_upload}
        self.service_fields = {f.key: f for f in service_fields}
        self.file_types: dict[int, str] = {}
        for name, requirement in self.requirements.items():
            limit = requirement.max_upload_mb
            hint = _("PDF, JPEG or PNG, at most %(limit)d MB.") % {"limit": limit}
            description = localized(requirement, "description").rstrip(". ")
            attrs = {"accept": ACCEPT}
            if requirement.is_mandatory:
                attrs["aria-required"] = "true"
            self.fields[name] = forms.FileField(
                label=marked_label(
                    localized(requirement, "name"), required=requirement.is_mandatory
                ),
                required=False,
                help_text=f"{escape(description)}. {hint}" if description else hint,
                # A plain file input: the file already uploaded is shown under it
                # with its name, size and a link (application_edit.html).
                widget=forms.FileInput(attrs=attrs),
            )
        for key, field in self.service_fields.items():
            self.fields[key] = _answer_field(field)

    def documents(self, *, mandatory: bool) -> list[tuple[str, Requirement]]:
        """(field name, requirement) of the required or of the optional documents,
        in form order: the template shows them as two groups."""
        return [
            (name, requirement)
            for name, requirement in self.requirements.items()
            if requirement.is_mandatory == mandatory
        ]

    @property
    def required_documents(self) -> list[tuple[str, Requirement]]:
        return self.documents(mandatory=True)

    @property
    def optional_documents(self) -> list[tuple[str, Requirement]]:
        return self.documents(mandatory=False)

    def clean(self):
        cleaned = super().clean()
        for name, requirement in self.requirements.items():
            if content_type := _check_upload(self, name, requirement):
                self.file_types[requirement.pk] = content_type
        return cleaned

    def valid_answers(self) -> dict[str, str]:
        """Answers that passed validation, as strings for the JSON column."""
        data = getattr(self, "cleaned_data", {})
        return {
            key: "" if data[key] is None else str(data[key])
            for key in self.service_fields
            if key in data and key not in self.errors
        }

    def valid_files(self) -> dict[int, tuple]:
        data = getattr(self, "cleaned_data", {})
        return {
            requirement.pk: (data[name], self.file_types[requirement.pk])
            for name, requirement in self.requirements.items()
            if data.get(name) and requirement.pk in self.file_types
        }


class FixForm(forms.Form):
    """Replace only the documents the officer marked "needs to be fixed"."""

    def __init__(self, *args, documents, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.documents = {f"doc_{d.requirement_id}": d for d in documents}
        self.file_types: dict[int, str] = {}
        for name, document in self.documents.items():
            self.fields[name] = forms.FileField(
                label=localized(document.requirement, "name"),
                required=True,
                help_text=escape(document.review_note),
            )

    def clean(self):
        cleaned = super().clean()
        for name, document in self.documents.items():
            if content_type := _check_upload(self, name, document.requirement):
                self.file_types[document.requirement_id] = content_type
        return cleaned

    def valid_files(self) -> list[tuple]:
        """(requirement, file, content type) of each replacement that passed."""
        data = getattr(self, "cleaned_data", {})
        return [
            (d.requirement, data[name], self.file_types[d.requirement_id])
            for name, d in self.documents.items()
            if data.get(name) and d.requirement_id in self.file_types
        ]


class TrackForm(forms.Form):
    number = forms.CharField(
        label=_("Tracking number"),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "placeholder": "BTM-7KQ2-94XD",
                "autocapitalize": "characters",
                "autocomplete": "off",
            }
        ),
    )
