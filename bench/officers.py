"""The officers' booth, its 10,000 applications and the officer's session, for the
back-office scenarios of bench/run.py; and the "nothing was written" check.

Not imported: run.py passes this file's text to `manage.py shell -c`, with
BENCH_STEP set to one of the steps at the bottom, and reads the one JSON line it
prints after MARKER.

- setup: the bench booth (the open booth with the most catalogue services taking
  online applications, not of the submit scenario's agency: today Disdukcapil at
  MPP Batam), two bench officers there (role "officer"), BENCH_APPLICANTS applicants and
  BENCH_APPLICATIONS sent applications at that booth in every status after "draft",
  with one document row per upload requirement, their history, and due dates spread
  around today. Made once with bulk_create (a few seconds); later runs only move
  the dates by the days passed since, so the mix of overdue / due soon / later stays
  the same. The reviewed application (in review, assigned to the officer) also gets
  its files in this run's media root and two messages. Then a fresh session for the
  officer, signed in with the second factor staff need (`staff_session`).
- mark: the current transaction id and the row count of every table.
- written: what was written since BENCH_MARK (the JSON `mark` printed): rows
  inserted or updated (their xmin is newer than the mark) and row counts that
  changed, per table, and the new audit rows per action, application and actor.
  Empty for a read-only page.
"""

import datetime as dt
import json
import os
import uuid
from importlib import import_module

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal import auth as totp_auth

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Count, DateField, ExpressionWrapper, F, Max, Min, Q
from django.test import RequestFactory
from django.utils import timezone

from accounts.models import User
from agencies import actions as agency_actions
from agencies.constants import BoothRole
from agencies.models import Booth, BoothStaff
from applications import versions
from applications.models import (
    Application,
    ApplicationDocument,
    ApplicationStatus,
    Message,
    ReviewStatus,
    StatusChange,
)
from applications.tracking import ALPHABET
from audit.models import AuditAction, AuditEvent
from queueing.models import (
    Counter,
    CounterSession,
    Ticket,
    TicketEvent,
    TicketSequence,
    TicketSource,
)
from services.constants import Channel
from services.models import Service
from tests.applications.badfiles import PDF, good_pdf

MARKER = "BENCH-OFFICERS:"
S = ApplicationStatus
BENCH_APPLICATIONS = 10_000
BENCH_APPLICANTS = 1_000
OFFICER = ("bench-petugas@example.id", "Bench Petugas")
COLLEAGUE = ("bench-petugas2@example.id", "Bench Rekan Petugas")
APPLICANT_EMAIL = "bench-pemohon-{:04d}@example.id"
BACKEND = "django.contrib.auth.backends.ModelBackend"
# The bench officer's authenticator app (base32): staff need one for /petugas/.
TOTP_SECRET = "BENCHPETUGASKEPRIBENCHPETUGAS234"
DOCUMENT_BYTES = 240_000  # the size recorded on the rows without a file
# Starts the second block of the bench tracking numbers. Change it whenever build()
# lays the applications out differently: the next run then makes them again.
LAYOUT = "X"

# One status per 20 applications: 65 % wait for the booth ("open"), 35 % are not.
STATUS_CYCLE = (
    [S.SUBMITTED] * 6
    + [S.IN_REVIEW] * 4
    + [S.CHANGES_REQUESTED] * 2
    + [S.APPROVED] * 2
    + [S.READY_FOR_PICKUP]
    + [S.COMPLETED] * 3
    + [S.REJECTED]
    + [S.CANCELLED]
)
FIRST_NAMES = [
    "Siti", "Ahmad", "Dewi", "Budi", "Nur", "Rina", "Agus", "Fitri", "Hendra",
    "Yusuf", "Ayu", "Rizky", "Putri", "Andi", "Wahyu", "Sri", "Fajar", "Indah",
    "Dimas", "Lestari", "Bayu", "Maya", "Joko", "Ratna", "Taufik",
]  # fmt: skip
LAST_NAMES = [
    "Aminah", "Saputra", "Lestari", "Gunawan", "Rahman", "Hidayat", "Siregar",
    "Nasution", "Pratama", "Wijaya", "Hasibuan", "Kurniawan", "Harahap", "Syahputra",
    "Marpaung", "Setiawan", "Sinaga", "Lubis", "Ramadhan", "Simanjuntak",
    "Tanjung", "Daulay", "Ginting", "Situmorang", "Panjaitan", "Batubara",
    "Purba", "Sembiring", "Manurung", "Hutapea", "Damanik", "Pohan", "Ritonga",
    "Sitompul", "Lubis Nasution", "Effendi", "Yusran", "Zulkarnain", "Hamzah",
    "Arifin",
]  # fmt: skip


# ---------------------------------------------------------------- the layout
# Application i has the status STATUS_CYCLE[i % 20]; everything else varies with
# its cycle number i // 20 too, so that each status gets every service, applicant,
# date and assignment, not the same few.
def tracking_number(mall_code: str, i: int) -> str:
    """BTM-X222-22AB: a number no drawn one is likely to equal (30^7 per mall after
    the LAYOUT letter), the same on every run, so the rows are found again."""
    digits = []
    for _ in range(7):
        i, digit = divmod(i, len(ALPHABET))
        digits.append(ALPHABET[digit])
    block = LAYOUT + "".join(reversed(digits))
    return f"{mall_code}-{block[:4]}-{block[4:]}"


def status_of(i: int) -> str:
    return STATUS_CYCLE[i % len(STATUS_CYCLE)]


def cycle(i: int) -> int:
    return i // len(STATUS_CYCLE)


def service_of(i: int, services: list[Service]) -> Service:
    return services[(i + cycle(i)) % len(services)]


def applicant_of(i: int, applicants: list[User]) -> User:
    return applicants[(i + cycle(i)) % len(applicants)]


def submitted_days_ago(i: int, status: str) -> int:
    """Applications not decided yet were sent in the last 20 days (due from 5 days
    ago, overdue, to 14 days ahead); approved ones waiting to be finished 6 to 25
    days ago (decided 5 days later); closed ones in the last 6 months."""
    if status in (S.SUBMITTED, S.IN_REVIEW, S.CHANGES_REQUESTED):
        return cycle(i) * 7 % 20
    if status in (S.APPROVED, S.READY_FOR_PICKUP):
        return 6 + cycle(i) * 7 % 20
    return 10 + cycle(i) * 7 % 170


def assigned_of(i: int, status: str, officer: User, colleague: User) -> User | None:
    if status == S.SUBMITTED:
        return officer if cycle(i) % 4 == 0 else None  # mostly nobody's yet
    return [officer, colleague, None][cycle(i) % 3]


def build(
    *,
    booth: Booth,
    services: list[Service],
    officer: User,
    colleague: User,
    applicants: list[User],
    today: dt.date,
) -> None:
    """bulk_create the applications, documents and history (one transaction)."""
    tz, now = timezone.get_current_timezone(), timezone.now()
    uploads = {s.pk: list(s.requirements.filter(needs_upload=True)) for s in services}
    fields = {s.pk: list(s.fields.all()) for s in services}
    rows = []
    for i in range(BENCH_APPLICATIONS):
        status = status_of(i)
        service = service_of(i, services)
        sent_day = today - dt.timedelta(days=submitted_days_ago(i, status))
        sent = dt.datetime.combine(sent_day, dt.time(8 + i % 8, i % 60), tzinfo=tz)
        decided = sent + dt.timedelta(days=5)
        rows.append(
            Application(
                tracking_number=tracking_number(booth.mall.code, i),
                citizen=applicant_of(i, applicants),
                service=service,
                mall=booth.mall,
                status=status,
                field_values={
                    f.key: f"Isian {f.label} {i}" for f in fields[service.pk]
                },
                start_key=uuid.uuid4(),
                submitted_at=sent,
                # Ten working days are two calendar weeks.
                due_date=sent_day + dt.timedelta(days=14),
                paused_on=min(sent_day + dt.timedelta(days=3), today)
                if status == S.CHANGES_REQUESTED
                else None,
                decided_at=decided
                if status in (S.APPROVED, S.REJECTED, S.READY_FOR_PICKUP, S.COMPLETED)
                else None,
                closed_at=decided + dt.timedelta(days=2)
                if status in (S.REJECTED, S.COMPLETED, S.CANCELLED)
                else None,
                assigned_to=assigned_of(i, status, officer, colleague),
            )
        )
    Application.objects.bulk_create(rows, batch_size=2000)
    documents, history = [], []
    for application in rows:  # PostgreSQL returns the new primary keys
        checked = application.status not in (S.SUBMITTED, S.CANCELLED)
        checked_at = min(application.submitted_at + dt.timedelta(days=1), now)
        for n, requirement in enumerate(uploads[application.service_id]):
            review = ReviewStatus.PENDING
            if application.status == S.CHANGES_REQUESTED and n == 0:
                review = ReviewStatus.NEEDS_FIX
            elif checked and (application.status != S.IN_REVIEW or n == 0):
                review = ReviewStatus.ACCEPTED
            documents.append(
                ApplicationDocument(
                    application=application,
                    requirement=requirement,
                    file=f"documents/bench/{application.uuid}-{requirement.pk}.pdf",
                    content_type=PDF,
                    size=DOCUMENT_BYTES,
                    review_status=review,
                    review_note="Foto buram, mohon unggah ulang."
                    if review == ReviewStatus.NEEDS_FIX
                    else "",
                    reviewed_by=officer if review != ReviewStatus.PENDING else None,
                    reviewed_at=checked_at if review != ReviewStatus.PENDING else None,
                )
            )
        history.append(
            StatusChange(
                application=application,
                from_status=S.DRAFT,
                to_status=S.SUBMITTED,
                changed_by=application.citizen,
            )
        )
        if application.status != S.SUBMITTED:
            history.append(
                StatusChange(
                    application=application,
                    from_status=S.SUBMITTED,
                    to_status=application.status,
                    changed_by=application.citizen
                    if application.status == S.CANCELLED
                    else officer,
                )
            )
    ApplicationDocument.objects.bulk_create(documents, batch_size=5000)
    StatusChange.objects.bulk_create(history, batch_size=5000)


# ---------------------------------------------------------------- people
def staff_member(email: str, full_name: str) -> User:
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": full_name}
    )
    if created or not user.is_active:
        user.set_unusable_password()
        user.is_active = True
        user.save(update_fields=["password", "is_active"])
    return user


def seat(user: User, booth: Booth) -> None:
    """`user` is an officer at `booth` and nowhere else."""
    BoothStaff.objects.filter(user=user).exclude(booth=booth).delete()
    agency_actions.booth_staff_assign(user=user, booth=booth, role=BoothRole.OFFICER)


def applicants() -> list[User]:
    """BENCH_APPLICANTS citizens, made once (bulk_create)."""
    emails = [APPLICANT_EMAIL.format(n) for n in range(1, BENCH_APPLICANTS + 1)]
    existing = set(
        User.objects.filter(email__in=emails).values_list("email", flat=True)
    )
    User.objects.bulk_create(
        [
            User(
                email=email,
                full_name=f"{FIRST_NAMES[n % len(FIRST_NAMES)]} "
                f"{LAST_NAMES[n % len(LAST_NAMES)]}",
                nik=f"217101010191{n:04d}",  # born 1 Jan 1991 in Batam
                phone=f"+62812700{n:05d}",
                birth_date=dt.date(1991, 1, 1),
                password=make_password(None),
            )
            for n, email in enumerate(emails, start=1)
            if email not in existing
        ]
    )
    return list(User.objects.filter(email__in=emails).order_by("email"))


def staff_session(user: User) -> str:
    """A session the back office accepts for staff member `user`: signed in
    (Django's auth keys) and past the second factor that
    accounts.mfa.SecondFactorMiddleware demands for /petugas/, recorded with
    allauth's own calls as tests/staff_auth.py does: an authenticator app
    (enrolled once), then a password sign-in followed by that authenticator. The
    one place to change when the sign-in rules change."""
    totp = Authenticator.objects.filter(
        user_id=user.pk, type=Authenticator.Type.TOTP
    ).first()
    if totp is None:
        totp = totp_auth.TOTP.activate(user, TOTP_SECRET).instance
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = BACKEND
    session["_auth_user_hash"] = user.get_session_auth_hash()
    request = RequestFactory().get("/")
    request.user, request.session = user, session
    record_authentication(request, user, method="password", email=user.email)
    post_authentication(request, totp)
    session.create()
    return session.session_key


def second_factor() -> str:
    """What the session passed, and whether /petugas/ asks for it (results.json)."""
    enforced = "accounts.mfa.SecondFactorMiddleware" in settings.MIDDLEWARE
    return "totp, " + ("enforced" if enforced else "not enforced")


# ---------------------------------------------------------------- the booth
def pick_booth(submit_service_slug: str) -> Booth:
    """The open booth with the most catalogue (not synthetic) services taking online
    applications, not of the submit scenario's agency (its applications would mix
    in)."""
    catalogue = Q(services__is_active=True) & ~Q(services__code__startswith="SYN-")
    online = Q(services__channel__in=[Channel.ONLINE, Channel.BOTH])
    booths = (
        Booth.objects.filter(is_active=True, mall__is_active=True)
        .select_related("mall", "agency")
        .annotate(n=Count("services", filter=catalogue & online, distinct=True))
        .filter(n__gt=0)
        .order_by("-n", "pk")
    )
    submit = Service.objects.filter(slug=submit_service_slug).first()
    if submit is not None:
        booths = booths.exclude(agency_id=submit.agency_id)
    booth = booths.first()
    if booth is None:
        raise SystemExit("No open booth offers catalogue services online.")
    return booth


def booth_services(booth: Booth) -> list[Service]:
    """The booth's catalogue services taking online applications: a real booth
    gets applications for a handful of services, not for the synthetic ones."""
    return list(
        Service.objects.filter(
            booths=booth,
            agency_id=booth.agency_id,
            is_active=True,
            channel__in=[Channel.ONLINE, Channel.BOTH],
        )
        .exclude(code__startswith="SYN-")
        .prefetch_related("requirements", "fields")
        .order_by("pk")
    )


def bench_applications():
    return Application.objects.filter(citizen__email__startswith="bench-pemohon-")


def expected_documents(services: list[Service]) -> int:
    uploads = {
        s.pk: sum(r.needs_upload for r in s.requirements.all()) for s in services
    }  # prefetched
    return sum(uploads[service_of(i, services).pk] for i in range(BENCH_APPLICATIONS))


def shift(delta: dt.timedelta) -> None:
    """Move every date of the bench applications by `delta` (one UPDATE each)."""
    apps_ = bench_applications()
    Application.objects.filter(pk__in=apps_.values("pk")).update(
        submitted_at=F("submitted_at") + delta,
        due_date=ExpressionWrapper(F("due_date") + delta, output_field=DateField()),
        paused_on=ExpressionWrapper(F("paused_on") + delta, output_field=DateField()),
        decided_at=F("decided_at") + delta,
        closed_at=F("closed_at") + delta,
    )
    ApplicationDocument.objects.filter(application__in=apps_.values("pk")).update(
        reviewed_at=F("reviewed_at") + delta
    )


def ensure_applications(
    booth: Booth,
    services: list[Service],
    officer: User,
    colleague: User,
    people: list[User],
    today: dt.date,
) -> dict:
    """Build the applications if they are not all there as this layout makes them
    (first run, or the booth or catalogue changed), else move their dates to
    today. Returns what was done."""
    existing = bench_applications()
    in_place = existing.filter(mall=booth.mall, service__in=services).count()
    documents = ApplicationDocument.objects.filter(application__in=existing).count()
    first = existing.filter(tracking_number=tracking_number(booth.mall.code, 0)).first()
    complete = (
        first is not None
        and in_place == BENCH_APPLICATIONS
        and existing.count() == BENCH_APPLICATIONS
        and documents == expected_documents(services)
    )
    if complete:
        # Application 0 was sent on the day the layout was made.
        made_on = timezone.localdate(first.submitted_at)
        if made_on != today:
            shift(today - made_on)
        return {"built": False, "moved_days": (today - made_on).days}
    with transaction.atomic():
        existing.delete()
        build(
            booth=booth,
            services=services,
            officer=officer,
            colleague=colleague,
            applicants=people,
            today=today,
        )
    return {"built": True, "moved_days": 0}


def review_application(booth: Booth, services: list[Service]) -> Application:
    """The first application in review, assigned to the officer, of the service with
    the most documents to upload: the fullest review page (documents to check,
    decision forms)."""
    uploads = {
        s.pk: sum(r.needs_upload for r in s.requirements.all()) for s in services
    }
    most = max(uploads.values())
    for i in range(BENCH_APPLICATIONS):
        if (
            status_of(i) == S.IN_REVIEW
            and cycle(i) % 3 == 0  # assigned to the officer (assigned_of)
            and uploads[service_of(i, services).pk] == most
        ):
            return Application.objects.get(
                tracking_number=tracking_number(booth.mall.code, i)
            )
    raise SystemExit("The layout has no application in review for the officer.")


def complete_review(application: Application, officer: User) -> int:
    """Its files in this run's media root (fresh every run) and two messages."""
    written = 0
    content = good_pdf().read()
    for document in application.documents.all():
        if not default_storage.exists(document.file.name):
            default_storage.save(document.file.name, ContentFile(content))
            written += 1
        if document.size != len(content):
            document.size = len(content)
            document.save(update_fields=["size"])
    for body in [
        "Dokumen sedang kami periksa.",
        "Mohon pastikan nomor telepon Anda aktif.",
    ][application.messages.count() :]:
        Message.objects.create(application=application, sender=officer, body=body)
    return written


def setup() -> dict:
    booth = pick_booth(os.environ.get("BENCH_SUBMIT_SERVICE", ""))
    services = booth_services(booth)
    officer, colleague = staff_member(*OFFICER), staff_member(*COLLEAGUE)
    seat(officer, booth)
    seat(colleague, booth)
    done = ensure_applications(
        booth, services, officer, colleague, applicants(), timezone.localdate()
    )
    review = review_application(booth, services)
    complete_review(review, officer)
    # bulk_create and update() send no signal: the inbox's cached counts would
    # otherwise be those of an earlier run for up to versions.CACHE_SECONDS.
    versions.bump(booth.mall_id)
    scope = Application.objects.filter(
        mall=booth.mall, service__agency=booth.agency, tracking_number__isnull=False
    )
    return {
        "officer_session": staff_session(officer),
        "officer_second_factor": second_factor(),
        "officer_booth": f"{booth.agency.short_name} – {booth.mall.name}",
        "officer_services": len(services),
        "officer_applications": scope.count(),
        "officer_statuses": dict(
            scope.values_list("status").annotate(n=Count("pk")).order_by("status")
        ),
        "review_uuid": str(review.uuid),
        "review_id": review.pk,
        "officer_id": officer.pk,
        "audit_view_action": AuditAction.VIEW_APPLICATION.value,
        "review_documents": review.documents.count(),
        **{f"officer_{key}": value for key, value in done.items()},
    }


# ---------------------------------------------------------------- nothing written
def tables() -> list[str]:
    with connection.cursor() as cursor:
        return sorted(connection.introspection.table_names(cursor))


def row_counts(xid: int | None = None) -> dict[str, list[int]]:
    """Per table: [rows, rows inserted or updated by a transaction newer than
    `xid`] (the second only with `xid`)."""
    quote = connection.ops.quote_name
    out = {}
    with connection.cursor() as cursor:
        for table in tables():
            if xid is None:
                cursor.execute(f"SELECT count(*), 0 FROM {quote(table)}")
            else:
                # xmin is the 32-bit id of the transaction that wrote the row version;
                # age() compares ids modulo 2^32 as PostgreSQL itself does.
                cursor.execute(
                    f"SELECT count(*), count(*) FILTER "
                    f"(WHERE age(xmin) < age(%s::text::xid)) FROM {quote(table)}",
                    [str(xid % 2**32)],
                )
            out[table] = list(cursor.fetchone())
    return out


def mark() -> dict:
    with connection.cursor() as cursor:
        # Takes a transaction id: anything written later has a newer one.
        cursor.execute("SELECT txid_current()")
        xid = cursor.fetchone()[0]
    return {"xid": xid, "rows": {t: n for t, (n, _) in row_counts().items()}}


def written() -> dict:
    """Per table written to since BENCH_MARK: rows before and after, and rows
    inserted or updated since; and the audit trail's new rows, counted per action,
    application and actor."""
    before = json.loads(os.environ["BENCH_MARK"])
    changes = {}
    for table, (rows, new) in row_counts(before["xid"]).items():
        was = before["rows"].get(table, 0)
        if new or rows != was:
            changes[table] = {"rows_before": was, "rows_after": rows, "written": new}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT action, application_id, actor_id, count(*) "
            f"FROM {connection.ops.quote_name(AuditEvent._meta.db_table)} "
            f"WHERE age(xmin) < age(%s::text::xid) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            [str(before["xid"] % 2**32)],
        )
        audit = [
            {"action": a, "application_id": app, "actor_id": actor, "rows": n}
            for a, app, actor, n in cursor.fetchall()
        ]
    return {
        "tables": changes,
        "audit_table": AuditEvent._meta.db_table,
        "audit": audit,
    }


# ---------------------------------------------------------------- the queue
QUEUE_COUNTERS = 50
QUEUE_TICKETS = 10_000
QUEUE_SERVICE = "BENCH-ANTREAN"
QUEUE_OFFICER = "bench-loket-{:02d}@example.id"


def queue_setup() -> dict:
    """call_next: at the bench booth, a service of its own (prefix ZZ, inactive: in
    no list), 50 counters (101–150) each opened by its own officer for that service
    alone, and 10,000 tickets waiting today, one second apart (bulk_create; every
    run starts again from a full queue). Returns the counters and their officers'
    sessions, in the same order."""
    booth = pick_booth(os.environ.get("BENCH_SUBMIT_SERVICE", ""))
    service, _created = Service.objects.update_or_create(
        agency=booth.agency,
        code=QUEUE_SERVICE,
        defaults={
            "slug": "bench-antrean",
            "name": "Bench antrean",
            "time_limit_value": 1,
            "time_limit_unit": "working_days",
            "output_product": "-",
            "queue_prefix": "ZZ",
            "channel": Channel.COUNTER,
            "is_active": False,
        },
    )
    service.booths.add(booth)
    today = timezone.localdate()
    TicketEvent.objects.filter(ticket__service=service).delete()
    Ticket.objects.filter(service=service).delete()
    CounterSession.objects.filter(
        counter__booth=booth, counter__number__gt=100
    ).delete()
    TicketSequence.objects.update_or_create(
        mall=booth.mall, day=today, prefix="ZZ", defaults={"last_number": QUEUE_TICKETS}
    )
    start = timezone.now() - dt.timedelta(seconds=QUEUE_TICKETS + 60)
    Ticket.objects.bulk_create(
        (
            Ticket(
                issue_key=uuid.uuid4(),
                mall=booth.mall,
                booth=booth,
                service=service,
                day=today,
                prefix="ZZ",
                number=n,
                source=TicketSource.KIOSK,
                issued_at=start + dt.timedelta(seconds=n),
                checked_in_at=start + dt.timedelta(seconds=n),
                queued_at=start + dt.timedelta(seconds=n),
            )
            for n in range(1, QUEUE_TICKETS + 1)
        ),
        batch_size=2000,
    )
    counters, sessions = [], []
    for index in range(1, QUEUE_COUNTERS + 1):
        counter, _created = Counter.objects.get_or_create(
            booth=booth, number=100 + index
        )
        officer = staff_member(QUEUE_OFFICER.format(index), f"Bench Loket {index}")
        seat(officer, booth)
        session = CounterSession.objects.create(
            counter=counter, officer=officer, day=today
        )
        session.services.set([service])
        counters.append(str(counter.pk))
        sessions.append(staff_session(officer))
    return {
        "queue_counters": ",".join(counters),
        "queue_sessions": ",".join(sessions),
        "queue_service": service.pk,
    }


def queue_check() -> dict:
    """After call_next: no ticket called twice, none skipped (every ticket called
    was in the queue before every ticket still waiting), no counter holding two."""
    service_id = int(os.environ["BENCH_QUEUE_SERVICE"])
    tickets = Ticket.objects.filter(service_id=service_id)
    twice = (
        TicketEvent.objects.filter(ticket__service_id=service_id, to_status="called")
        .values("ticket_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    called = tickets.exclude(status="waiting")
    last_called = called.aggregate(m=Max("queued_at"))["m"]
    first_waiting = tickets.filter(status="waiting").aggregate(m=Min("queued_at"))["m"]
    held = (
        tickets.filter(status__in=["called", "serving"])
        .values("counter_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    problems = []
    if twice:
        problems.append(f"{twice} tickets called twice")
    if last_called and first_waiting and first_waiting < last_called:
        problems.append("a waiting ticket was skipped")
    if held:
        problems.append(f"{held} counters hold two tickets")
    return {
        "consistency": "ok" if not problems else "FAILED " + "; ".join(problems),
        "calls": called.count(),
    }


# ---------------------------------------------------------------- dashboards
PROVINCE = ("bench-provinsi@example.id", "Bench Admin Provinsi")
DASHBOARD_MALLS = 3
DASHBOARD_BOOTHS = 10  # per mall
DASHBOARD_SERVICES = 3  # per booth
DASHBOARD_DAYS = 365


def reports_setup() -> dict:
    """dashboard_province: a provincial admin signed in as staff_session makes it,
    and a year of summary rows (reports.ApplicationDayFigures and
    queueing.QueueDayFigures) for the first 3 active malls, up to 10 booths each
    with up to 3 catalogue services: made directly as rows with figures derived
    from the day and ids (the same on every run), inserted with ON CONFLICT DO
    NOTHING, so a re-run adds only the days passed since (and keeps figures a
    closed queue day wrote); days already made are skipped without building them."""
    # Imported here: only this step needs them.
    from agencies.models import Mall
    from queueing.models import QueueDayFigures
    from reports.models import ApplicationDayFigures

    admin = staff_member(*PROVINCE)
    User.objects.filter(pk=admin.pk).update(is_staff=True, is_provincial_admin=True)
    admin.refresh_from_db()
    today = timezone.localdate()
    days = [today - dt.timedelta(days=n) for n in range(DASHBOARD_DAYS)]
    pairs = []
    for mall in Mall.objects.filter(is_active=True).order_by("pk")[:DASHBOARD_MALLS]:
        booths = Booth.objects.filter(mall=mall, is_active=True).order_by("pk")
        for booth in booths[:DASHBOARD_BOOTHS]:
            services = (
                Service.objects.filter(booths=booth, agency_id=booth.agency_id)
                .exclude(code__startswith="SYN-")
                .order_by("pk")
            )
            pairs += [(booth, service) for service in services[:DASHBOARD_SERVICES]]
    # Days already made (both tables are filled in one transaction below).
    made = set(
        ApplicationDayFigures.objects.filter(
            booth__in={booth.pk for booth, _service in pairs}, day__gte=days[-1]
        )
        .values_list("day", flat=True)
        .distinct()
    )
    now = timezone.now()
    applications, queue = [], []
    for day in days:
        if day in made:
            continue
        for booth, service in pairs:
            i = day.toordinal() + booth.pk * 7 + service.pk * 13
            completed = i % 9
            late = min(completed, i % 4)
            applications.append(
                ApplicationDayFigures(
                    day=day,
                    mall_id=booth.mall_id,
                    booth=booth,
                    agency_id=booth.agency_id,
                    service=service,
                    received=i % 11,
                    completed=completed,
                    completed_on_time=completed - late,
                    processing_days={
                        str(1 + i % 3): completed - late,
                        str(6 + i % 5): late,
                    }
                    if completed
                    else {},
                    refreshed_at=now,
                )
            )
            issued = 20 + i % 60
            queue.append(
                QueueDayFigures(
                    day=day,
                    mall_id=booth.mall_id,
                    booth=booth,
                    service=service,
                    issued=issued,
                    served=issued - i % 7,
                    no_shows=i % 5,
                    called=issued - i % 3,
                    called_within_target=issued - i % 3 - i % 4,
                    wait_average_s=300 + i % 900,
                    wait_p90_s=900 + i % 1800,
                    service_average_s=240 + i % 300,
                )
            )
    with transaction.atomic():
        ApplicationDayFigures.objects.bulk_create(
            applications, batch_size=5000, ignore_conflicts=True
        )
        QueueDayFigures.objects.bulk_create(
            queue, batch_size=5000, ignore_conflicts=True
        )
    first = days[-1]
    return {
        "province_session": staff_session(admin),
        "dashboard_query": f"periode=rentang&dari={first:%Y-%m-%d}"
        f"&sampai={today:%Y-%m-%d}",
        "dashboard_pairs": len(pairs),
        "dashboard_rows": ApplicationDayFigures.objects.filter(
            day__range=(first, today)
        ).count(),
    }


STEPS = {
    "setup": setup,
    "mark": mark,
    "written": written,
    "queue_setup": queue_setup,
    "queue_check": queue_check,
    "reports_setup": reports_setup,
}
print(MARKER + json.dumps(STEPS[os.environ["BENCH_STEP"]]()))
