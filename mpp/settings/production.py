"""Production settings: strict; refuse to start when something essential is missing."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, REDIS_URL, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: ImproperlyConfigured
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be at least 50 random characters."
    )
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS in production.")
if "DATABASE_URL" not in env.ENVIRON or (
    DATABASES["default"]["ENGINE"] != "mpp.postgresql"
):
    raise ImproperlyConfigured("Set DATABASE_URL=postgres://... in production.")
if not REDIS_URL:
    raise ImproperlyConfigured(
        "Set REDIS_URL in production; tasks must not run in-request."
    )

# Persistent connections: gunicorn's threads are few and long-lived.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)

STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env("DJANGO_PRIVATE_MEDIA_ROOT"), "base_url": None},
    },
    # Compressed (gzip + brotli) and cache-busted static files served by whitenoise.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 31536000  # hashed names: cache for a year

# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
CELERY_TASK_ALWAYS_EAGER = False

# Outgoing mail: EMAIL_URL=smtp+tls://user:password@host:587
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url
if env("EMAIL_URL", default=""):
    EMAIL_CONFIG = env.email_url("EMAIL_URL")
    EMAIL_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
    EMAIL_HOST = EMAIL_CONFIG["EMAIL_HOST"]
    EMAIL_PORT = EMAIL_CONFIG["EMAIL_PORT"]
    EMAIL_HOST_USER = EMAIL_CONFIG["EMAIL_HOST_USER"]
    EMAIL_HOST_PASSWORD = EMAIL_CONFIG["EMAIL_HOST_PASSWORD"]
    EMAIL_USE_TLS = EMAIL_CONFIG.get("EMAIL_USE_TLS", False)
    EMAIL_USE_SSL = EMAIL_CONFIG.get("EMAIL_USE_SSL", False)
    EMAIL_TIMEOUT = 10

TEMPLATES[0]["OPTIONS"]["loaders"] = [  # noqa: F405
    (
        "django.template.loaders.cached.Loader",
        [
            "django.template.loaders.filesystem.Loader",
            "django.template.loaders.app_directories.Loader",
        ],
    )
]
TEMPLATES[0]["APP_DIRS"] = False  # noqa: F405
