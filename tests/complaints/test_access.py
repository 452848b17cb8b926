"""The access matrix for the complaints' id-taking URLs, beside the applications'
one (tests/test_access_matrix.py leaves these routes to this file).

- A complainant's own page: the complainant's alone.
- The confirmation: the browser that sent the complaint (its session) or the
  signed-in complainant; nobody else, anonymous visitors included.
- The back office's pages: the booth's officers and supervisors, the mall's
  managers and provincial admins; other booths', other malls' staff and citizens
  get 404 (with an audit row). Acting is the booth's alone: managers and admins are
  refused with a message and nothing changes.
"""

import pytest

from django.test import Client
from django.urls import reverse

from audit.models import AuditAction, AuditEvent
from complaints.models import Complaint, ComplaintAttachment
from tests.accounts.factories import UserFactory
from tests.applications import badfiles
from tests.complaints.factories import ComplaintFactory
from tests.complaints.helpers import (
    make_desk,
    other_booth_officer,
    other_mall_manager,
    other_mall_officer,
    provincial_admin,
)
from tests.staff_auth import sign_in_staff

pytestmark = pytest.mark.django_db

#: Every complaints route that takes an id, and who gets through:
#: "owner" the signed-in complainant; "sender" the sending browser or the owner;
#: "staff" the booth's staff, the mall's managers, provincial admins; "booth" the
#: booth's officers and supervisors (the others who see it are refused, unchanged).
COMPLAINT_ROUTES = {
    "complaints:detail": "owner",
    "complaints:confirmation": "sender",
    "complaints:staff_detail": "staff",
    "complaints:staff_attachment": "staff",
    "complaints:staff_act": "booth",
}

OWNER = "owner"
OTHER_CITIZEN = "other citizen"
BOOTH_OFFICER = "officer of the booth"
BOOTH_SUPERVISOR = "supervisor of the booth"
OTHER_AGENCY_OFFICER = "officer of another agency, same mall"
OTHER_MALL_OFFICER = "officer of the same agency, another mall"
MALL_MANAGER = "manager of the mall"
OTHER_MALL_MANAGER = "manager of another mall"
PROVINCIAL_ADMIN = "provincial admin"
ANONYMOUS = "anonymous"
ROLES = (
    OWNER,
    OTHER_CITIZEN,
    BOOTH_OFFICER,
    BOOTH_SUPERVISOR,
    OTHER_AGENCY_OFFICER,
    OTHER_MALL_OFFICER,
    MALL_MANAGER,
    OTHER_MALL_MANAGER,
    PROVINCIAL_ADMIN,
    ANONYMOUS,
)
THE_BOOTH = {BOOTH_OFFICER, BOOTH_SUPERVISOR}
SEES_IT = THE_BOOTH | {MALL_MANAGER, PROVINCIAL_ADMIN}


def _setup(client: Client, role: str):
    desk = make_desk()
    owner = UserFactory()
    complaint = ComplaintFactory(booth=desk.booth, citizen=owner)
    upload = badfiles.good_png()
    attachment = ComplaintAttachment.objects.create(
        complaint=complaint,
        file=upload,
        original_name="foto.png",
        content_type="image/png",
        size=upload.size,
    )
    makers = {
        OTHER_CITIZEN: UserFactory,
        BOOTH_OFFICER: lambda: desk.officer,
        BOOTH_SUPERVISOR: lambda: desk.supervisor,
        OTHER_AGENCY_OFFICER: lambda: other_booth_officer(desk.booth),
        OTHER_MALL_OFFICER: lambda: other_mall_officer(desk.booth),
        MALL_MANAGER: lambda: desk.manager,
        OTHER_MALL_MANAGER: other_mall_manager,
        PROVINCIAL_ADMIN: provincial_admin,
    }
    if role == OWNER:
        client.force_login(owner)
    elif role in (OTHER_CITIZEN,):
        client.force_login(makers[role]())
    elif role != ANONYMOUS:
        sign_in_staff(client, makers[role]())
    return complaint, attachment


def _kwargs(name, complaint, attachment) -> dict:
    kwargs = {"uuid": complaint.uuid}
    if name == "complaints:staff_attachment":
        kwargs["document_id"] = attachment.pk
    if name == "complaints:staff_act":
        kwargs["action"] = "klasifikasi"
    return kwargs


def _state():
    return list(Complaint.objects.values_list("status", "classification", "due_date"))


def _denied() -> int:
    return AuditEvent.objects.filter(action=AuditAction.ACCESS_DENIED).count()


@pytest.mark.parametrize("name", sorted(COMPLAINT_ROUTES))
@pytest.mark.parametrize("role", ROLES)
def test_complaint_routes_by_role(client, name, role):
    complaint, attachment = _setup(client, role)
    url = reverse(name, kwargs=_kwargs(name, complaint, attachment))
    side = COMPLAINT_ROUTES[name]
    before = _state()

    if side == "booth":
        response = client.post(
            url, {"classification": "light", "expected_status": "received"}
        )
    else:
        response = client.get(url)

    allowed = {
        "owner": {OWNER},
        "sender": {OWNER},
        "staff": SEES_IT,
        "booth": SEES_IT,  # reaches the page; only the booth's move changes it
    }[side]
    login_first = side in {"owner", "staff", "booth"}
    if role == ANONYMOUS and login_first:
        assert response.status_code == 302
        assert "/akun/login/" in response["Location"]
    elif role in allowed:
        assert response.status_code in {200, 302}
    else:
        assert response.status_code == 404
        assert _denied() == 1
    if side == "booth" and role in THE_BOOTH:
        assert _state() != before
    else:
        assert _state() == before
