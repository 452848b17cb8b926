"""Demo and benchmark data: three Kepri malls, their agencies, services and staff.

Every function is idempotent: run it again and it updates rows in place, keyed by
slugs, codes and e-mail addresses.
"""

import datetime as dt
import io
import random
import string
import time
import uuid
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal import auth as totp_auth
from allauth.mfa.utils import decrypt, encrypt
from PIL import Image, ImageDraw

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.text import slugify

from accounts.models import User
from agencies import actions as agency_actions
from agencies.constants import BoothRole
from agencies.models import Agency, Booth, Mall, OpeningHours
from applications import actions as application_actions
from applications.models import Application
from mpp.demo import catalogue
from queueing.models import Counter
from services import actions as service_actions
from services.constants import FieldKind
from services.models import ProcedureStep, Requirement, Service

DEMO_PASSWORD = "kepri-demo-2026"
# Published on purpose: every demo staff account has this authenticator secret
# (base32), so anyone can sign in as staff; `manage.py demo_totp` prints its code.
DEMO_TOTP_SECRET = "MPPKEPRIDEMOBATAMTANJUNGPINANG22"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    full_name: str
    description: str


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _english(text: str) -> str:
    """The English version of a catalogue text (shown under /en/), "" for none."""
    return catalogue.ENGLISH.get(text, "") if text else ""


@transaction.atomic
def seed_catalogue() -> dict[str, int]:
    """Create or update the malls, agencies, booths, counters and services."""
    malls = {}
    for data in catalogue.MALLS:
        mall, _created = Mall.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "code": data["code"],
                "name": data["name"],
                "regency": data["regency"],
                "address": data["address"],
                "phone": data.get("phone", ""),
                "email": data.get("email", ""),
                "website": data.get("website", ""),
                "is_active": True,
            },
        )
        for weekday, (opens, closes) in data["hours"].items():
            OpeningHours.objects.update_or_create(
                mall=mall,
                weekday=weekday,
                defaults={"opens_at": _time(opens), "closes_at": _time(closes)},
            )
        malls[data["slug"]] = mall

    service_ids = []
    for index, data in enumerate(catalogue.AGENCIES):
        agency, _created = Agency.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "name_en": _english(data["name"]),
                "short_name": data["short_name"],
                "kind": data["kind"],
                "description": data.get("description", ""),
                "description_en": _english(data.get("description", "")),
                "website": data.get("website", ""),
            },
        )
        booths = []
        for mall_slug, zone in data["malls"].items():
            booth, _created = Booth.objects.update_or_create(
                mall=malls[mall_slug],
                agency=agency,
                defaults={
                    "zone": zone,
                    "is_active": True,
                    "agreement_number": (
                        f"PKS/{malls[mall_slug].code}/{agency.pk:03d}/2025"
                    ),
                    "agreement_valid_from": dt.date(2025, 1, 2),
                    "agreement_valid_until": dt.date(2029, 12, 31),
                },
            )
            for number in range(1, data.get("counters", 2) + 1):
                Counter.objects.get_or_create(booth=booth, number=number)
            booths.append(booth)
        # One queue letter per agency, as the malls' booths number their tickets
        # (A-012 at Disdukcapil, B-003 at Imigrasi…); AA, AB… past the 26th.
        prefix = _queue_prefix(index)
        for service_data in data["services"]:
            service = _seed_service(
                agency=agency, booths=booths, data=service_data, prefix=prefix
            )
            service_ids.append(service.pk)
    service_actions.service_refresh_search_text(service_ids=service_ids)
    return {
        "malls": len(malls),
        "agencies": len(catalogue.AGENCIES),
        "services": len(service_ids),
    }


def _queue_prefix(index: int) -> str:
    letters = string.ascii_uppercase
    if index < len(letters):
        return letters[index]
    return letters[index // len(letters) - 1] + letters[index % len(letters)]


def _seed_service(
    *, agency: Agency, booths: list[Booth], data: dict, prefix: str
) -> Service:
    value, unit = data["time_limit"]
    decree_date = data.get("decree_date")
    complaint_channel = data.get(
        "complaint_channel", catalogue.DEFAULT_COMPLAINT_CHANNEL
    )
    service, _created = Service.objects.update_or_create(
        agency=agency,
        code=data["code"],
        defaults={
            "slug": slugify(f"{agency.slug}-{data['code']}")[:120],
            "name": data["name"],
            "name_en": _english(data["name"]),
            "description": data.get("description", ""),
            "description_en": _english(data.get("description", "")),
            "time_limit_value": value,
            "time_limit_unit": unit,
            "fee": data.get("fee", 0),
            "fee_legal_basis": data.get("fee_legal_basis", ""),
            "output_product": data["output_product"],
            "output_product_en": _english(data["output_product"]),
            "complaint_channel": complaint_channel,
            "complaint_channel_en": _english(complaint_channel),
            "decree_number": data.get("decree_number", ""),
            "decree_date": dt.date.fromisoformat(decree_date) if decree_date else None,
            "channel": data.get("channel", "both"),
            "is_active": True,
            "queue_prefix": prefix,
            "daily_quota": data.get("daily_quota"),
        },
    )
    for position, (name, description, needs_upload, mandatory) in enumerate(
        data["requirements"], start=1
    ):
        Requirement.objects.update_or_create(
            service=service,
            name=name,
            defaults={
                "position": position,
                "name_en": _english(name),
                "description": description,
                "description_en": _english(description),
                "needs_upload": needs_upload,
                "is_mandatory": mandatory,
            },
        )
    for position, text in enumerate(data["steps"], start=1):
        ProcedureStep.objects.update_or_create(
            service=service,
            position=position,
            defaults={"description": text, "description_en": _english(text)},
        )
    # Add, never remove: rows an admin added (requirements citizens may already
    # have uploaded documents for, steps, booths, opening hours) are theirs, and
    # re-running the seed must neither fail on them nor delete them.
    service_actions.service_offer_at(service=service, booths=booths)
    return service


# ---------------------------------------------------------------- accounts

# (e-mail, full name, description, agency slug, mall slug, role)
_BOOTH_STAFF = [
    (
        "petugas.imigrasi@demo.mpp.id",
        "Rina Marlina",
        "officer, Imigrasi booth, MPP Batam",
        "imigrasi-batam",
        "batam",
        BoothRole.OFFICER,
    ),
    (
        "petugas.dukcapil@demo.mpp.id",
        "Andi Saputra",
        "officer, Disdukcapil booth, MPP Batam",
        "disdukcapil-batam",
        "batam",
        BoothRole.OFFICER,
    ),
    (
        "petugas.samsat@demo.mpp.id",
        "Dewi Lestari",
        "officer, Samsat booth, MPP Tanjungpinang",
        "samsat-kepri",
        "tanjungpinang",
        BoothRole.OFFICER,
    ),
    (
        "supervisor.imigrasi@demo.mpp.id",
        "Hendra Gunawan",
        "booth supervisor, Imigrasi, MPP Batam (manages Imigrasi's services)",
        "imigrasi-batam",
        "batam",
        BoothRole.SUPERVISOR,
    ),
]


@transaction.atomic
def seed_accounts() -> list[DemoAccount]:
    """Create or refresh the demo accounts, all with DEMO_PASSWORD."""
    accounts = []

    def account(email, full_name, description, **flags) -> User:
        user, _created = User.objects.update_or_create(
            email=email, defaults={"full_name": full_name, "is_active": True, **flags}
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        # Demo addresses count as verified, so the logins work at once.
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        accounts.append(DemoAccount(email, full_name, description))
        return user

    account(
        "warga@demo.mpp.id",
        "Siti Aminah",
        "citizen (NIK 2171********0001; sign in at /akun/login/)",
        phone="081270001234",
        nik="2171014101900001",
        birth_date=dt.date(1990, 1, 1),
    )
    for email, name, description, agency_slug, mall_slug, role in _BOOTH_STAFF:
        booth = Booth.objects.filter(
            agency__slug=agency_slug, mall__slug=mall_slug
        ).first()
        if booth is None:  # the catalogue changed; skip rather than invent a booth
            continue
        user = account(email, name, description)
        agency_actions.booth_staff_assign(user=user, booth=booth, role=role)
        _enrol_demo_totp(user)
    manager = account(
        "manajer.batam@demo.mpp.id", "Yusuf Hamdani", "mall manager, MPP Batam"
    )
    agency_actions.mall_manager_assign(
        user=manager, mall=Mall.objects.get(slug="batam")
    )
    _enrol_demo_totp(manager)
    admin = account(
        "admin@demo.mpp.id",
        "Nurhayati Rahman",
        "provincial admin (Biro Organisasi Provinsi Kepri)",
        is_staff=True,
        is_provincial_admin=True,
    )
    _enrol_demo_totp(admin)
    return accounts


def _enrol_demo_totp(user: User) -> None:
    """Give a demo staff account the published authenticator secret and recovery
    codes. Like the password, a changed secret is set back (the demo sign-in must
    work); recovery codes are made once and then left alone, used ones stay used."""
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is None:
        totp_auth.TOTP.activate(user, DEMO_TOTP_SECRET)
    elif decrypt(totp.data["secret"]) != DEMO_TOTP_SECRET:
        totp.data = {**totp.data, "secret": encrypt(DEMO_TOTP_SECRET)}
        totp.save(update_fields=["data"])
    RecoveryCodes.activate(user)  # returns the existing codes if there are any


def demo_totp_code(now: float | None = None) -> tuple[str, int]:
    """The demo authenticator's code at `now` (default: now) and the seconds until
    the app shows the next one."""
    now = time.time() if now is None else now
    period = mfa_settings.TOTP_PERIOD
    value = totp_auth.hotp_value(DEMO_TOTP_SECRET, int(now // period))
    return totp_auth.format_hotp_value(value), period - int(now % period)


# ---------------------------------------------------------------- scale

_VERBS = [
    "Penerbitan",
    "Perpanjangan",
    "Perubahan",
    "Legalisasi",
    "Pendaftaran",
    "Penggantian",
    "Pencabutan",
    "Verifikasi",
    "Rekomendasi",
    "Pengesahan",
]
_NOUNS = [
    "Izin Usaha",
    "Surat Keterangan",
    "Sertifikat",
    "Tanda Daftar",
    "Kartu Identitas",
    "Dokumen Kependudukan",
    "Izin Lingkungan",
    "Surat Rekomendasi",
    "Akta",
    "Izin Praktik",
    "Izin Reklame",
    "Izin Operasional",
    "Kartu Kuning",
    "Surat Domisili",
    "Izin Edar",
]
_OBJECTS = [
    "Perorangan",
    "Badan Usaha",
    "Koperasi",
    "UMKM",
    "Nelayan",
    "Pelaut",
    "Tenaga Kesehatan",
    "Sekolah",
    "Kapal",
    "Toko",
    "Restoran",
    "Klinik",
]
_REQUIREMENTS = [
    "KTP-el asli",
    "Kartu Keluarga",
    "Pas foto 3x4",
    "Surat pengantar RT/RW",
    "NPWP",
    "Akta pendirian",
    "Surat kuasa",
    "Bukti pembayaran",
    "Formulir permohonan",
    "Surat pernyataan bermaterai",
    "Ijazah terakhir",
    "Denah lokasi",
    "Sertifikat tanah",
    "Nomor Induk Berusaha (NIB)",
]


def seed_scale(*, count: int, seed: int = 2026) -> int:
    """Add `count` synthetic services (5 requirements and 4 steps each) spread over
    the agencies, offered at each agency's booths. Returns how many were created."""
    rng = random.Random(seed)
    agencies = list(Agency.objects.order_by("pk").prefetch_related("booths"))
    if not agencies:
        raise ValueError("Run seed_demo without --scale first.")
    existing = set(
        Service.objects.filter(code__startswith="SYN-").values_list("code", flat=True)
    )
    wanted = [i for i in range(1, count + 1) if f"SYN-{i:06d}" not in existing]
    created = 0
    for start in range(0, len(wanted), 1000):
        with transaction.atomic():
            created += _seed_scale_batch(rng, agencies, wanted[start : start + 1000])
    return created


def _seed_scale_batch(
    rng: random.Random, agencies: list[Agency], numbers: list[int]
) -> int:
    services, requirement_names = [], []
    for i in numbers:
        agency = agencies[i % len(agencies)]
        name = f"{rng.choice(_VERBS)} {rng.choice(_NOUNS)} {rng.choice(_OBJECTS)} {i}"
        unit = rng.choice(["working_days", "working_days", "hours", "minutes"])
        service = Service(
            agency=agency,
            code=f"SYN-{i:06d}",
            slug=f"sintetis-{i:06d}",
            name=name,
            description=f"Layanan sintetis untuk uji beban: {name.lower()}.",
            time_limit_value=rng.choice([1, 3, 5, 14])
            if unit == "working_days"
            else 30,
            time_limit_unit=unit,
            fee=rng.choice([0, 0, 0, 10000, 50000, 150000]),
            output_product=rng.choice(_NOUNS),
            complaint_channel=catalogue.DEFAULT_COMPLAINT_CHANNEL,
            channel=rng.choice(["online", "counter", "both"]),
        )
        names = rng.sample(_REQUIREMENTS, 5)
        columns = service_actions.search_columns_for(
            service=service, requirement_names=names
        )
        for column, text in columns.items():
            setattr(service, column, text)
        services.append(service)
        requirement_names.append(names)
    services = Service.objects.bulk_create(services)
    requirements, steps, offerings = [], [], []
    through = Service.booths.through
    booths_of = {a.pk: list(a.booths.all()) for a in agencies}
    for service, names in zip(services, requirement_names, strict=True):
        for position, name in enumerate(names, start=1):
            requirements.append(
                Requirement(
                    service=service,
                    position=position,
                    name=name,
                    needs_upload=position != 5,
                    is_mandatory=position != 4,
                )
            )
        for position in range(1, 5):
            steps.append(
                ProcedureStep(
                    service=service,
                    position=position,
                    description=f"Langkah {position}: serahkan berkas di loket.",
                )
            )
        offerings += [
            through(service_id=service.pk, booth_id=b.pk)
            for b in booths_of[service.agency_id]
        ]
    Requirement.objects.bulk_create(requirements)
    ProcedureStep.objects.bulk_create(steps)
    through.objects.bulk_create(offerings)
    return len(services)


# ---------------------------------------------------------------- applications
# The demo citizen's applications, one in each step a newcomer should see (a draft
# with documents still missing, sent, in review, sent back for a fix, ready for
# pickup, completed with its output document), and work in the demo officers'
# inboxes. Each is made through the real actions, so its timeline, notifications
# and audit rows are real. Keyed by fixed start keys: a later run finds them and
# adds nothing, nor moves them (the citizen may have moved them on since).
_DEMO_KEY = "6f1c2a52-5d1e-4a4c-9b44-0000000000{:02d}"
_DEMO_APPLICATIONS = [
    # (start key, agency slug, mall slug, what happens to it, preferred service)
    (_DEMO_KEY.format(1), "disdukcapil-batam", "batam", "submitted", ""),
    (_DEMO_KEY.format(2), "imigrasi-batam", "batam", "in_review", ""),
    (_DEMO_KEY.format(3), "disdukcapil-batam", "batam", "fix", ""),
    (_DEMO_KEY.format(4), "disdukcapil-batam", "batam", "completed", "kk"),
    (_DEMO_KEY.format(5), "imigrasi-batam", "batam", "ready", "paspor-penggantian"),
    (_DEMO_KEY.format(6), "polresta-barelang", "batam", "draft", "skck-baru"),
]
_DEMO_FIX_REASON = "Foto kurang jelas, mohon pindai ulang."
_DEMO_FIX_MESSAGE = (
    "Terima kasih. Satu dokumen belum terbaca dengan jelas; mohon unggah ulang "
    "hasil pindaian yang lebih terang."
)


def _demo_image(label: str) -> Image.Image:
    image = Image.new("RGB", (620, 380), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 609, 369), outline="#0f6e8c", width=4)
    draw.text((30, 30), "CONTOH DOKUMEN - DEMO MPP KEPRI", fill="#0f6e8c")
    draw.text((30, 70), label[:60], fill="black")
    return image


def _demo_scan(label: str) -> SimpleUploadedFile:
    """A small PNG standing in for a scanned document, named after it."""
    buffer = io.BytesIO()
    _demo_image(label).save(buffer, "PNG")
    name = f"{slugify(label)[:60] or 'dokumen'}.png"
    return SimpleUploadedFile(name, buffer.getvalue(), "image/png")


def _demo_output(label: str) -> SimpleUploadedFile:
    """A one-page PDF standing in for an agency's electronic output document."""
    buffer = io.BytesIO()
    _demo_image(label).save(buffer, "PDF")
    return SimpleUploadedFile("hasil.pdf", buffer.getvalue(), "application/pdf")


def _demo_answer(field) -> str:
    if field.kind == FieldKind.NUMBER:
        return "1"
    if field.kind == FieldKind.DATE:
        return "2026-01-15"
    if field.kind == FieldKind.CHOICE and field.choices.strip():
        return field.choices.strip().splitlines()[0].strip()
    return "Batam"


def _demo_service(
    index: int, agency_slug: str, mall: Mall, preferred: str
) -> Service | None:
    """The preferred service ("<agency slug>-<preferred>") while the catalogue has
    it, else one of the agency's online services with documents at the mall."""
    services = (
        Service.objects.filter(
            agency__slug=agency_slug,
            is_active=True,
            channel__in=["online", "both"],
            booths__mall=mall,
            requirements__needs_upload=True,
        )
        .distinct()
        .order_by("name")
    )
    chosen = services.filter(slug=f"{agency_slug}-{preferred}").first()
    if preferred and chosen:
        return chosen
    return services[index % 2] if services.count() > 1 else services.first()


def seed_applications() -> int:
    """Give the demo citizen a few applications in different states (idempotent:
    each is made once, whole or not at all). Returns how many were sent now."""
    citizen = User.objects.filter(email="warga@demo.mpp.id").first()
    if citizen is None:
        return 0
    made = {
        str(key)
        for key in Application.objects.filter(
            citizen=citizen,
            start_key__in=[uuid.UUID(row[0]) for row in _DEMO_APPLICATIONS],
        ).values_list("start_key", flat=True)
    }
    sent = 0
    for index, (key, agency_slug, mall_slug, fate, preferred) in enumerate(
        _DEMO_APPLICATIONS
    ):
        if key in made:
            continue
        mall = Mall.objects.filter(slug=mall_slug).first()
        service = mall and _demo_service(index, agency_slug, mall, preferred)
        if service is None:
            continue
        with transaction.atomic():
            sent += _seed_application(citizen, service, mall, uuid.UUID(key), fate)
    return sent


def _seed_application(
    citizen: User, service: Service, mall: Mall, start_key: uuid.UUID, fate: str
) -> int:
    """Make one demo application and move it to `fate`; 1 if it was sent."""
    application = application_actions.application_start(
        citizen=citizen, service=service, mall=mall, start_key=start_key
    )
    if application.start_key != start_key:
        return 0  # the citizen's own draft of this service, resumed: leave it be
    documents = list(service.requirements.filter(needs_upload=True))
    if fate == "draft":
        # Half done: the first document only, so that the form and "My
        # applications" show what is still missing.
        documents = documents[:1]
    application_actions.application_save_draft(
        application=application,
        field_values={f.key: _demo_answer(f) for f in service.fields.all()},
        files={r.pk: (_demo_scan(r.name), "image/png") for r in documents},
    )
    if fate == "draft":
        return 0
    application = application_actions.application_submit(
        application=application, citizen=citizen
    )
    officer = _booth_officer(service.agency.slug, mall.slug)
    if fate == "submitted" or officer is None:
        return 1
    application = application_actions.application_start_review(
        application=application, officer=officer
    )
    if fate == "fix":
        document = application.documents.order_by("requirement__position").last()
        application_actions.application_request_changes(
            application=application,
            officer=officer,
            fixes={document.pk: _DEMO_FIX_REASON},
            message=_DEMO_FIX_MESSAGE,
        )
    elif fate in {"ready", "completed"}:
        application = application_actions.application_decide(
            application=application, officer=officer, approve=True
        )
        if fate == "ready":
            application_actions.application_mark_ready(
                application=application, officer=officer
            )
        else:
            application_actions.application_complete(
                application=application,
                officer=officer,
                output=_demo_output(service.output_product or service.name),
                content_type="application/pdf",
            )
    return 1


def _booth_officer(agency_slug: str, mall_slug: str) -> User | None:
    return (
        User.objects.filter(
            booth_roles__booth__agency__slug=agency_slug,
            booth_roles__booth__mall__slug=mall_slug,
            booth_roles__role=BoothRole.OFFICER,
        )
        .order_by("pk")
        .first()
    )
