import os
import shutil

import pytest

from tests.conftest import CHROMIUM


def pytest_collection_modifyitems(config, items):
    """Every test here is a browser test; without Chromium, skip them, except in CI."""
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"Chromium not found at {CHROMIUM}; CI must install it."
        )
    skip = pytest.mark.skip(reason="Chromium is not installed (make browser)")
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture
def screenshot(page, request):
    """Save a full-page screenshot under test-results/screenshots/ to look at."""

    def take(name: str) -> None:
        os.makedirs("test-results/screenshots", exist_ok=True)
        page.screenshot(path=f"test-results/screenshots/{name}.png", full_page=True)

    return take


@pytest.fixture(autouse=True)
def _short_timeouts(page):
    """Fail in seconds, not half a minute: every page here is local."""
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(15_000)
