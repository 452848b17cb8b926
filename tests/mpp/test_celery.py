"""Celery wiring: `delay_on_commit` exists, waits for the commit, and reaches a worker
through the real broker when REDIS_URL is set (in CI)."""

import threading

import pytest
from celery import shared_task
from celery.contrib.testing.worker import start_worker

from django.conf import settings
from django.db import transaction

from mpp.celery import app

pytestmark = pytest.mark.django_db

DELIVERED: list[str] = []
SEEN = threading.Event()


@shared_task(name="tests.record_delivery")
def record_delivery(value: str) -> None:
    DELIVERED.append(value)
    SEEN.set()


@pytest.fixture(autouse=True)
def _reset():
    DELIVERED.clear()
    SEEN.clear()


def test_tasks_get_delay_on_commit_from_django_task():
    assert hasattr(record_delivery, "delay_on_commit")
    assert app.conf.task_acks_late is True
    assert app.conf.worker_prefetch_multiplier == 1


def test_rolled_back_transaction_enqueues_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                record_delivery.delay_on_commit("rolled back")
                raise RuntimeError("abort")
        except RuntimeError:
            pass
    assert callbacks == []
    assert DELIVERED == []


@pytest.mark.skipif(settings.CELERY_TASK_ALWAYS_EAGER, reason="inline mode: no broker")
def test_task_reaches_a_worker_through_redis(django_capture_on_commit_callbacks):
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        with django_capture_on_commit_callbacks(execute=True):
            record_delivery.delay_on_commit("through redis")
        assert SEEN.wait(timeout=15) is True
    assert DELIVERED == ["through redis"]


@pytest.mark.skipif(not settings.CELERY_TASK_ALWAYS_EAGER, reason="broker mode")
def test_without_redis_tasks_run_inline_after_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        record_delivery.delay_on_commit("inline")
        assert DELIVERED == []
    assert DELIVERED == ["inline"]
