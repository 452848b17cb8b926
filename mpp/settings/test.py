"""Test settings: speed tweaks only; DATABASE_URL and REDIS_URL choose the stack."""

from .base import *  # noqa: F403

# Hashing with Argon2 costs ~50 ms a user; tests create hundreds.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Never serve files a `collectstatic` (make bench, a deploy rehearsal) left in the
# shared staticfiles/ folder: tests use the finders only.
STATIC_ROOT = BASE_DIR / "var" / "test-static-root-never-created"  # noqa: F405
MPP_MESSAGE_GATEWAY = "notifications.gateways.MemoryGateway"
