"""Settings for `make run`: the base settings, with static files served the way
production serves them, compressed.

`make run` collects the static files first (`collectstatic`, with gzip and brotli
copies) and whitenoise serves them from STATIC_ROOT, so that a phone on the local
network downloads about 55 KB on its first visit, not 300 KB. Names are not hashed
(no manifest): a stale collection never breaks a page. A plain `manage.py runserver`
(base settings) still serves static/ as it is edited, uncompressed.
"""

from .base import *  # noqa: F403
from .base import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve STATIC_ROOT, where the .gz and .br files are, not the source folders.
WHITENOISE_USE_FINDERS = False
