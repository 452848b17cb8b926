"""Phone numbers in E.164: "081270001234" (as the old form stored them) becomes
"+6281270001234". A value that is not a valid number is kept as it was typed: the
profile form asks for a valid one, and until then messages go by e-mail."""

import phonenumber_field.modelfields
import phonenumbers

from django.db import migrations


def _convert(apps, fmt, region):
    User = apps.get_model("accounts", "User")
    for pk, phone in User.objects.exclude(phone="").values_list("pk", "phone"):
        try:
            number = phonenumbers.parse(str(phone), region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        if fmt == "national":  # back to the old form's digits: 081270001234
            value = "0" + str(number.national_number) if number.country_code == 62 else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        else:
            value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if value != phone:
            User.objects.filter(pk=pk).update(phone=value)


def to_e164(apps, schema_editor):
    _convert(apps, "e164", "ID")


def to_national(apps, schema_editor):
    _convert(apps, "national", None)


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0002_user_birth_date_user_nik_user_notification_channel_and_more"),
    ]

    operations = [
        # While the column is still a CharField, so values are read as typed.
        migrations.RunPython(to_e164, to_national, elidable=False),
        migrations.AlterField(
            model_name="user",
            name="phone",
            field=phonenumber_field.modelfields.PhoneNumberField(
                blank=True, max_length=20, region="ID", verbose_name="phone number"
            ),
        ),
    ]
