"""Celery application.

DJANGO_SETTINGS_MODULE is set before `Celery()` is created, so Celery installs its
`DjangoTask` and every task gets `delay_on_commit()`.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mpp.settings.base")

app = Celery("mpp")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
