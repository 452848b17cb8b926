"""Writing the audit trail: `audit_record` is the only way a row is made.

**Transactions.** A status change's row is written in the caller's transaction, so
it exists exactly when the change it records does: call `audit_record` inside the
action, after the change. Every other action (`INDEPENDENT_ACTIONS`: sign-ins,
refusals, looks at data) outlives a rollback: a look or a refusal happened whatever
became of the surrounding work, and "access denied" is typically followed by an
exception that rolls the caller's transaction back. Outside a transaction the row
commits at once; inside one, on PostgreSQL, it is written on a second, short-lived
connection of its own that commits at once (no lock is shared: the table has no
foreign keys). Two cases keep it in the caller's transaction instead:

* SQLite (development only) allows one writer at a time, so a second connection
  would wait for the first one's lock until it timed out;
* inside a test case's transaction (Django's `TestCase`, pytest-django's `db`),
  which is rolled back after each test: a row committed elsewhere would leak into
  later tests. Tests of this behaviour use `transaction=True`.
"""

from __future__ import annotations

import ipaddress
import json
from typing import TYPE_CHECKING, Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import load_backend
from django.http import HttpRequest

from accounts.models import User
from agencies import permissions
from audit.models import INDEPENDENT_ACTIONS, AuditAction, AuditEvent, AuditRole
from mpp.logmask import mask_text
from mpp.ratelimit import client_address

if TYPE_CHECKING:
    from applications.models import Application

#: The alias of the short-lived connection independent rows are written on.
_OWN_CONNECTION = "audit_independent"


def role_of(user) -> str:
    """The highest role of `user` right now, as an AuditRole value: what
    agencies.permissions grants them (kept on the user for the request, so the
    back office's own check already paid for it)."""
    if user is None or not user.is_authenticated:
        return AuditRole.ANONYMOUS
    # A superuser can do everything a provincial admin can.
    if user.is_superuser or user.is_provincial_admin:
        return AuditRole.PROVINCIAL_ADMIN
    return AuditRole(permissions.actor_for(user).role)


def audit_record(
    *,
    action: str,
    request: HttpRequest | None = None,
    actor: User | None = None,
    role: str = "",
    application: Application | None = None,
    citizen: User | None = None,
    object_repr: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one row to the audit trail and return it.

    - `actor`: who acted; by default the request's signed-in user. Stored as an id
      and a "full name <e-mail>" snapshot.
    - `role`: an AuditRole value; by default `role_of(actor)`, or "anonymous" for a
      request without a signed-in user, or "system" with neither (a task).
    - `application`: sets the application and its citizen; its tracking number is
      the default `object_repr`. `citizen` alone is for data outside applications.
    - `object_repr` and `detail` are stored with any NIK-like number masked.
    - Transactions: see the module docstring.
    """
    action = AuditAction(action)  # ValueError for an unknown action, before any query
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            actor = user
    if not role:
        if actor is not None:
            role = role_of(actor)
        else:
            role = AuditRole.ANONYMOUS if request is not None else AuditRole.SYSTEM
    citizen_id = citizen.pk if citizen is not None else None
    application_id = None
    if application is not None:
        if citizen_id is not None and citizen_id != application.citizen_id:
            raise ValueError("`citizen` is not the citizen of `application`.")
        application_id, citizen_id = application.pk, application.citizen_id
        object_repr = (
            object_repr
            or application.tracking_number
            or f"Application {application.pk}"
        )
    event = AuditEvent(
        action=action,
        role=AuditRole(role),
        actor_id=actor.pk if actor is not None else None,
        actor_label=(
            f"{actor.full_name} <{actor.email}>"[:300] if actor is not None else ""
        ),
        ip=_ip_of(request),
        application_id=application_id,
        citizen_id=citizen_id,
        object_repr=mask_text(object_repr)[:200],
        detail=_masked(detail or {}),
    )
    if action in INDEPENDENT_ACTIONS and _rollback_could_take_it():
        _save_on_own_connection(event)
    else:
        event.save()
    return event


def _ip_of(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    try:
        return str(ipaddress.ip_address(client_address(request)))
    except ValueError:  # "unknown": no address (a test client, a management command)
        return None


def _masked(detail: dict[str, Any]) -> dict[str, Any]:
    """`detail` as it will be stored (JSON: dates and ids become strings), with
    NIK-like numbers masked in every key and value, numbers included."""

    def mask(value):
        if isinstance(value, dict):
            return {mask_text(key): mask(item) for key, item in value.items()}
        if isinstance(value, list):
            return [mask(item) for item in value]
        if isinstance(value, str | int) and not isinstance(value, bool):
            masked = mask_text(str(value))
            return value if masked == str(value) else masked
        return value

    return mask(json.loads(json.dumps(detail, cls=DjangoJSONEncoder)))


def _rollback_could_take_it() -> bool:
    """Whether a row saved on the default connection now could still be rolled
    back by the caller, and another connection may write it instead."""
    connection = connections[DEFAULT_DB_ALIAS]
    if not connection.in_atomic_block or connection.vendor == "sqlite":
        return False
    # Django marks the atomic blocks of a test case as it does for its own
    # durability check (django.db.transaction.Atomic.__enter__).
    return not any(
        getattr(block, "_from_testcase", False) for block in connection.atomic_blocks
    )


def _save_on_own_connection(event: AuditEvent) -> None:
    """Insert `event` on a new connection in autocommit mode, then close it."""
    settings_dict = connections[DEFAULT_DB_ALIAS].settings_dict
    own = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(
        dict(settings_dict), _OWN_CONNECTION
    )
    connections[_OWN_CONNECTION] = own  # this thread only (connections is local)
    try:
        event.save(using=_OWN_CONNECTION)
    finally:
        own.close()
        del connections[_OWN_CONNECTION]
    event._state.db = DEFAULT_DB_ALIAS
