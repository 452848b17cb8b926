"""Demo satisfaction surveys and complaints for MPP Kota Batam (issue 10), so that a
newcomer sees a filled public IKM page, a follow-up plan and complaints at once.

Visits are walk-in tickets of past days of this year, issued through the queue's
action with fixed issue keys (a later run finds them) and marked served; about 60%
of them are rated through surveys.actions, with answers that put the services in
grades A, B and C and leave one service's element 4 (cost) unanswered, so its IKM
shows "not yet computable". The complaints go through complaints.actions with
fixed submit keys. Idempotent: a second run adds nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from agencies.models import Booth, Mall
from complaints import actions as complaint_actions
from complaints.models import Classification, ComplaintStatus
from queueing import actions as queue_actions
from queueing.models import Ticket, TicketSource, TicketStatus
from services.models import Service
from surveys import actions as survey_actions
from surveys.models import SurveyResponse
from surveys.questionnaire import ELEMENT_FIELDS

MALL_SLUG = "batam"
VISITS_PER_SERVICE = 8
_TICKET_KEY = "7a2d3b64-1e0f-4c5a-8d21-{:012d}"
_COMPLAINT_KEY = "7a2d3b64-1e0f-4c5a-8d22-{:012d}"

# Per service, the answers (u1…u9; None: not answered) of its rated visits; the
# other visits are not rated. IKMs: 96.11 (A), 82.64 (B), 71.67 (C), none.
_ANSWERS: list[list[tuple[int | None, ...]]] = [
    [
        (4, 4, 4, 4, 4, 4, 4, 3, 4),
        (4, 3, 4, 4, 4, 4, 4, 4, 3),
        (4, 4, 3, 4, 4, 4, 4, 4, 4),
        (3, 4, 4, 4, 4, 4, 4, 3, 4),
        (4, 4, 4, 4, 3, 4, 4, 4, 4),
    ],
    [
        (3, 3, 3, 4, 3, 3, 4, 3, 3),
        (4, 3, 3, 4, 3, 4, 4, 3, 3),
        (3, 3, 2, 4, 3, 3, 4, 3, 3),
        (3, 4, 3, 4, 3, 3, 4, 3, 4),
    ],
    [
        (3, 3, 2, 3, 3, 3, 3, 2, 3),
        (3, 2, 2, 4, 3, 3, 3, 2, 2),
        (3, 3, 3, 4, 3, 3, 3, 3, 3),
        (3, 2, 2, 4, 3, 3, 3, 3, 3),
        (3, 3, 2, 3, 3, 3, 4, 2, 3),
    ],
    [
        (4, 3, 3, None, 3, 4, 4, 3, 3),
        (3, 3, 4, None, 4, 3, 4, 3, 4),
        (4, 4, 3, None, 3, 3, 3, 4, 3),
        (3, 3, 3, None, 3, 4, 4, 3, 3),
        (4, 3, 4, None, 3, 3, 4, 3, 4),
    ],
]
_COMMENTS = ["Petugasnya ramah dan cepat.", "", "Antrean agak lama.", ""]
_PLAN = (
    "Rencana tindak lanjut hasil SKM tahun ini:\n"
    "1. Menambah satu loket pada jam sibuk (09.00–11.00) untuk layanan dengan "
    "waktu penyelesaian terendah.\n"
    "2. Memasang papan informasi biaya/tarif di setiap gerai.\n"
    "3. Pelatihan pelayanan prima bagi petugas setiap triwulan."
)
# (key number, agency slug, text, answered?)
_COMPLAINTS = [
    (
        1,
        "disdukcapil-batam",
        "Loket Disdukcapil tutup 30 menit lebih awal dari jam layanan.",
        "Mohon maaf atas ketidaknyamanannya. Petugas sudah diingatkan untuk "
        "melayani sampai jam layanan berakhir.",
    ),
    (
        2,
        "imigrasi-batam",
        "Mesin antrean di gerai Imigrasi tidak mencetak nomor antrean pagi ini.",
        "",
    ),
]


def _services(mall: Mall) -> list[tuple[Service, Booth]]:
    """One active service from each of the mall's first booths that offer one."""
    chosen = []
    for booth in Booth.objects.filter(mall=mall).order_by("pk"):
        service = booth.services.filter(is_active=True).order_by("slug").first()
        if service is not None and service not in [s for s, _b in chosen]:
            chosen.append((service, booth))
        if len(chosen) == len(_ANSWERS):
            break
    return chosen


def _visit_time(index: int) -> dt.datetime:
    """A past day of this year, a few minutes apart."""
    today = timezone.localdate()
    day = max(today - dt.timedelta(days=1 + index % 20), dt.date(today.year, 1, 1))
    moment = dt.datetime.combine(day, dt.time(9, 0)) + dt.timedelta(minutes=7 * index)
    return timezone.make_aware(moment)


def _done_ticket(number: int, service: Service, booth: Booth) -> Ticket:
    """A walk-in ticket of a past day, issued by the queue's action, served."""
    issued = _visit_time(number)
    ticket = queue_actions.ticket_issue(
        booth=booth,
        service=service,
        issue_key=uuid.UUID(_TICKET_KEY.format(number)),
        source=TicketSource.KIOSK,
        now=issued,
    )
    if ticket.status != TicketStatus.DONE:
        # Served on that past day (the counter actions serve today's queue only).
        Ticket.objects.filter(pk=ticket.pk).update(
            status=TicketStatus.DONE,
            called_at=issued + dt.timedelta(minutes=5),
            last_called_at=issued + dt.timedelta(minutes=5),
            started_at=issued + dt.timedelta(minutes=6),
            finished_at=issued + dt.timedelta(minutes=15),
        )
        ticket.refresh_from_db()
    return ticket


def _seed_visits(mall: Mall) -> int:
    made = 0
    number = 0
    for (service, booth), rated in zip(_services(mall), _ANSWERS, strict=False):
        for visit in range(VISITS_PER_SERVICE):
            number += 1
            ticket = _done_ticket(number, service, booth)
            if (
                visit >= len(rated)
                or SurveyResponse.objects.filter(ticket=ticket).exists()
            ):
                continue
            survey_actions.survey_response_create(
                ticket=ticket,
                answers=dict(zip(ELEMENT_FIELDS, rated[visit], strict=True)),
                comment=_COMMENTS[visit % len(_COMMENTS)],
                sex="f" if visit % 2 else "m",
            )
            made += 1
    return made


def _seed_plan(mall: Mall) -> None:
    manager = (
        User.objects.filter(managed_malls__mall=mall).order_by("pk").first()
        or User.objects.filter(is_provincial_admin=True).order_by("pk").first()
    )
    if manager is None:
        return
    year = timezone.localdate().year
    survey_actions.follow_up_plan_save(
        user=manager,
        mall=mall,
        service=None,
        period_start=dt.date(year, 1, 1),
        period_end=dt.date(year, 12, 31),
        text=_PLAN,
    )


def _seed_complaints(mall: Mall) -> None:
    citizen = User.objects.filter(email="warga@demo.mpp.id").first()
    for key, agency_slug, text, answer in _COMPLAINTS:
        booth = Booth.objects.filter(mall=mall, agency__slug=agency_slug).first()
        if booth is None:
            continue
        complaint = complaint_actions.complaint_submit(
            booth=booth,
            text=text,
            submit_key=uuid.UUID(_COMPLAINT_KEY.format(key)),
            citizen=citizen,
        )
        officer = booth.staff.filter(role="officer").order_by("pk").first()
        if not answer or officer is None:
            continue
        if complaint.status == ComplaintStatus.RECEIVED:
            complaint = complaint_actions.complaint_classify(
                complaint=complaint,
                by=officer.user,
                classification=Classification.LIGHT,
            )
        if complaint.status == ComplaintStatus.CLASSIFIED:
            complaint_actions.complaint_answer(
                complaint=complaint, by=officer.user, answer=answer
            )


@transaction.atomic
def seed_feedback() -> int:
    """Seed MPP Kota Batam's demo surveys, plan and complaints; returns how many
    survey responses were added now (0 on a second run)."""
    mall = Mall.objects.filter(slug=MALL_SLUG).first()
    if mall is None:
        return 0
    made = _seed_visits(mall)
    _seed_plan(mall)
    _seed_complaints(mall)
    return made
