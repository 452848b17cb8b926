import datetime as dt

import phonenumbers
from phonenumber_field.formfields import PhoneNumberField
from phonenumber_field.widgets import RegionalPhoneNumberWidget

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import nik as nik_rules
from accounts.models import User

# The earliest date of birth accepted: a NIK's date digits read as 19YY or 20YY, and an
# earlier date is a slip of the year (e.g. 0990 for 1990).
EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)

PHONE_HELP = _("Mobile number for SMS or WhatsApp, e.g. 0812 3456 7890.")


class MobilePhoneField(PhoneNumberField):
    """A mobile number as people type it ("0812 3456 7890", "+62 812-3456-7890",
    "62812…"; a foreign one with its +, "+65 9123 4567"), cleaned to E.164."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Phone number"))
        kwargs.setdefault("help_text", PHONE_HELP)
        kwargs.setdefault("max_length", 30)
        kwargs["error_messages"] = {
            "invalid": _(
                "Enter a mobile number, e.g. 0812 3456 7890 or +62 812 3456 7890."
            ),
            **kwargs.get("error_messages", {}),
        }
        widget = RegionalPhoneNumberWidget(
            region="ID", attrs={"autocomplete": "tel", "inputmode": "tel"}
        )
        super().__init__(region="ID", widget=widget, **kwargs)

    def validate(self, value) -> None:
        super().validate(value)
        if value in self.empty_values or not value.is_valid():
            return  # the field's validator says it is not a number
        if phonenumbers.number_type(value) not in _MOBILE:
            raise ValidationError(
                _(
                    "This is a landline number. SMS and WhatsApp need a mobile "
                    "number, e.g. 0812 3456 7890."
                ),
                code="not_mobile",
            )


_MOBILE = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


class SignupForm(forms.Form):
    """Extra fields of the citizen sign-up (django-allauth adds e-mail and password)."""

    full_name = forms.CharField(label=_("Full name (as on your KTP)"), max_length=150)
    phone = MobilePhoneField()
    birth_date = forms.DateField(
        label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"})
    )
    nik = forms.CharField(
        label=_("NIK"),
        max_length=24,
        help_text=_("The 16-digit number on your KTP or Kartu Keluarga."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    field_order = [
        "email",
        "full_name",
        "nik",
        "birth_date",
        "phone",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The browser's date picker offers only possible dates; the server still
        # checks (clean_birth_date) for browsers without one.
        self.fields["birth_date"].widget.attrs.update(
            min=EARLIEST_BIRTH_DATE.isoformat(), max=timezone.localdate().isoformat()
        )

    def clean_birth_date(self) -> dt.date:
        """A date of birth in the future or before 1900 is a typing slip: say so
        next to the date, rather than that the NIK does not match it."""
        birth_date = self.cleaned_data["birth_date"]
        if birth_date > timezone.localdate():
            raise ValidationError(
                _("The date of birth is in the future."), code="future"
            )
        if birth_date < EARLIEST_BIRTH_DATE:
            raise ValidationError(
                _("The date of birth cannot be before %(year)d. Check the year."),
                code="too_early",
                params={"year": EARLIEST_BIRTH_DATE.year},
            )
        return birth_date

    def clean(self):
        cleaned = super().clean()
        # A date refused by clean_birth_date is not in `cleaned`: the NIK is then
        # checked on its own, and not reported as not matching it.
        raw, birth_date = cleaned.get("nik"), cleaned.get("birth_date")
        if not raw:
            return cleaned
        try:
            nik_rules.validate_nik(raw, declared_birth_date=birth_date)
        except ValidationError as error:
            self.add_error("nik", error)
            return cleaned
        value = nik_rules.normalize_nik(raw)
        # Only an account with a verified e-mail holds its NIK: otherwise anyone
        # could block a citizen by signing up with their NIK and a throwaway address.
        # A NIK that is held is not reported here: the page would tell anyone that
        # this NIK has an account. accounts.signup answers as for a free NIK and
        # e-mails both addresses instead (the trade-off is written there).
        self.nik_holder = (
            User.objects.filter(nik=value, emailaddress__verified=True)
            .distinct()
            .first()
        )
        cleaned["nik"] = value
        return cleaned

    def signup(self, request, user: User) -> None:
        """Called by allauth once the account exists."""
        # A sign-up whose e-mail was never verified does not hold its NIK: a newer
        # sign-up with the NIK replaces it. It was never usable (sign-in needs a
        # verified address), so it is deleted rather than left without a NIK, which
        # the profile cannot add later. Anything else keeps its row.
        pending = (
            User.objects.filter(nik=self.cleaned_data["nik"])
            .exclude(pk=user.pk)
            .exclude(emailaddress__verified=True)
        )
        never_used = Q(last_login__isnull=True, is_staff=False)
        try:
            pending.filter(never_used).delete()
        except ProtectedError:  # records point at it: keep the row, drop the NIK
            never_used = Q(pk__in=[])
        # Only rows that were kept on purpose: a sign-up that committed meanwhile is
        # left alone, and this one's own save then fails on the unique NIK and rolls
        # back whole (accounts.signup).
        pending.exclude(never_used).update(nik=None)
        user.full_name = self.cleaned_data["full_name"]
        user.phone = self.cleaned_data["phone"]
        user.nik = self.cleaned_data["nik"]
        user.birth_date = self.cleaned_data["birth_date"]
        user.preferred_language = getattr(request, "LANGUAGE_CODE", "id")[:2]
        user.save(
            update_fields=[
                "full_name",
                "phone",
                "nik",
                "birth_date",
                "preferred_language",
            ]
        )


class ProfileForm(forms.ModelForm):
    phone = MobilePhoneField(required=False)

    class Meta:
        model = User
        fields = ["full_name", "phone", "preferred_language", "notification_channel"]

    def clean(self):
        cleaned = super().clean()
        channel = cleaned.get("notification_channel")
        if channel in ("sms", "whatsapp") and not cleaned.get("phone"):
            self.add_error("phone", _("SMS and WhatsApp need a phone number."))
        return cleaned
