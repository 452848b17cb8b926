"""The access matrix, generated from the URLconf: every URL that takes an
application or document id × every kind of person (issue: "the wrong ones get 404,
and an audit row").

1. The URLconf is walked (namespaces kept, the i18n prefix skipped) for every named
   route that takes an id. Each must be in `MATRIX`, which says which HTTP methods
   its view accepts, which application state makes the request meaningful and what
   to post; `backoffice:act` is expanded over the back office's own `ACTIONS`. A new
   id-taking URL or action slug without a row here fails the suite.
2. Each (URL, method) × role is one test. The right people get through, with the
   status the view answers; the wrong ones get 404, exactly one "access denied"
   audit row naming them, and no change at all; visitors are sent to sign in.

Who is right:

* citizen URLs (`applications:*`): the owner only, whoever else is signed in
  (provincial admins included) gets 404;
* back-office URLs (`backoffice:*`): the booth's officer and supervisor, the mall's
  manager and provincial admins (agencies.permissions). Citizens get 404 as well:
  `accounts.mfa.SecondFactorMiddleware` lets them through (it only guards staff,
  who must have passed their second factor: `sign_in_staff` does that), and
  `backoffice.views.staff_required` answers 404 to anyone who does not work for a
  mall, so the back office does not even admit it exists (and that 404 is audited
  like any other). Managers and provincial admins see but do not decide: their
  posts are answered like the booth's (a redirect to the review page with a
  message) and change nothing.
"""

from __future__ import annotations

import uuid as uuid_lib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, UUIDConverter
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from django.utils import translation

from agencies.models import Booth
from applications.models import (
    Application,
    ApplicationDocument,
    Message,
    ReviewStatus,
    StatusChange,
)
from audit.middleware import _OBJECT_KWARGS
from audit.models import AuditAction, AuditEvent, AuditRole
from backoffice.views import ACTIONS
from notifications.models import Notification
from tests.accounts.factories import UserFactory
from tests.agencies.factories import (
    AgencyFactory,
    BoothStaffFactory,
    MallFactory,
    MallManagerFactory,
)
from tests.applications import badfiles
from tests.applications.factories import (
    ApplicationFactory,
    CitizenFactory,
    OnlineServiceFactory,
    answers_for,
    officer_for,
)
from tests.complaints.test_access import COMPLAINT_ROUTES
from tests.queueing.test_access import QUEUE_ROUTES
from tests.staff_auth import sign_in_staff
from tests.surveys.test_access import SURVEY_ROUTES

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------- the URLconf
@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    route: str  # without the language prefix
    arguments: tuple[str, ...]


def _arguments(pattern) -> dict[str, Any]:
    if isinstance(pattern, RegexPattern):
        return dict.fromkeys(pattern.regex.groupindex)
    return dict(getattr(pattern, "converters", {}))


def _takes_an_id(arguments: dict[str, Any]) -> bool:
    """A uuid or an integer in the path, or an argument named like an object's id
    (the ones the audit middleware records, `pk`, `…_id`)."""
    return any(
        isinstance(converter, UUIDConverter | IntConverter)
        or name in _OBJECT_KWARGS
        or name == "pk"
        or name.endswith("_id")
        for name, converter in arguments.items()
    )


def _walk(resolver, prefix: str = "", namespaces: tuple[str, ...] = ()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = (*namespaces, entry.namespace) if entry.namespace else namespaces
            # i18n_patterns: "" or "en/" depending on the active language.
            own = (
                "" if isinstance(entry.pattern, LocalePrefixPattern) else entry.pattern
            )
            yield from _walk(entry, f"{prefix}{own}", inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield (
                ":".join((*namespaces, entry.name)),
                f"{prefix}{entry.pattern}",
                _arguments(entry.pattern),
            )


def discover_id_routes() -> dict[str, Route]:
    """Every named route that takes an id, by its namespaced name. Django's admin
    (`admin:*`, `<path:object_id>`) is left out: ModelAdmin permissions guard it,
    and tests/*/test_admin*.py test its scoping. The queue's routes (counters,
    tickets) have their own matrix, tests/queueing/test_access.py."""
    found = {}
    for name, route, arguments in _walk(get_resolver()):
        if name.split(":")[0] != "admin" and _takes_an_id(arguments):
            found[name] = Route(name, route, tuple(arguments))
    missing = set(DELEGATED) - set(found)
    assert not missing, f"a delegated access matrix knows routes gone: {missing}"
    return {name: route for name, route in found.items() if name not in DELEGATED}


#: Routes whose matrix lives with their app (tests/<app>/test_access.py).
DELEGATED = {**QUEUE_ROUTES, **COMPLAINT_ROUTES, **SURVEY_ROUTES}


DISCOVERED = discover_id_routes()


# ---------------------------------------------------------------- the roles
OWNER = "owner"
OTHER_CITIZEN = "other citizen"
BOOTH_OFFICER = "officer of the booth"
OTHER_AGENCY_OFFICER = "officer of another agency, same mall"
OTHER_MALL_OFFICER = "officer of the same agency, another mall"
BOOTH_SUPERVISOR = "supervisor of the booth"
MALL_MANAGER = "manager of the mall"
OTHER_MALL_MANAGER = "manager of another mall"
PROVINCIAL_ADMIN = "provincial admin"
ANONYMOUS = "anonymous"

ROLES = (
    OWNER,
    OTHER_CITIZEN,
    BOOTH_OFFICER,
    OTHER_AGENCY_OFFICER,
    OTHER_MALL_OFFICER,
    BOOTH_SUPERVISOR,
    MALL_MANAGER,
    OTHER_MALL_MANAGER,
    PROVINCIAL_ADMIN,
    ANONYMOUS,
)
CITIZENS = frozenset({OWNER, OTHER_CITIZEN})
#: Who sees an application in the back office (agencies.permissions.Actor).
STAFF_IN_SCOPE = frozenset(
    {BOOTH_OFFICER, BOOTH_SUPERVISOR, MALL_MANAGER, PROVINCIAL_ADMIN}
)
#: Who processes it (may_process_application): the booth's own staff.
BOOTH = frozenset({BOOTH_OFFICER, BOOTH_SUPERVISOR})
#: The role an audit row records for each (audit.actions.role_of).
AUDIT_ROLE = {
    OWNER: AuditRole.CITIZEN,
    OTHER_CITIZEN: AuditRole.CITIZEN,
    BOOTH_OFFICER: AuditRole.OFFICER,
    OTHER_AGENCY_OFFICER: AuditRole.OFFICER,
    OTHER_MALL_OFFICER: AuditRole.OFFICER,
    BOOTH_SUPERVISOR: AuditRole.SUPERVISOR,
    MALL_MANAGER: AuditRole.MALL_MANAGER,
    OTHER_MALL_MANAGER: AuditRole.MALL_MANAGER,
    PROVINCIAL_ADMIN: AuditRole.PROVINCIAL_ADMIN,
}


class World:
    """One mall's booth of one agency with its online service and the owner; the
    applications and the other people are made when a test asks for them."""

    def __init__(self) -> None:
        self.mall = MallFactory()
        self.service = OnlineServiceFactory(at_mall=self.mall)
        self.agency = self.service.agency
        self.booth = Booth.objects.get(mall=self.mall, agency=self.agency)
        self.owner = CitizenFactory()
        self.users: dict[str, Any] = {OWNER: self.owner}

    def user(self, role: str):
        if role not in self.users:
            self.users[role] = {
                OTHER_CITIZEN: lambda: CitizenFactory(),
                BOOTH_OFFICER: lambda: BoothStaffFactory(booth=self.booth).user,
                OTHER_AGENCY_OFFICER: lambda: (
                    BoothStaffFactory(
                        booth__mall=self.mall, booth__agency=AgencyFactory()
                    ).user
                ),
                OTHER_MALL_OFFICER: lambda: (
                    BoothStaffFactory(
                        booth__agency=self.agency, booth__mall=MallFactory()
                    ).user
                ),
                BOOTH_SUPERVISOR: lambda: (
                    BoothStaffFactory(booth=self.booth, supervisor=True).user
                ),
                MALL_MANAGER: lambda: MallManagerFactory(mall=self.mall).user,
                OTHER_MALL_MANAGER: lambda: MallManagerFactory().user,
                PROVINCIAL_ADMIN: lambda: UserFactory(provincial_admin=True),
            }[role]()
        return self.users[role]

    def sign_in(self, client: Client, role: str):
        """Sign `role` in on `client` (staff with their second factor); the user."""
        if role == ANONYMOUS:
            return None
        user = self.user(role)
        if role in CITIZENS:
            client.force_login(user)
        else:
            sign_in_staff(client, user)
        return user

    def application(self, state: str, **kwargs) -> Application:
        return STATES[state](self, kwargs.pop("citizen", self.owner), **kwargs)


def _with_a_document_to_fix(**traits):
    def make(world: World, citizen, **kwargs) -> Application:
        application = ApplicationFactory(
            service=world.service, citizen=citizen, **traits, **kwargs
        )
        ApplicationDocument.objects.filter(
            pk=application.documents.order_by("pk").first().pk
        ).update(review_status=ReviewStatus.NEEDS_FIX, review_note="Foto buram.")
        return application

    return make


def _completed_with_output(world: World, citizen, **kwargs) -> Application:
    application = ApplicationFactory(
        service=world.service,
        citizen=citizen,
        completed=True,
        output_content_type=badfiles.PDF,
        **kwargs,
    )
    application.output_file.save("output", badfiles.good_pdf(), save=True)
    return application


def _trait(name: str):
    def make(world: World, citizen, **kwargs) -> Application:
        return ApplicationFactory(
            service=world.service, citizen=citizen, **{name: True}, **kwargs
        )

    return make


#: One application per state the matrix needs: the state in which the right
#: person's request does what it is for (so "nothing changed" means something).
STATES: dict[str, Callable[..., Application]] = {
    "draft": _trait("complete"),
    "submitted": _trait("submitted"),
    "in review": _trait("in_review"),
    "in review, a document to fix": _with_a_document_to_fix(in_review=True),
    "changes requested": _with_a_document_to_fix(changes_requested=True),
    "approved": _trait("approved"),
    "ready for pickup": _trait("ready_for_pickup"),
    "completed, with output": _completed_with_output,
}


# ---------------------------------------------------------------- the matrix
CITIZEN_SIDE = "citizen"
STAFF_SIDE = "back office"


@dataclass(frozen=True)
class Request:
    """One method of one URL: the state to try it on, the status the right people
    get, what to post and whose request changes the application."""

    method: str
    state: str
    ok: int
    data: Callable[[World, Application], dict] | None = None
    changes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Endpoint:
    side: str
    requests: tuple[Request, ...] = ()
    #: backoffice:act: one Request per action slug.
    by_action: dict[str, Request] = field(default_factory=dict)


def _answers(world: World, application: Application) -> dict:
    return {
        key: f"{value} (diubah)" for key, value in answers_for(world.service).items()
    }


def _replacements(world: World, application: Application) -> dict:
    return {
        f"doc_{d.requirement_id}": badfiles.good_pdf()
        for d in application.documents.filter(review_status=ReviewStatus.NEEDS_FIX)
    }


def _expected(**extra):
    def data(world: World, application: Application) -> dict:
        return {"expected_status": application.status, **extra}

    return data


def _complete(world: World, application: Application) -> dict:
    return {"expected_status": application.status, "output": badfiles.good_pdf()}


def _colleague(world: World, application: Application) -> dict:
    return {"officer": officer_for(application).pk}


def _get(state: str, ok: int = 200) -> Request:
    return Request("get", state, ok)


MATRIX: dict[str, Endpoint] = {
    # ---- the citizen's own pages (applications/views.py)
    "applications:detail": Endpoint(CITIZEN_SIDE, (_get("submitted"),)),
    "applications:edit": Endpoint(
        CITIZEN_SIDE,
        (
            _get("draft"),
            Request("post", "draft", 302, _answers, frozenset({OWNER})),
        ),
    ),
    "applications:review": Endpoint(CITIZEN_SIDE, (_get("draft"),)),
    "applications:submit": Endpoint(
        CITIZEN_SIDE, (Request("post", "draft", 302, None, frozenset({OWNER})),)
    ),
    "applications:confirmation": Endpoint(CITIZEN_SIDE, (_get("submitted"),)),
    "applications:cancel": Endpoint(
        CITIZEN_SIDE, (Request("post", "submitted", 302, None, frozenset({OWNER})),)
    ),
    "applications:fix": Endpoint(
        CITIZEN_SIDE,
        (
            _get("changes requested"),
            Request(
                "post", "changes requested", 302, _replacements, frozenset({OWNER})
            ),
        ),
    ),
    "applications:document": Endpoint(CITIZEN_SIDE, (_get("submitted"),)),
    "applications:output": Endpoint(CITIZEN_SIDE, (_get("completed, with output"),)),
    "applications:document_view": Endpoint(
        CITIZEN_SIDE, (_get("draft"), _get("submitted"))
    ),
    # ---- the back office (backoffice/views.py)
    "backoffice:review": Endpoint(STAFF_SIDE, (_get("submitted"),)),
    # Showing the NIK changes no state (it writes a "revealed" row, in scope).
    "backoffice:reveal_nik": Endpoint(STAFF_SIDE, (Request("post", "submitted", 200),)),
    "backoffice:document": Endpoint(STAFF_SIDE, (_get("submitted"),)),
    "backoffice:document_check": Endpoint(
        STAFF_SIDE,
        (
            Request(
                "post",
                "in review",
                302,
                lambda w, a: {"decision": "fix", "note": "Tanpa stempel."},
                BOOTH,
            ),
        ),
    ),
    "backoffice:output": Endpoint(STAFF_SIDE, (_get("completed, with output"),)),
    "backoffice:act": Endpoint(
        STAFF_SIDE,
        by_action={
            "mulai": Request("post", "submitted", 302, _expected(), BOOTH),
            "minta-perbaikan": Request(
                "post",
                "in review, a document to fix",
                302,
                _expected(note="Mohon dilengkapi."),
                BOOTH,
            ),
            "setujui": Request("post", "in review", 302, _expected(), BOOTH),
            "tolak": Request(
                "post", "in review", 302, _expected(note="Berkas palsu."), BOOTH
            ),
            "selesai": Request("post", "approved", 302, _complete, BOOTH),
            "siap-diambil": Request("post", "approved", 302, _expected(), BOOTH),
            "sudah-diambil": Request(
                "post", "ready for pickup", 302, _expected(), BOOTH
            ),
            "ambil": Request("post", "submitted", 302, None, BOOTH),
            # Only a supervisor assigns (ensure_may_assign).
            "tugaskan": Request(
                "post", "submitted", 302, _colleague, frozenset({BOOTH_SUPERVISOR})
            ),
            "pesan": Request(
                "post", "submitted", 302, lambda w, a: {"body": "Mohon datang."}, BOOTH
            ),
        },
    ),
}


@dataclass(frozen=True)
class Case:
    """One (URL, method) of the matrix, or a URL the matrix does not know."""

    name: str
    request: Request | None
    action: str = ""
    unknown: str = ""

    @property
    def id(self) -> str:
        method = self.request.method.upper() if self.request else "?"
        return f"{self.name}{f'[{self.action}]' if self.action else ''} {method}"

    @property
    def side(self) -> str:
        return MATRIX[self.name].side

    def kwargs(self, application: Application, document_id: int | None = None):
        arguments = DISCOVERED[self.name].arguments
        kwargs: dict[str, Any] = {"uuid": application.uuid}
        if "document_id" in arguments:
            kwargs["document_id"] = (
                document_id
                if document_id is not None
                else application.documents.order_by("pk").first().pk
            )
        if "action" in arguments:
            kwargs["action"] = self.action
        return kwargs

    def url(self, application: Application, **kwargs) -> str:
        return reverse(self.name, kwargs=self.kwargs(application, **kwargs))


def _cases() -> list[Case]:
    """The matrix's rows, in the URLconf's terms: every id-taking route found, each
    with the methods its row declares (and each of the back office's actions)."""
    cases = []
    for name, route in DISCOVERED.items():
        endpoint = MATRIX.get(name)
        if endpoint is None:
            cases.append(Case(name, None, unknown=f"{name} ({route.route})"))
            continue
        if "action" in route.arguments:
            for action in ACTIONS:
                request = endpoint.by_action.get(action)
                cases.append(
                    Case(name, request, action, "" if request else f"{name} {action}")
                )
            continue
        cases.extend(Case(name, request) for request in endpoint.requests)
    return cases


CASES = _cases()


def _known(case: Case) -> None:
    if case.unknown:
        pytest.fail(
            f"{case.unknown} takes an id but the access matrix does not know it: "
            "add it to MATRIX in tests/test_access_matrix.py"
        )


# ---------------------------------------------------------------- what is checked
def _snapshot(application: Application) -> dict:
    """Everything a request could change about an application."""
    return {
        "application": Application.objects.filter(pk=application.pk).values().get(),
        "history": StatusChange.objects.filter(application=application).count(),
        "messages": Message.objects.filter(application=application).count(),
        "documents": list(
            ApplicationDocument.objects.filter(application=application)
            .order_by("pk")
            .values(
                "pk",
                "file",
                "review_status",
                "review_note",
                "reviewed_by",
                "reviewed_at",
                "updated_at",
            )
        ),
        "notifications": Notification.objects.filter(
            recipient_id=application.citizen_id
        ).count(),
    }


def _last_audit_id() -> int:
    return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _new_audit_rows(after: int) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(pk__gt=after).order_by("pk"))


def _login_url(path: str) -> str:
    return f"{reverse('account_login')}?next={path}"


def _send(client: Client, method: str, url: str, data: dict | None = None):
    return getattr(client, method)(url, data or {})


def assert_not_found_and_audited(response, rows, *, user, role, case, url_kwargs):
    """404, and one "access denied" row naming who asked for what (and no look
    at the data: no view, document or NIK row)."""
    assert response.status_code == 404
    assert [row.action for row in rows] == [AuditAction.ACCESS_DENIED], rows
    (row,) = rows
    assert row.actor_id == user.pk
    assert row.actor_label == f"{user.full_name} <{user.email}>"
    assert row.role == AUDIT_ROLE[role]
    # Whole ids, even a uuid whose digits run 16 long like a NIK
    # (test_a_denied_uuid_that_looks_like_a_nik_is_kept).
    assert row.detail == {
        "url": case.name,
        "method": case.request.method.upper(),
        **{k: str(v) for k, v in url_kwargs.items() if k in _OBJECT_KWARGS},
    }
    assert row.object_repr == f"{case.name} {url_kwargs['uuid']}"


def _expected_outcome(case: Case, role: str) -> str:
    if role == ANONYMOUS:
        return "sign in"
    right = {OWNER} if case.side == CITIZEN_SIDE else STAFF_IN_SCOPE
    return "through" if role in right else "404"


# Holes found by the matrix: (case id, role) -> reason. Empty: none found.
KNOWN_HOLES: dict[tuple[str, str], str] = {}


def _params():
    for case in CASES:
        for role in ROLES:
            marks = []
            if (case.id, role) in KNOWN_HOLES:
                marks.append(
                    pytest.mark.xfail(strict=True, reason=KNOWN_HOLES[case.id, role])
                )
            yield pytest.param(case, role, id=f"{case.id} × {role}", marks=marks)


# ---------------------------------------------------------------- the tests
def test_the_matrix_knows_every_url_that_takes_an_id():
    assert set(DISCOVERED) == set(MATRIX), (
        "An id-taking URL was added or removed: keep MATRIX in step with the URLconf"
    )
    assert set(MATRIX["backoffice:act"].by_action) == set(ACTIONS)


@pytest.fixture
def world() -> World:
    return World()


@pytest.mark.parametrize(("case", "role"), _params())
def test_access(client, world, case, role):
    _known(case)
    request = case.request
    application = world.application(request.state)
    user = world.sign_in(client, role)
    url_kwargs = case.kwargs(application)
    url = reverse(case.name, kwargs=url_kwargs)
    data = request.data(world, application) if request.data else None
    before, audit_mark = _snapshot(application), _last_audit_id()

    response = _send(client, request.method, url, data)

    rows = _new_audit_rows(audit_mark)
    changed = _snapshot(application) != before
    outcome = _expected_outcome(case, role)
    if outcome == "through":
        assert response.status_code == request.ok
        if response.status_code == 302:
            assert not response["Location"].startswith(reverse("account_login"))
        assert AuditAction.ACCESS_DENIED not in [r.action for r in rows]
        # the booth's staff (the owner on their side) act; managers only look
        assert changed == (role in request.changes)
    elif outcome == "404":
        assert_not_found_and_audited(
            response, rows, user=user, role=role, case=case, url_kwargs=url_kwargs
        )
        assert not changed
    else:
        assert response.status_code == 302
        assert response["Location"] == _login_url(url)
        assert rows == []
        assert not changed


@pytest.mark.parametrize("role", ROLES)
def test_an_id_that_does_not_exist_is_404_for_everyone(client, world, role):
    """A made-up uuid, and a real uuid with a made-up document id."""
    application = world.application("submitted")
    user = world.sign_in(client, role)
    missing_document = (
        ApplicationDocument.objects.order_by("-pk").values_list("pk", flat=True)[0]
        + 1000
    )
    nobody = Application(uuid=uuid_lib.uuid4())
    for case in CASES:
        _known(case)
        tries = [{"uuid": nobody.uuid}]
        if "document_id" in DISCOVERED[case.name].arguments:
            tries[0]["document_id"] = application.documents.first().pk
            tries.append({"uuid": application.uuid, "document_id": missing_document})
        for url_kwargs in tries:
            if case.action:
                url_kwargs["action"] = case.action
            url = reverse(case.name, kwargs=url_kwargs)
            before, audit_mark = _snapshot(application), _last_audit_id()
            response = _send(client, case.request.method, url)
            rows = _new_audit_rows(audit_mark)
            if role == ANONYMOUS:
                assert response.status_code == 302, url
                assert response["Location"] == _login_url(url)
            else:
                assert_not_found_and_audited(
                    response,
                    rows,
                    user=user,
                    role=role,
                    case=case,
                    url_kwargs=url_kwargs,
                )
            assert _snapshot(application) == before


@pytest.mark.parametrize("role", sorted(STAFF_IN_SCOPE))
def test_a_draft_is_the_citizens_alone(client, world, role):
    """Staff see sent applications only: a draft's uuid is 404 in the back office
    even for the booth."""
    draft = world.application("draft")
    user = world.sign_in(client, role)
    for case in CASES:
        _known(case)
        if case.side != STAFF_SIDE:
            continue
        url_kwargs = case.kwargs(draft)
        before, audit_mark = _snapshot(draft), _last_audit_id()
        data = case.request.data(world, draft) if case.request.data else None
        response = _send(
            client, case.request.method, reverse(case.name, kwargs=url_kwargs), data
        )
        assert_not_found_and_audited(
            response,
            _new_audit_rows(audit_mark),
            user=user,
            role=role,
            case=case,
            url_kwargs=url_kwargs,
        )
        assert _snapshot(draft) == before


DOCUMENT_CASES = [
    case
    for case in CASES
    if case.request and "document_id" in DISCOVERED[case.name].arguments
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in DOCUMENT_CASES])
@pytest.mark.parametrize("whose", ["the owner's other application", "a stranger's"])
def test_a_document_id_of_another_application_is_404(client, world, case, whose):
    """Ids are not mixed: the right person, their application's uuid, and the id
    of a document of another application they could see on its own."""
    request = case.request
    application = world.application(request.state)
    other = world.application(
        request.state,
        citizen=world.owner if whose.startswith("the owner") else CitizenFactory(),
    )
    role = OWNER if case.side == CITIZEN_SIDE else BOOTH_OFFICER
    user = world.sign_in(client, role)
    foreign = other.documents.order_by("pk").first()
    if request.method == "get" and (case.side == STAFF_SIDE or other.citizen == user):
        # the same person reaches that document under its own application
        assert client.get(case.url(other, document_id=foreign.pk)).status_code == 200
    url_kwargs = case.kwargs(application, document_id=foreign.pk)
    data = request.data(world, application) if request.data else None
    before = (_snapshot(application), _snapshot(other))
    audit_mark = _last_audit_id()

    response = _send(
        client, request.method, reverse(case.name, kwargs=url_kwargs), data
    )

    assert_not_found_and_audited(
        response,
        _new_audit_rows(audit_mark),
        user=user,
        role=role,
        case=case,
        url_kwargs=url_kwargs,
    )
    assert (_snapshot(application), _snapshot(other)) == before


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_the_english_prefix_changes_nothing(client, world, case):
    """The same URL under /en/ (i18n_patterns): still 404 and audited."""
    _known(case)
    application = world.application(case.request.state)
    role = OTHER_CITIZEN if case.side == CITIZEN_SIDE else OTHER_AGENCY_OFFICER
    user = world.sign_in(client, role)
    url_kwargs = case.kwargs(application)
    with translation.override("en"):
        url = reverse(case.name, kwargs=url_kwargs)
    assert url.startswith("/en/")
    data = case.request.data(world, application) if case.request.data else None
    before, audit_mark = _snapshot(application), _last_audit_id()

    response = _send(client, case.request.method, url, data)

    assert_not_found_and_audited(
        response,
        _new_audit_rows(audit_mark),
        user=user,
        role=role,
        case=case,
        url_kwargs=url_kwargs,
    )
    assert _snapshot(application) == before


@pytest.mark.parametrize("name", sorted(DISCOVERED))
def test_the_matrix_lists_every_method_the_view_accepts(client, world, name):
    """Any method the matrix does not list is refused (405) even to the right
    person, so the matrix has tried everything the view does."""
    cases = [c for c in CASES if c.name == name]
    for case in cases:
        _known(case)
    listed = {c.request.method for c in cases}
    first = cases[0]
    application = world.application(first.request.state)
    world.sign_in(client, OWNER if first.side == CITIZEN_SIDE else BOOTH_OFFICER)
    for case in cases:
        url = case.url(application)
        for method in {"get", "post"} - listed:
            before = _snapshot(application)
            assert _send(client, method, url).status_code == 405, (method, url)
            assert _snapshot(application) == before


def test_a_denied_uuid_that_looks_like_a_nik_is_kept(client, world):
    application = world.application(
        "submitted", uuid=uuid_lib.UUID("84573430-7024-4284-a644-c95e9b27b1e9")
    )
    world.sign_in(client, OTHER_CITIZEN)
    audit_mark = _last_audit_id()

    response = client.get(application.get_absolute_url())

    assert response.status_code == 404
    (row,) = _new_audit_rows(audit_mark)
    assert str(application.uuid) in row.object_repr
    assert row.detail["uuid"] == str(application.uuid)
