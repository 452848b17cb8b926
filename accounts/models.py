from phonenumber_field.modelfields import PhoneNumberField

from django.conf import settings
from django.contrib.auth.models import (
    AbstractBaseUser,
    BaseUserManager,
    PermissionsMixin,
)
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.nik import mask_nik


class NotificationChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person using the portal: a citizen, an officer, a manager or an admin.

    Login is by e-mail. The NIK (national ID number) arrives with citizen accounts;
    it will be a nullable, unique column on this table, shown only masked.
    """

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    # E.164 (+6281234567890); a number typed as 0812… is read as Indonesian.
    phone = PhoneNumberField(_("phone number"), region="ID", max_length=20, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="id",
    )
    # The 16-digit national ID number of a citizen, validated by accounts.nik. Shown
    # only masked (masked_nik); never put in a URL, a log line or a display board.
    nik = models.CharField(_("NIK"), max_length=16, null=True, blank=True, unique=True)
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    notification_channel = models.CharField(
        _("notify me by"),
        max_length=10,
        choices=NotificationChannel,
        default=NotificationChannel.EMAIL,
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Can sign in to the administration site."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_provincial_admin = models.BooleanField(
        _("provincial admin"),
        default=False,
        help_text=_("Manages the catalogue and staff of every mall in the province."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="accounts_user_email_ci_unique",
                violation_error_message=_(
                    "An account with this e-mail already exists."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(nik__isnull=True)
                | models.Q(nik__regex=r"^[0-9]{16}$"),
                name="accounts_user_nik_sixteen_digits",
                violation_error_message=_("A NIK has exactly 16 digits."),
            ),
            models.CheckConstraint(
                condition=models.Q(is_provincial_admin=False) | models.Q(is_staff=True),
                name="accounts_user_provincial_admin_is_staff",
                violation_error_message=_("A provincial admin must have staff status."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} <{self.email}>"

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    @property
    def masked_nik(self) -> str:
        return mask_nik(self.nik) if self.nik else ""

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email
