"""Citizen sign-up: one account per double tap, and no NIK enumeration.

**A NIK that already has an account is not reported on the page.** Saying "this NIK
is registered" would tell anyone, without even a mailbox, whether a given NIK has an
account here. Instead the page answers exactly as for a free NIK ("we sent you an
e-mail"), no account is created, the holder's address is told that someone tried
(so a real citizen learns of a probe or of their own forgotten account), and the new
address is told that the registration could not be completed, with the way out for a
citizen whose NIK someone else registered. The trade-off: an attacker who owns a real
mailbox can still learn the answer from that mailbox, one probe per e-mail, throttled
by the sign-up limit and announced to the holder each time. A page that answers
differently could be scraped; that is what this closes.

**A double tap creates one account.** The user row, its NIK and its e-mail address
are written in one transaction; a parallel sign-up with the same e-mail or NIK that
committed first makes this one roll back whole (no account without a NIK is left
behind) and answer with the same neutral page.
"""

import logging

from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm
from allauth.account.internal import flows

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)


class PortalSignupForm(SignupForm):
    nik_holder = None  # set by accounts.forms.SignupForm.clean()

    def try_save(self, request: HttpRequest):
        if self.nik_holder is not None:
            return None, self._nik_held(request)
        try:
            with transaction.atomic():
                return super().try_save(request)
        except IntegrityError:
            # A parallel sign-up with this e-mail or NIK committed first: its
            # verification e-mail is on its way, so this one only answers alike.
            logger.info("Sign-up lost a race on a unique e-mail or NIK; rolled back")
            return None, get_adapter().respond_email_verification_sent(request, None)

    def _nik_held(self, request: HttpRequest):
        adapter = get_adapter()
        holder = self.nik_holder
        email = self.cleaned_data["email"]
        reset_url = request.build_absolute_uri(reverse("account_reset_password"))
        if holder.email != email:
            with translation.override(holder.preferred_language or "id"):
                adapter.send_mail(
                    "account/email/nik_signup_attempt",
                    holder.email,
                    {"masked_nik": holder.masked_nik, "password_reset_url": reset_url},
                )
        if self.account_already_exists:
            # The address has an account too: allauth tells its owner, as for any
            # sign-up with a registered address.
            return flows.signup.prevent_enumeration(request, email=email)
        adapter.send_mail(
            "account/email/nik_signup_refused", email, {"password_reset_url": reset_url}
        )
        return adapter.respond_email_verification_sent(request, None)
