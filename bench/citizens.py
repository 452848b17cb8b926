"""Citizens, sessions and checks for the logged-in scenarios of bench/run.py.

Not imported: run.py passes this file's text to `manage.py shell -c`, with
BENCH_STEP set to one of the steps at the bottom, and reads the one JSON line it
prints after MARKER.

- setup: the two bench citizens (created once, found again by e-mail), a fresh
  logged-in session for each (sessions are signed with this run's SECRET_KEY), the
  service the submit scenario applies for, the 1 MB PDF it uploads (written to
  BENCH_PDF) and the 50 submitted applications of the "list" citizen (only the
  missing ones are created). The submit citizen starts every run with no
  applications, so its documents all point into this run's media root. With
  BENCH_PURGE_TASKS=1 (the bench's own Redis database) the Celery queue is
  emptied too: no worker runs, so each submission leaves a task message there.
- count: how many applications the submit citizens have sent.
- verify: every sent application of the submit citizens has exactly one 1 MB
  document per requirement, and each file is in storage.
"""

import json
import os
import uuid
from importlib import import_module

from django.conf import settings
from django.db.models import Count, Q

from accounts.models import User
from agencies.models import Mall
from applications import actions, uploads
from applications.models import Application, ApplicationDocument, ApplicationStatus
from notifications.models import Notification
from services.constants import Channel
from services.models import Service
from tests.applications.badfiles import PDF, good_pdf

MARKER = "BENCH-CITIZENS:"
PDF_BYTES = 1024 * 1024
LIST_SIZE = 50
SUBMITTER = ("bench-citizen@example.id", "Bench Pemohon", "2171010101900001")
# One submitting citizen per wrk connection: starting again for the same service
# and mall resumes the citizen's open draft (issue 9), so connections sharing one
# citizen would fill and send the same draft. The first is SUBMITTER.
SUBMITTERS = [SUBMITTER] + [
    (
        f"bench-citizen-{i:02d}@example.id",
        f"Bench Pemohon {i}",
        f"2171010101900{100 + i:03d}",
    )
    for i in range(1, int(os.environ.get("BENCH_SUBMITTERS", "64")))
]
LISTER = ("bench-lister@example.id", "Bench Pemantau", "2171010101900002")
BACKEND = "django.contrib.auth.backends.ModelBackend"


def citizen(email: str, full_name: str, nik: str) -> User:
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": full_name, "nik": nik}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    elif user.nik != nik or not user.is_active:
        user.nik, user.is_active = nik, True
        user.save(update_fields=["nik", "is_active"])
    return user


def session_for(user: User) -> str:
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = BACKEND
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def bench_service() -> Service:
    """The first demo service one can apply for online with 1 to 3 uploads, each
    allowed 1 MB or more, no required extra field, offered at an open booth."""
    uploads = Q(requirements__needs_upload=True)
    candidates = (
        Service.objects.filter(
            is_active=True,
            channel__in=[Channel.ONLINE, Channel.BOTH],
            booths__is_active=True,
            booths__mall__is_active=True,
        )
        .exclude(code__startswith="SYN-")
        .exclude(fields__is_required=True)
        .annotate(uploads=Count("requirements", filter=uploads, distinct=True))
        .filter(uploads__gte=1, uploads__lte=3)
        .order_by("pk")
    )
    for service in candidates:
        limits = service.requirements.filter(needs_upload=True)
        if not limits.filter(max_upload_mb__lt=1).exists():
            return service
    raise SystemExit("No demo service fits the application_submit scenario.")


def bench_mall(service: Service) -> Mall:
    return (
        Mall.objects.filter(
            is_active=True, booths__services=service, booths__is_active=True
        )
        .order_by("name")
        .first()
    )


def upload_ids(service: Service) -> list[int]:
    return list(
        service.requirements.filter(needs_upload=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def submitted(users):
    """Sent applications of `users` (a user or a queryset of users)."""
    if isinstance(users, User):
        users = [users]
    return Application.objects.filter(citizen__in=users).exclude(
        status__in=[ApplicationStatus.DRAFT, ApplicationStatus.CANCELLED]
    )


def fill_list(user: User, service: Service, mall: Mall) -> int:
    """Give `user` exactly LIST_SIZE sent applications; returns how many were made."""
    Application.objects.filter(citizen=user, status=ApplicationStatus.DRAFT).delete()
    extra = submitted(user).order_by("-created_at", "-pk")[LIST_SIZE:]
    Application.objects.filter(pk__in=list(extra.values_list("pk", flat=True))).delete()
    missing = LIST_SIZE - submitted(user).count()
    for _ in range(missing):
        application = actions.application_start(
            citizen=user, service=service, mall=mall, start_key=uuid.uuid4()
        )
        files = {pk: (good_pdf(), PDF) for pk in upload_ids(service)}
        actions.application_save_draft(
            application=application, field_values={}, files=files
        )
        actions.application_submit(application=application, citizen=user)
    return missing


def setup() -> dict:
    submitters = [citizen(*who) for who in SUBMITTERS]
    lister = citizen(*LISTER)
    service = bench_service()
    mall = bench_mall(service)
    Application.objects.filter(citizen__in=submitters).delete()
    Notification.objects.filter(recipient__in=[*submitters, lister]).delete()
    created = fill_list(lister, service, mall)
    if Application.objects.filter(citizen=lister).count() != LIST_SIZE:
        raise SystemExit(f"{LISTER[0]} should have exactly {LIST_SIZE} applications.")
    purged = 0
    if os.environ.get("BENCH_PURGE_TASKS") == "1":
        from mpp.celery import app

        purged = app.control.purge()
    with open(os.environ["BENCH_PDF"], "wb") as pdf:
        pdf.write(good_pdf(size_bytes=PDF_BYTES).read())
    return {
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "submit_session": session_for(submitters[0]),
        "submit_sessions": ",".join(session_for(user) for user in submitters),
        "list_session": session_for(lister),
        "submit_service": service.slug,
        "submit_mall": mall.slug,
        "submit_requirements": ",".join(map(str, upload_ids(service))),
        "list_created": created,
        "tasks_purged": purged,
    }


def _submitters():
    return User.objects.filter(email__in=[who[0] for who in SUBMITTERS])


def count() -> dict:
    return {"submitted": submitted(_submitters()).count()}


def verify() -> dict:
    required = set(upload_ids(bench_service()))
    sent = submitted(_submitters())
    wrong_count = sent.annotate(n=Count("documents")).exclude(n=len(required)).count()
    documents = ApplicationDocument.objects.filter(application__in=sent)
    wrong_requirement = documents.exclude(requirement_id__in=required).count()
    # What is stored is the parser's rewrite of the 1 MB upload (its padding is a
    # comment, which the rewrite drops), so compare with that, not with 1 MB.
    stored_bytes = uploads.sanitize_upload(good_pdf(size_bytes=PDF_BYTES)).file.size
    wrong_size = documents.exclude(size=stored_bytes).count()
    missing_file = sum(
        not d.file.storage.exists(d.file.name) for d in documents.only("file")
    )
    problems = {
        "applications without one document per requirement": wrong_count,
        "documents for another requirement": wrong_requirement,
        "documents not of the rewritten 1 MB upload's size": wrong_size,
        "documents whose file is missing": missing_file,
    }
    return {
        "submitted": sent.count(),
        "documents": documents.count(),
        "problems": {name: n for name, n in problems.items() if n},
    }


STEPS = {"setup": setup, "count": count, "verify": verify}
print(MARKER + json.dumps(STEPS[os.environ["BENCH_STEP"]]()))
