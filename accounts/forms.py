from django import forms
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import nik as nik_rules
from accounts.models import User

PHONE_HELP = _("Mobile number for SMS or WhatsApp, e.g. 0812 3456 7890.")


def _clean_phone(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isascii() and ch.isdigit())
    if value.strip().startswith("+62"):
        digits = "0" + digits[2:]
    if not (9 <= len(digits) <= 14 and digits.startswith("0")):
        raise ValidationError(
            _("Enter a phone number of 9 to 14 digits starting with 0."), code="phone"
        )
    return digits


class SignupForm(forms.Form):
    """Extra fields of the citizen sign-up (django-allauth adds e-mail and password)."""

    full_name = forms.CharField(label=_("Full name (as on your KTP)"), max_length=150)
    phone = forms.CharField(
        label=_("Phone number"), max_length=20, help_text=PHONE_HELP
    )
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

    def clean_phone(self) -> str:
        return _clean_phone(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
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
        if birth_date and birth_date > timezone.localdate():
            self.add_error("birth_date", _("The date of birth is in the future."))
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
    class Meta:
        model = User
        fields = ["full_name", "phone", "preferred_language", "notification_channel"]
        help_texts = {"phone": PHONE_HELP}

    def clean_phone(self) -> str:
        value = self.cleaned_data["phone"]
        return _clean_phone(value) if value else value

    def clean(self):
        cleaned = super().clean()
        channel = cleaned.get("notification_channel")
        if channel in ("sms", "whatsapp") and not cleaned.get("phone"):
            self.add_error("phone", _("SMS and WhatsApp need a phone number."))
        return cleaned
