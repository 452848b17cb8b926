"""Settings of the Celery worker that the real-broker tests start
(tests/notifications/worker.py): the portal's own, read from the environment, with
a delivery claim short enough to expire within a test."""

from mpp.settings.base import *  # noqa: F403

MPP_NOTIFICATION_CLAIM_SECONDS = 3
