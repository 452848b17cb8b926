"""Writes of the application workflow, split by who acts:

* applications.actions.citizen: what a citizen does with their own application
  (start, save a draft, submit, cancel, replace a document, send it back);
* applications.actions.officer: what back-office staff do (review, ask for fixes,
  decide, complete, hand over, take or assign, message the citizen);
* applications.actions.workflow: what both share, above all _transition(), the one
  way a status changes, checked against APPLICATION_TRANSITIONS in
  applications/models.py (the one transition table; it lives there, not here).

This package re-exports every name callers use (with _lock and _transition, which
applications.deadlines uses), so `from applications import actions` and
`actions.application_submit(...)` work as before. Patch a name where it is looked
up: `timezone` in the citizen and officer modules, not here.
"""

from applications.actions.citizen import (
    application_cancel,
    application_replace_document,
    application_resubmit,
    application_save_draft,
    application_start,
    application_submit,
    missing_items,
)
from applications.actions.officer import (
    DOCUMENT_REVIEW_STATUSES,
    application_assign,
    application_complete,
    application_decide,
    application_mark_ready,
    application_picked_up,
    application_request_changes,
    application_start_review,
    application_take,
    document_review,
    message_send,
)
from applications.actions.workflow import NOTIFYING, _lock, _transition
from mpp.exceptions import DomainError, InvalidTransition

__all__ = [
    "DOCUMENT_REVIEW_STATUSES",
    "NOTIFYING",
    # As the single module did: callers catch actions.DomainError.
    "DomainError",
    "InvalidTransition",
    "_lock",
    "_transition",
    "application_assign",
    "application_cancel",
    "application_complete",
    "application_decide",
    "application_mark_ready",
    "application_picked_up",
    "application_replace_document",
    "application_request_changes",
    "application_resubmit",
    "application_save_draft",
    "application_start",
    "application_start_review",
    "application_submit",
    "application_take",
    "document_review",
    "message_send",
    "missing_items",
]
