"""Helpers shared by the audit tests."""

import datetime as dt

import pytest

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory

from audit.models import AuditAction, AuditEvent, AuditRole

ADDRESS = "203.0.113.7"


class Boom(Exception):
    """Makes a transaction roll back."""


def needs_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (triggers, a second connection)")


def request_by(user=None, *, address: str | None = ADDRESS):
    """A back-office GET by `user` (anonymous by default) from `address`."""
    request = RequestFactory().get("/petugas/")
    if address is None:
        del request.META["REMOTE_ADDR"]
    else:
        request.META["REMOTE_ADDR"] = address
    request.user = user or AnonymousUser()
    return request


def event_at(
    at: dt.datetime,
    *,
    actor=None,
    role: str = AuditRole.OFFICER,
    action: str = AuditAction.VIEW_APPLICATION,
    application=None,
    citizen=None,
) -> AuditEvent:
    """A row written at a chosen time (audit_record always writes "now")."""
    if application is not None:
        citizen = application.citizen
    return AuditEvent.objects.create(
        at=at,
        actor_id=actor.pk if actor else None,
        actor_label=f"{actor.full_name} <{actor.email}>" if actor else "",
        role=role,
        action=action,
        application_id=application.pk if application else None,
        citizen_id=citizen.pk if citizen else None,
    )
