import os
import shutil
import socket
from urllib.parse import urlparse

import pytest

# Playwright's sync API runs an event loop in the test thread; without this,
# pytest-django's database setup fails with SynchronousOnlyOperation.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = (
    os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
)


def _reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port), timeout=3):
            return True
    except OSError:
        return False


def pytest_configure(config):
    """In CI the suite runs on the real PostgreSQL and Redis, or not at all."""
    if os.environ.get("CI", "").lower() not in {"1", "true", "yes"}:
        return
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    problems = []
    if not database_url.startswith(("postgres://", "postgresql://")):
        problems.append("DATABASE_URL must point at PostgreSQL in CI")
    elif not _reachable(database_url.replace("postgresql://", "postgres://")):
        problems.append(f"PostgreSQL is unreachable at {urlparse(database_url).netloc}")
    if not redis_url.startswith("redis://"):
        problems.append("REDIS_URL must be set in CI")
    elif not _reachable(redis_url):
        problems.append(f"Redis is unreachable at {urlparse(redis_url).netloc}")
    if problems:
        pytest.exit("Refusing to run in CI: " + "; ".join(problems), returncode=3)


@pytest.fixture(autouse=True)
def _isolate():
    """Cache entries and the active language must not leak from one test to the next
    (a request under /en/ leaves English active in the thread, so reverse() and
    get_absolute_url() in the next test would build /en/ URLs)."""
    from django.conf import settings
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    }
