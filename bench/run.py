"""Benchmarks: the portal on PostgreSQL + Redis + gunicorn, loaded by wrk.

`make bench` (or `.venv/bin/python bench/run.py`) writes bench/results.json and prints
a table. Each scenario's throughput is compared with the "floor" measured in the
same run: /-/ping/, a Django view with no database and no template. See README.md.

Stdlib only: it runs with the virtualenv's python before anything else is set up.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field, replace
from pathlib import Path

import paced  # bench/paced.py, beside this script

# ---------------------------------------------------------------------------- scenarios


@dataclass(frozen=True)
class Scenario:
    """One wrk run.

    `path`, `headers` and `args` may hold {placeholders} filled from LOOKUPS and
    from bench/citizens.py. `script` is a Lua file in bench/ defining wrk's
    request()/init() (e.g. for a POST); report.lua is appended to it. `headers` go
    with every request (wrk -H) and with the check, which GETs the path once before
    measuring and demands a 200. `args` reach the script's init() as "key=value".
    `thread_per_connection`: the script keeps state per Lua state (= wrk thread),
    so each connection gets its own thread. `verify_submissions`: afterwards, check
    in the database what the bench citizen sent (see bench/citizens.py).
    `read_only`: afterwards, check that no row of any table was inserted, updated or
    deleted from just before the warm-up to the end of the run (bench/officers.py).
    `audited_view`: ... except the audit trail's rows of a staff look at the
    reviewed application, one per answered request, all by the bench officer.
    `expect_status`: the answer the check demands; a script decides what counts as
    expected during the run (board_poll.lua: 304). `connections`: this scenario's
    own number of connections (30 TVs polling a board).
    """

    path: str
    script: str | None = None
    check: bool = True
    headers: dict[str, str] = field(default_factory=dict)
    args: dict[str, str] = field(default_factory=dict)
    thread_per_connection: bool = False
    verify_submissions: bool = False
    read_only: bool = False
    audited_view: bool = False
    #: What the check before measuring and report.lua expect (a poll: 304).
    expect_status: int = 200
    #: wrk connections for this scenario (default: BENCH_CONNECTIONS).
    connections: int | None = None
    #: Afterwards, check the mall's tickets of the day: per prefix, every number
    #: from 1 to the highest exactly once (no duplicate, no gap).
    verify_tickets: bool = False
    #: Afterwards, check the call_next queue (bench/officers.py queue_check).
    verify_calls: bool = False
    #: Not wrk: bench/paced.py's officers, pausing about this long between clicks.
    paced_ms: int = 0


# Logged-in citizens: session cookies made by bench/citizens.py; the CSRF secret is
# sent unmasked as both cookie and header, as Django accepts. Plain HTTP: with no
# X-Forwarded-Proto the request is not secure, so Django checks no Referer.
LISTER = {"Cookie": "{session_cookie}={list_session}"}
SUBMITTER = {
    "Cookie": "{session_cookie}={submit_session}; {csrf_cookie}={csrf_secret}",
    "X-CSRFToken": "{csrf_secret}",
}
# An officer of the bench booth, signed in as the back office demands (past the
# second factor staff need for /petugas/): bench/officers.py. Like a browser after
# its first page, it holds the CSRF cookie that page set (the back office's cached
# pages are stored only for a request that has one: mpp/privatecache.py).
OFFICER = {"Cookie": "{session_cookie}={officer_session}; {csrf_cookie}={csrf_secret}"}
# The provincial admin of the dashboard scenario, signed in the same way
# (bench/officers.py reports_setup).
PROVINCE = {
    "Cookie": "{session_cookie}={province_session}; {csrf_cookie}={csrf_secret}"
}
# A kiosk: no sign-in, only the CSRF secret as cookie and header.
KIOSK = {"Cookie": "{csrf_cookie}={csrf_secret}", "X-CSRFToken": "{csrf_secret}"}

# The 50 bench counters of call_next.lua, each with its own officer's session.
COUNTERS = {
    "counters": "{queue_counters}",
    "sessions": "{queue_sessions}",
    "csrf": "{csrf_secret}",
    "cookie": "{session_cookie}",
    "csrfcookie": "{csrf_cookie}",
}

CALL_NEXT = Scenario(
    path="/petugas/loket/{queue_first_counter}/panggil/",
    script="call_next.lua",
    check=False,  # a POST
    args=COUNTERS,
    connections=50,
    thread_per_connection=True,
    verify_calls=True,
)

# name -> URL path, or a Scenario. "floor" must stay first.
SCENARIOS: dict[str, str | Scenario] = {
    "floor": "/-/ping/",
    "home": "/",
    "service_search": "/layanan/?q=ktp",
    # The same search, every request a page cache miss (bench/search_miss.lua).
    "service_search_miss": Scenario(path="/layanan/?q=ktp", script="search_miss.lua"),
    "service_detail": "{service_detail}",
    "mall_detail": "/mpp/{board_mall}/",
    "agency_detail": "{agency_detail}",
    # A citizen with 50 sent applications opens "My applications" (page 1 of 3).
    "my_applications": Scenario(path="/permohonan/", headers=LISTER),
    # The back office: an officer of a booth holding 10,000 sent applications opens
    # the inbox (open ones by due date, page 1, counts per status), then one
    # application in review with its documents. Neither may write anything but,
    # for the review page, the audit trail's row of each look at the application.
    "officer_inbox": Scenario(path="/petugas/", headers=OFFICER, read_only=True),
    # The reference for signed-in pages: the same officer's (empty) notifications,
    # the smallest page with the header, a session and a user (bench/README.md).
    "signed_in_floor": Scenario(path="/notifikasi/", headers=OFFICER),
    "application_review": Scenario(
        path="/petugas/permohonan/{review_uuid}/",
        headers=OFFICER,
        read_only=True,
        audited_view=True,
    ),
    # The provincial admin's dashboard over a year: 3 malls side by side, from
    # summary rows only (bench/officers.py reports_setup); it writes nothing.
    "dashboard_province": Scenario(
        path="/petugas/dasbor/?{dashboard_query}", headers=PROVINCE, read_only=True
    ),
    # A mall's display board polled by 30 TVs with the ETag of the board they show,
    # as static/js/board.js does every second: nothing moved, so each poll is a 304
    # (queueing/views/board.py: one query).
    "display_board": Scenario(
        path="/antrean/{board_mall}/layar/data/",
        headers={"If-None-Match": "{board_etag}"},
        script="board_poll.lua",
        expect_status=304,
        connections=30,
    ),
    # 50 counters of one booth call the next of 10,000 waiting tickets at once, each
    # then freeing itself ("not present") to call again: rps counts both requests.
    # Afterwards no ticket was called twice, none skipped, no counter held two
    # (bench/officers.py queue_setup, queue_check).
    "call_next": CALL_NEXT,
    # The same 50 counters, each pausing 1 s after every answer as an officer
    # between clicks (still hundreds of times a real mall's pace, where a counter
    # calls every few minutes): the latency an officer sees at 50 requests/s, not
    # a capacity (its rps is set by the pause; ratio to the floor means nothing).
    "call_next_paced": replace(CALL_NEXT, paced_ms=1000),
    # 50 kiosks of one mall take numbers at once, over the mall's services (one
    # prefix per agency); afterwards every prefix's numbers run 1..n exactly once.
    "ticket_issue": Scenario(
        path="/antrean/{board_mall}/kiosk/ambil/",
        script="kiosk_issue.lua",
        check=False,  # a POST: the GET check would answer 405
        headers=KIOSK,
        args={"services": "{kiosk_services}"},
        connections=50,
        verify_tickets=True,
    ),
    # start, upload one 1 MB PDF per requirement, send: rps counts whole
    # submissions and p50/p95 time all three requests (application_submit.lua).
    "application_submit": Scenario(
        path="/layanan/{submit_service}/ajukan/",  # GET: the start form (checked)
        script="application_submit.lua",
        headers=SUBMITTER,
        args={
            "mall": "{submit_mall}",
            "requirements": "{submit_requirements}",
            "pdf": "{submit_pdf}",
            # One citizen per connection (bench/citizens.py SUBMITTERS).
            "sessions": "{submit_sessions}",
            "cookie": "{session_cookie}",
            "csrfcookie": "{csrf_cookie}",
            "csrf": "{csrf_secret}",
        },
        thread_per_connection=True,
        verify_submissions=True,
    ),
}

# Values read from the seeded database by one `manage.py shell` run: name -> Python
# expression (models imported below in _lookup). Scenarios use them as {name}.
LOOKUPS: dict[str, str] = {
    "service_detail": (
        'Service.objects.filter(is_active=True).exclude(code__startswith="SYN-")'
        '.order_by("pk").first().get_absolute_url()'
    ),
    "agency_detail": (
        'Service.objects.filter(is_active=True).exclude(code__startswith="SYN-")'
        '.order_by("pk").first().agency.get_absolute_url()'
    ),
    "service_count": "Service.objects.count()",
    # The kiosk's services at that mall (those with a counter: not online-only).
    "kiosk_services": (
        '",".join(Service.objects.filter(is_active=True, booths__is_active=True,'
        ' booths__mall=Mall.objects.filter(is_active=True).order_by("pk").first())'
        '.exclude(channel="online").order_by("slug").values_list("slug", flat=True)'
        ".distinct()[:40])"
    ),
    # The board of the first mall, and the ETag a TV showing it holds.
    "board_mall": 'Mall.objects.filter(is_active=True).order_by("pk").first().slug',
    "board_etag": (
        "'\"%d\"' % board_version(mall=Mall.objects.filter(is_active=True)"
        '.order_by("pk").first(), day=timezone.localdate())'
    ),
}

# ---------------------------------------------------------------------------- settings

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results.json"
GUNICORN_LOG = BENCH / "gunicorn.log"
REPORT_LUA = BENCH / "report.lua"
CITIZENS_PY = BENCH / "citizens.py"
OFFICERS_PY = BENCH / "officers.py"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/mpp_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", ""}


VACUUM_CODE = (
    "from django.db import connection\nconnection.cursor().execute('VACUUM ANALYZE')"
)


class BenchError(Exception):
    """A setup step or a scenario failed; the message says what to do."""


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BenchError(f"{name}={raw!r} is not an integer.") from None
    if value < 1:
        raise BenchError(f"{name} must be at least 1.")
    return value


def log(message: str) -> None:
    print(f"== {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=False, text=True, **kwargs)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# ---------------------------------------------------------------------------- services


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    if is_root() and shutil.which("apt-get"):
        log("installing wrk (apt-get)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        proc = run(["apt-get", "install", "-y", "-qq", "wrk"], env=env)
        if proc.returncode != 0:
            run(["apt-get", "update", "-qq"], env=env)
            run(["apt-get", "install", "-y", "-qq", "wrk"], env=env)
        wrk = shutil.which("wrk")
    if not wrk:
        raise BenchError(
            "wrk is not installed. Install it (Debian/Ubuntu: `apt-get install wrk`, "
            "macOS: `brew install wrk`) and run again."
        )
    return wrk


def wait_for(check, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return check()


def ensure_postgres(database_url: str) -> None:
    url = urllib.parse.urlsplit(database_url)
    host, port = url.hostname or "127.0.0.1", str(url.port or 5432)

    def ready() -> bool:
        cmd = ["pg_isready", "-q", "-h", host, "-p", port]
        return run(cmd, capture_output=True).returncode == 0

    if not shutil.which("pg_isready"):
        raise BenchError("pg_isready not found: install the PostgreSQL client tools.")
    if ready():
        return
    clusters = (
        sorted(os.listdir("/etc/postgresql"))
        if Path("/etc/postgresql").is_dir()
        else []
    )
    if host in LOCAL_HOSTS and shutil.which("pg_ctlcluster") and clusters:
        log(f"starting PostgreSQL {clusters[0]}")
        run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", clusters[0], "main", "start"]
        )
        if wait_for(ready, 30):
            return
    raise BenchError(f"PostgreSQL does not answer at {host}:{port}; start it first.")


def ensure_redis(redis_url: str) -> None:
    url = urllib.parse.urlsplit(redis_url)
    host, port = url.hostname or "127.0.0.1", str(url.port or 6379)

    def ready() -> bool:
        if not shutil.which("redis-cli"):  # cannot check: let the app find out
            return True
        cmd = ["redis-cli", "-h", host, "-p", port, "ping"]
        return run(cmd, capture_output=True).stdout.strip() == "PONG"

    if ready():
        return
    if host in LOCAL_HOSTS and shutil.which("redis-server"):
        log("starting Redis")
        for directory in ("/var/lib/redis", "/var/log/redis"):
            Path(directory).mkdir(parents=True, exist_ok=True)
        run(
            [
                "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1",
                "--port", port, "--save", "", "--appendonly", "no",
                "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log",
            ]
        )  # fmt: skip
        if wait_for(ready, 30):
            return
    raise BenchError(f"Redis does not answer at {host}:{port}; start it first.")


def ensure_database(database_url: str) -> None:
    """Create the default bench database if it is missing (a given URL is yours)."""
    url = urllib.parse.urlsplit(database_url)
    name = url.path.lstrip("/")
    args = ["-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432)]
    args += ["-U", url.username or "postgres"]
    query = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"
    proc = run(["psql", *args, "-d", "postgres", "-tAc", query], capture_output=True)
    if proc.returncode != 0:
        raise BenchError(f"psql failed: {proc.stderr.strip()}")
    if proc.stdout.strip() != "1":
        log(f"creating database {name}")
        proc = run(["createdb", *args, name], capture_output=True)
        if proc.returncode != 0:
            raise BenchError(f"createdb {name} failed: {proc.stderr.strip()}")


# ---------------------------------------------------------------------------- Django


def django_env(database_url: str, redis_url: str, media_root: str) -> dict[str, str]:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mpp.settings.production",
        "DJANGO_SECRET_KEY": "".join(secrets.choice(alphabet) for _ in range(50)),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "False",  # plain HTTP on loopback
        "DJANGO_PRIVATE_MEDIA_ROOT": media_root,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PYTHONUNBUFFERED": "1",
    }


def manage(env: dict[str, str], *args: str, capture: bool = False) -> str:
    cmd = [sys.executable, str(ROOT / "manage.py"), *args]
    proc = run(cmd, cwd=ROOT, env=env, capture_output=capture)
    if proc.returncode != 0:
        detail = f"\n{proc.stdout}\n{proc.stderr}" if capture else ""
        raise BenchError(f"`manage.py {' '.join(args)}` failed.{detail}")
    return proc.stdout if capture else ""


TICKETS_CODE = """
import json
from django.db.models import Count, Max
from django.utils import timezone
from queueing.models import Ticket
rows = (
    Ticket.objects.filter(mall__slug={mall!r}, day=timezone.localdate())
    .values("prefix")
    .annotate(n=Count("pk"), top=Max("number"), distinct=Count("number", distinct=True))
)
bad = [r for r in rows if not (r["n"] == r["top"] == r["distinct"])]
total = sum(r["n"] for r in rows)
print("BENCH-TICKETS:" + json.dumps({{"bad": bad, "total": total}}))
"""


def tickets_consistency(env: dict[str, str], mall: str) -> str:
    """ "ok (<n> tickets today)" when every prefix's numbers at `mall` today run from
    1 to the highest exactly once; else what is wrong."""
    output = manage(env, "shell", "-c", TICKETS_CODE.format(mall=mall), capture=True)
    for line in reversed(output.splitlines()):
        if line.startswith("BENCH-TICKETS:"):
            found = json.loads(line.removeprefix("BENCH-TICKETS:"))
            if found["bad"]:
                return f"FAILED duplicate or missing numbers: {found['bad']}", 0
            return "ok", found["total"]
    raise BenchError(f"Could not check the tickets:\n{output}")


def lookup(env: dict[str, str]) -> dict[str, object]:
    marker = "BENCH-LOOKUPS:"
    code = "\n".join(
        [
            "import json",
            "from django.utils import timezone",
            "from agencies.models import Mall",
            "from queueing.selectors import board_version",
            "from services.models import Service",
            "out = {}",
            *(f"out[{name!r}] = {expr}" for name, expr in LOOKUPS.items()),
            f"print({marker!r} + json.dumps(out))",
        ]
    )
    output = manage(env, "shell", "-c", code, capture=True)
    for line in reversed(output.splitlines()):
        if line.startswith(marker):
            return json.loads(line[len(marker) :])
    raise BenchError(f"Could not read the lookups from manage.py shell:\n{output}")


def shell_step(script: Path, marker: str, env: dict[str, str], step: str, **extra):
    """Run one step of a bench script in manage.py shell; its JSON result."""
    step_env = {**env, "BENCH_STEP": step, **extra}
    output = manage(step_env, "shell", "-c", script.read_text(), capture=True)
    for line in reversed(output.splitlines()):
        if line.startswith(marker):
            return json.loads(line[len(marker) :])
    raise BenchError(f"bench/{script.name} {step} printed no result:\n{output}")


def citizens(env: dict[str, str], step: str, **extra: str) -> dict:
    """Run one step of bench/citizens.py (setup, count, verify) in manage.py shell."""
    return shell_step(CITIZENS_PY, "BENCH-CITIZENS:", env, step, **extra)


def officers(env: dict[str, str], step: str, **extra: str) -> dict:
    """Run one step of bench/officers.py (setup, mark, written) in manage.py shell."""
    return shell_step(OFFICERS_PY, "BENCH-OFFICERS:", env, step, **extra)


def csrf_secret() -> str:
    alphabet = string.ascii_letters + string.digits  # Django's CSRF_ALLOWED_CHARS
    return "".join(secrets.choice(alphabet) for _ in range(32))


def submissions_consistency(env: dict[str, str], before: int, iterations: int) -> str:
    """'ok' if the database holds at least `iterations` new submissions of the bench
    citizen, each with one 1 MB document per requirement; else what is wrong."""
    check = citizens(env, "verify")
    problems = [f"{n} {what}" for what, n in check["problems"].items()]
    new = check["submitted"] - before
    if new < iterations:
        problems.insert(0, f"{iterations} submissions reported, {new} in the database")
    return "ok" if not problems else "FAILED " + "; ".join(problems)


def nothing_written(
    env: dict[str, str],
    mark: dict,
    values: dict,
    audited: dict[str, int] | None = None,
) -> tuple[str, int | None]:
    """('ok', audit rows) if no table changed since `mark` (officers.py mark); else
    what did. With `audited` (for the warm-up and the run together: the requests
    and timeouts wrk counted, the requests it can have left in flight), the audit
    table must hold one new row per answered request, each the bench officer's look
    at the reviewed application, and may hold one more per request wrk gave up on
    (timeout) or left in flight."""
    check = officers(env, "written", BENCH_MARK=json.dumps(mark))
    changes = dict(check["tables"])
    problems, rows = [], None
    if audited is not None:
        changes.pop(check["audit_table"], None)
        expected = (
            values["audit_view_action"],
            values["review_id"],
            values["officer_id"],
        )
        rows = 0
        for group in check["audit"]:
            key = (group["action"], group["application_id"], group["actor_id"])
            if key == expected:
                rows = group["rows"]
            else:
                problems.append(f"{group['rows']} audit rows {key}")
        most = audited["requests"] + audited["timeouts"] + audited["in_flight"]
        if not audited["requests"] <= rows <= most:
            problems.append(
                f"{rows} audit rows of views for {audited['requests']} answered "
                f"requests (at most {most} with timeouts and requests in flight)"
            )
    problems += [
        f"{table}: {c['written']} rows inserted or updated, "
        f"{c['rows_before']} -> {c['rows_after']} rows"
        for table, c in changes.items()
    ]
    return ("ok" if not problems else "FAILED wrote " + "; ".join(problems)), rows


# ---------------------------------------------------------------------------- gunicorn


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # a redirect is an answer to report, not to follow


OPENER = urllib.request.build_opener(NoRedirect)


def http_status(url: str, headers: dict[str, str], timeout: float = 10) -> int:
    try:
        request = urllib.request.Request(url, headers=headers)
        with OPENER.open(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def log_tail(lines: int = 40) -> str:
    try:
        text = GUNICORN_LOG.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    cmd = [
        sys.executable, "-m", "gunicorn", "mpp.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
        "--error-logfile", "-", "--log-level", "warning",  # no access log
        "--graceful-timeout", "5",
    ]  # fmt: skip
    with GUNICORN_LOG.open("w") as logfile:
        server = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches us; we stop it in `finally`
        )
    try:
        wait_for_gunicorn(server, port)
    except BaseException:
        stop_gunicorn(server)
        raise
    return server


def wait_for_gunicorn(server: subprocess.Popen, port: int) -> None:
    ping = f"http://127.0.0.1:{port}/-/ping/"

    def ready() -> bool:
        if server.poll() is not None:
            return True
        try:
            return http_status(ping, {}, timeout=2) == 200
        except OSError:
            return False

    if not wait_for(ready, 30) or server.poll() is not None:
        raise BenchError(
            f"gunicorn did not answer {ping} with 200 within 30 s. "
            f"{GUNICORN_LOG.relative_to(ROOT)}:\n{log_tail()}"
        )


def stop_gunicorn(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# ---------------------------------------------------------------------------- wrk


def as_scenario(value: str | Scenario) -> Scenario:
    return value if isinstance(value, Scenario) else Scenario(path=value)


def wrk_script(scenario: Scenario, workdir: Path, name: str) -> Path:
    if scenario.script is None:
        return REPORT_LUA
    combined = workdir / f"{name}.lua"
    own = (BENCH / scenario.script).read_text()
    combined.write_text(f"{own}\n{REPORT_LUA.read_text()}")
    return combined


def wrk(cmd: list[str], script: Path, url: str, seconds: int, args: list[str]) -> dict:
    """Run wrk; `args` follow the URL, for the script's init()."""
    cmd = [*cmd, f"-d{seconds}s", "--latency", "-s", str(script), url, *args]
    proc = run(cmd, cwd=ROOT, capture_output=True)
    if proc.returncode != 0:
        raise BenchError(f"wrk failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    if proc.stderr.strip():  # a Lua error, or a script saying what went wrong
        print(indent(proc.stderr.strip()), file=sys.stderr, flush=True)
    for line in reversed(proc.stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    raise BenchError(f"No JSON line in wrk's output:\n{proc.stdout}{proc.stderr}")


def paced_counters(scenario: Scenario, values: dict, port: int, seconds: int) -> dict:
    """bench/paced.py's officers on the bench counters: 2 s to warm up, then
    `seconds` measured in the same run (the keys of wrk's report)."""
    arg = {key: value.format(**values) for key, value in scenario.args.items()}
    sessions = arg["sessions"].split(",")
    cookies = [
        f"{arg['cookie']}={key}; {arg['csrfcookie']}={arg['csrf']}" for key in sessions
    ]
    common = {
        "port": port,
        "counters": arg["counters"].split(","),
        "cookies": cookies,
        "csrf": arg["csrf"],
        "pause_ms": scenario.paced_ms,
    }
    return paced.run(**common, warmup=2, seconds=seconds)


def indent(text: str) -> str:
    """wrk's stderr, each distinct line once (every thread may say the same)."""
    lines = text.splitlines()
    return "\n".join(
        f"   ! {line}" + (f" (x{lines.count(line)})" if lines.count(line) > 1 else "")
        for line in dict.fromkeys(lines)
    )


def wrk_command(
    wrk_bin: str, threads: int, connections: int, scenario: Scenario, values: dict
) -> tuple[list[str], list[str]]:
    """wrk and its options for `scenario`, and the arguments for its script."""
    connections = scenario.connections or connections
    if scenario.thread_per_connection:
        threads = connections
    cmd = [wrk_bin, f"-t{min(threads, connections)}", f"-c{connections}"]
    for name, value in scenario.headers.items():
        cmd += ["-H", f"{name}: {value.format(**values)}"]
    args = [f"{key}={value.format(**values)}" for key, value in scenario.args.items()]
    return cmd, args


def result_of(raw: dict, path: str) -> dict:
    """One scenario's entry in results.json. A script that counts iterations (see
    application_submit.lua) reports iterations per second as `rps`, and the
    latency of whole iterations when it could time them (`latency_of`)."""
    failed = raw["unexpected"] + raw["connect"] + raw["read"]
    failed += raw["write"] + raw["timeout"]
    result = {
        "path": path,
        "rps": raw["rps"],
        "p50_ms": raw["p50_ms"],
        "p95_ms": raw["p95_ms"],
        "p99_ms": raw["p99_ms"],
        "requests": raw["requests"],
        "errors": failed,
        "unexpected": raw["unexpected"],
        "socket_errors": {
            key: raw[key] for key in ("connect", "read", "write", "timeout")
        },
    }
    own = raw.get("scenario", {})
    if "iterations" in own:
        keys = ("rps", "p50_ms", "p95_ms", "p99_ms")
        per_request = {key: result[key] for key in keys}
        result["rps"] = own["iterations_per_s"]
        result["iterations"] = int(own["iterations"])
        result["dropped_iterations"] = int(own["dropped_iterations"])
        result["latency_of"] = own["latency_of"]
        if own["latency_of"] == "iteration":
            for key in ("p50_ms", "p95_ms", "p99_ms"):
                result[key] = round(own[f"iteration_{key}"], 3)
        result["per_request"] = per_request
    return result


# ---------------------------------------------------------------------------- report


def git_commit() -> str | None:
    try:
        proc = run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True
        )
    except OSError:
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.strip() or None


def print_table(scenarios: dict[str, dict]) -> None:
    headers = ["scenario", "rps", "p50 ms", "p95 ms", "ratio to floor", "errors"]
    rows = []
    for name, result in scenarios.items():
        if result["errors"]:
            errors = f"FAIL {result['errors']} (unexpected {result['unexpected']})"
        elif result.get("consistency", "ok") != "ok":
            errors = "FAIL consistency"
        else:
            errors = "0"
        rows.append(
            [
                name,
                f"{result['rps']:.1f}",
                f"{result['p50_ms']:.2f}",
                f"{result['p95_ms']:.2f}",
                f"{result['ratio_to_floor']:.3f}",
                errors,
            ]
        )
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        ]
        return " | ".join([first, *rest])

    print()
    print(line(headers))
    print("-+-".join("-" * width for width in widths))
    for row in rows:
        print(line(row))
    print()


# ---------------------------------------------------------------------------- main


def main() -> int:
    started = time.monotonic()
    scale = env_int("BENCH_SCALE", 20000)
    seconds = env_int("BENCH_SECONDS", 10)
    connections = env_int("BENCH_CONNECTIONS", 16)
    workers = env_int("BENCH_WORKERS", 2)
    threads = min(2, connections)
    scenarios = {name: as_scenario(value) for name, value in SCENARIOS.items()}
    if next(iter(scenarios)) != "floor":
        raise BenchError('SCENARIOS must start with "floor".')
    only = {n.strip() for n in os.environ.get("BENCH_ONLY", "").split(",") if n.strip()}
    if only - set(scenarios):
        unknown = ", ".join(sorted(only - set(scenarios)))
        raise BenchError(f"BENCH_ONLY: no scenario {unknown}; see SCENARIOS.")
    if only:  # the floor is always measured: the ratios need it
        scenarios = {n: s for n, s in scenarios.items() if n == "floor" or n in only}

    wrk_bin = ensure_wrk()
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    redis_url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    log("services")
    ensure_postgres(database_url)
    ensure_redis(redis_url)
    if "DATABASE_URL" not in os.environ or not os.environ["DATABASE_URL"]:
        ensure_database(database_url)

    with tempfile.TemporaryDirectory(prefix="mpp-bench-") as tmp:
        workdir = Path(tmp)
        media_root = workdir / "private-media"
        media_root.mkdir()
        env = django_env(database_url, redis_url, str(media_root))

        log("migrate, collectstatic")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        log(f"seed_demo --scale {scale}")
        manage(env, "seed_demo", "--scale", str(scale), "--quiet-logins")
        log("bench citizens, sessions, the 1 MB PDF")
        pdf = workdir / "dokumen-1mb.pdf"
        # No worker runs: empty the Celery queue, if it is the bench's own Redis.
        purge = "0" if os.environ.get("REDIS_URL") else "1"
        values = citizens(env, "setup", BENCH_PDF=str(pdf), BENCH_PURGE_TASKS=purge)
        values |= {"csrf_secret": csrf_secret(), "submit_pdf": str(pdf)}
        log("bench officers: one booth with 10,000 applications, a staff session")
        values |= officers(env, "setup", BENCH_SUBMIT_SERVICE=values["submit_service"])
        if {"call_next", "call_next_paced"} & scenarios.keys():
            log("the queue: 50 open counters, 10,000 waiting tickets, 50 sessions")
            values |= officers(
                env, "queue_setup", BENCH_SUBMIT_SERVICE=values["submit_service"]
            )
            values["queue_first_counter"] = values["queue_counters"].split(",")[0]
        if "dashboard_province" in scenarios:
            log("dashboards: a provincial admin, a year of summary rows for 3 malls")
            values |= officers(env, "reports_setup")
        # Measure the steady state autovacuum reaches in production: fresh planner
        # statistics and a visibility map (index-only scans), not a just-loaded table.
        log("VACUUM ANALYZE")
        manage(env, "shell", "-c", VACUUM_CODE)
        values |= lookup(env)
        paths = {name: s.path.format(**values) for name, s in scenarios.items()}

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log(f"gunicorn on {base} ({workers} workers)")
        server = start_gunicorn(env, port, workers)
        results: dict[str, dict] = {}
        try:
            for name, scenario in scenarios.items():
                if not scenario.check:
                    continue
                headers = {k: v.format(**values) for k, v in scenario.headers.items()}
                status = http_status(base + paths[name], headers)
                if status != scenario.expect_status:
                    raise BenchError(
                        f"{name}: GET {paths[name]} answered {status}, "
                        f"not {scenario.expect_status}. "
                        f"{GUNICORN_LOG.relative_to(ROOT)}:\n{log_tail()}"
                    )
            for name, scenario in scenarios.items():
                url = base + paths[name]
                script = wrk_script(scenario, workdir, name)
                cmd, args = wrk_command(wrk_bin, threads, connections, scenario, values)
                print(
                    f"   {name}: {paths[name]} (2 s warm-up, {seconds} s)", flush=True
                )
                if scenario.read_only:
                    mark = officers(env, "mark")
                if scenario.paced_ms:  # its own warm-up, in the same run
                    raw = paced_counters(scenario, values, port, seconds)
                else:
                    warm = wrk(cmd, script, url, 2, args)
                    if scenario.verify_submissions:
                        before = citizens(env, "count")["submitted"]
                    raw = wrk(cmd, script, url, seconds, args)
                results[name] = result_of(raw, paths[name])
                if scenario.paced_ms:
                    results[name]["paced_ms"] = scenario.paced_ms
                if scenario.read_only:
                    audited = None
                    if scenario.audited_view:
                        audited = {
                            "requests": warm["requests"] + raw["requests"],
                            "timeouts": warm["timeout"] + raw["timeout"],
                            "in_flight": 2 * connections,  # when each wrk run ends
                        }
                    consistency, rows = nothing_written(env, mark, values, audited)
                    results[name]["consistency"] = consistency
                    if audited is not None:
                        results[name]["audit_rows"] = rows
                        results[name]["answered_requests"] = audited["requests"]
                if scenario.verify_calls:
                    service = str(values["queue_service"])
                    check = officers(env, "queue_check", BENCH_QUEUE_SERVICE=service)
                    results[name]["consistency"] = check["consistency"]
                    results[name]["tickets_called"] = check["calls"]
                if scenario.verify_tickets:
                    consistency, total = tickets_consistency(env, values["board_mall"])
                    results[name]["consistency"] = consistency
                    results[name]["tickets_today"] = total
                if scenario.verify_submissions:
                    results[name]["consistency"] = submissions_consistency(
                        env, before, results[name].get("iterations", 0)
                    )
                    documents = values["submit_requirements"].split(",")
                    results[name]["documents_per_submission"] = len(documents)
        finally:
            stop_gunicorn(server)

    floor = results["floor"]["rps"]
    for result in results.values():
        result["ratio_to_floor"] = round(result["rps"] / floor, 4) if floor else 0.0
    meta = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "scale": scale,
        "seconds": seconds,
        "connections": connections,
        "threads": threads,
        "gunicorn_workers": workers,
        "cpu_count": os.cpu_count(),
        "service_count": values.get("service_count"),
        "back_office": {
            key.removeprefix("officer_"): values.get(key)
            for key in (
                "officer_booth",
                "officer_applications",
                "officer_statuses",
                "officer_services",
                "officer_second_factor",
                "review_documents",
            )
        },
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    RESULTS.write_text(
        json.dumps({"scenarios": results, "meta": meta}, indent=2) + "\n"
    )
    print_table(results)
    print(
        f"{meta['service_count']} services, {connections} connections, "
        f"{workers} workers, {os.cpu_count()} CPUs, {seconds} s per scenario; "
        f"took {meta['elapsed_s']} s. Wrote {RESULTS.relative_to(ROOT)}."
    )
    for name, result in results.items():
        if "iterations" in result:
            print(
                f"{name}: rps = complete submissions per second "
                f"({result['iterations']}, {result['dropped_iterations']} dropped), "
                f"latency of each {result['latency_of']}; "
                f"consistency {result.get('consistency', 'not checked')}."
            )
        elif "audit_rows" in result:
            print(
                f"{name}: nothing written but {result['audit_rows']} audit rows "
                f"(views) for {result['answered_requests']} answered requests? "
                f"{result['consistency']}."
            )
        elif "tickets_called" in result:
            print(
                f"{name}: {result['tickets_called']} tickets called; none twice, none "
                f"skipped, no counter holding two? {result['consistency']}."
            )
        elif "tickets_today" in result:
            print(
                f"{name}: {result['tickets_today']} tickets at the mall today, every "
                f"prefix numbered 1..n once? {result['consistency']}."
            )
        elif "consistency" in result:
            print(f"{name}: nothing written? {result['consistency']}.")
    back_office = meta["back_office"]
    print(
        f"back office: {back_office['booth']}, {back_office['applications']} "
        f"applications, second factor: {back_office['second_factor']}."
    )
    failed = [
        name
        for name, result in results.items()
        if result["errors"] or result.get("consistency", "ok") != "ok"
    ]
    if failed:
        print(
            f"FAILED (errors, unexpected answers or inconsistent data): "
            f"{', '.join(failed)}",
            file=sys.stderr,
        )
        return 1
    return 0


def _terminate(signum, frame):
    raise KeyboardInterrupt  # run the `finally` blocks: stop gunicorn


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        sys.exit(130)
