import datetime as dt

import pytest

from django.utils import timezone

from notifications import gateways


@pytest.fixture(autouse=True)
def _empty_memory_gateway():
    """MemoryGateway keeps its messages in class attributes, shared by all tests."""
    gateways.MemoryGateway.reset()
    yield
    gateways.MemoryGateway.reset()


class Clock:
    """timezone.now() under the test's control: `advance(minutes=3)`."""

    def __init__(self) -> None:
        self.now = timezone.now()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(timezone, "now", clock)
    return clock
