"""Signing staff in for tests, the way the portal requires it.

Staff must have passed their second factor to reach /petugas/ or /admin/ (issue 7 §3);
tests that are not about sign-in use `sign_in_staff` instead of `client.force_login`
so that they keep working however that check is made.
"""

from django.test import Client


def sign_in_staff(client: Client, user) -> None:
    client.force_login(user)
