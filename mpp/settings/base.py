"""Base settings: laptop-friendly defaults, no `.env` needed.

With no environment at all the portal runs on SQLite, runs Celery tasks inline at
commit time, caches in local memory and prints e-mail to the console. `DATABASE_URL`
and `REDIS_URL` switch to PostgreSQL and Redis.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# Real environment variables win over the optional .env file.
env.read_env(BASE_DIR / ".env", overwrite=False)

# ---------------------------------------------------------------- core
DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-local-only-never-in-production")
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

ROOT_URLCONF = "mpp.urls"
WSGI_APPLICATION = "mpp.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]
THIRD_PARTY_APPS = [
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
]
LOCAL_APPS = [
    "mpp",
    "accounts",
    "agencies",
    "services",
    "applications",
    "queueing",
    "notifications",
    "audit",
    "backoffice",
    "complaints",
    "reports",
    "surveys",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "mpp.middleware.request_size_limit",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public catalogue pages for anonymous visitors, whole, before sessions and the
    # rest (mpp/pagecache.py).
    "mpp.pagecache.PublicPageCacheMiddleware",
    # A TV's poll of an unchanged board: 304 after one query (queueing/views/board.py).
    "queueing.views.board.BoardNotModifiedMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "mpp.middleware.private_pages_not_stored",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After auth and messages: staff need their second factor for /petugas/ and
    # /admin/ (RELIABILITY 6).
    "accounts.mfa.SecondFactorMiddleware",
    "audit.middleware.ScopedNotFoundMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "notifications.context_processors.unread_notifications",
            ],
        },
    }
]

# ---------------------------------------------------------------- data
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False  # actions open their own transactions
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Persistent connections belong to gunicorn's few long-lived threads
    # (production.py: 60 s). The development server starts a thread per request, and
    # each would keep its own connection open until PostgreSQL runs out of slots.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=0)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Django's backend; a connection that answered a moment ago is not checked again
    # (mpp/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "mpp.postgresql"

REDIS_URL = env("REDIS_URL", default="")
# The cache may live in a Redis of its own (docker-compose: `cache`, kept in memory
# only and evicting the least recently used keys), apart from Celery's broker, which
# keeps its queues on disk and never evicts: cached back-office pages hold personal
# data that has no business in an append-only file.
REDIS_CACHE_URL = env("REDIS_CACHE_URL", default=REDIS_URL)

if REDIS_CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "mpp.cache.ResilientRedisCache",
            "LOCATION": REDIS_CACHE_URL,
            # Short timeouts: a slow Redis must not hang a citizen's request.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# ---------------------------------------------------------------- auth
# Argon2 first: https://docs.djangoproject.com/en/5.2/topics/auth/passwords/#using-argon2-with-django
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "applications:list"
ACCOUNT_LOGOUT_REDIRECT_URL = "services:home"

# django-allauth: https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # nothing changes state on GET
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[MPP Kepri] "
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.signup.PortalSignupForm"}
# Behind the TLS proxy: how many proxies append to X-Forwarded-For (so throttles see
# the citizen, not the proxy). 0 when clients connect directly.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)
# Failed password sign-ins (accounts/throttle.py): (attempts, window in seconds) per
# account, per client address and per device that signed in to the account before.
# A full window refuses further attempts until it ends: a cool-off, never a permanent
# lockout (RELIABILITY 5). The address limit is generous because mobile carriers put
# many phones behind one address (CGNAT).
MPP_LOGIN_THROTTLE = {
    "account": (5, 15 * 60),
    "address": (30, 5 * 60),
    "device": (5, 15 * 60),
}
MPP_DEVICE_COOKIE_AGE = 180 * 86400
ACCOUNT_RATE_LIMITS = {
    # Password sign-ins are throttled by accounts.throttle; this allauth limit still
    # guards second-factor codes, keyed per user.
    "login_failed": "5/5m/key",
    # Every sign-in POST, right or wrong, per address: only a flood guard (each check
    # costs an Argon2 hash). allauth's 30 a minute would let one attacker behind a
    # carrier's shared address (CGNAT) stop everyone else there from signing in.
    "login": "300/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Second factor (allauth.mfa): https://docs.allauth.org/en/latest/mfa/configuration.html
# Staff must use it for /petugas/ and /admin/ (accounts/mfa.py); citizens may opt in.
# Codes are limited by ACCOUNT_RATE_LIMITS["login_failed"] above, per user.
MFA_ADAPTER = "accounts.mfa.StaffMFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "MPP Kepri"
# Accept the previous and the next code too: phone clocks drift, and a code typed as
# it rolls over still works. A used code is refused for the whole window.
MFA_TOTP_TOLERANCE = 1

# ---------------------------------------------------------------- i18n
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Jakarta"
LANGUAGE_COOKIE_NAME = "mpp_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Times as each language writes them: 07.30 in Indonesian, 07:30 in English.
FORMAT_MODULE_PATH = "mpp.formats"

# ---------------------------------------------------------------- static and media
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    # Uploaded documents are private: never under STATIC or a public MEDIA_URL.
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": env(
                "DJANGO_PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private_media")
            ),
            "base_url": None,
        },
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 3600

# ---------------------------------------------------------------- e-mail
EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL", default="MPP Kepri <noreply@mpp.kepriprov.go.id>"
)

# ---------------------------------------------------------------- celery
# https://docs.celeryq.dev/en/stable/userguide/configuration.html
# No Redis (laptop, tests): run tasks inline at commit time, raising errors in the
# request.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
# Tasks are idempotent, so acknowledging after the work is safe and a killed worker's
# task is delivered again instead of being lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# One task at a time per worker process: long tasks don't hold others hostage.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 120
# Results that matter are written to the database by the tasks themselves.
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5}
# Publishing gives up fast when Redis is down: the outbox keeps the message and the
# sweeper queues it later, so a citizen's request never hangs on the broker.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
# Periodic tasks, one place: https://crontab.guru
CELERY_BEAT_SCHEDULE = {
    # Every minute: https://crontab.guru/#*_*_*_*_*
    "notification-sweep": {
        "task": "notifications.tasks.notification_sweep",
        "schedule": 60.0,
    },
    # The queue's day ends: tickets still waiting or called become no-shows and open
    # counters close, every day at 23:30 (idempotent): https://crontab.guru/#30_23_*_*_*
    "queue-close-day": {
        "task": "queueing.tasks.queue_close_day",
        "schedule": crontab(minute=30, hour=23),
    },
    # Deadlines (applications/deadlines.py), in CELERY_TIMEZONE (Asia/Jakarta). Each
    # task is idempotent: a second run the same day sends and closes nothing more.
    # Close applications that waited too long on the citizen's fixes, every day at
    # 01:00: https://crontab.guru/#0_1_*_*_*
    "applications-close-unfixed": {
        "task": "applications.tasks.applications_close_unfixed",
        "schedule": crontab(minute=0, hour=1),
    },
    # Remind officers of applications due soon, Monday to Friday at 06:30, before
    # the malls open (holidays and closures are skipped by the task itself):
    # https://crontab.guru/#30_6_*_*_1-5
    "reminders-send-due-soon": {
        "task": "applications.tasks.reminders_send_due_soon",
        "schedule": crontab(minute=30, hour=6, day_of_week="1-5"),
    },
    # Tell booth supervisors of overdue applications, Monday to Friday at 06:35:
    # https://crontab.guru/#35_6_*_*_1-5
    "escalations-send-overdue": {
        "task": "applications.tasks.escalations_send_overdue",
        "schedule": crontab(minute=35, hour=6, day_of_week="1-5"),
    },
    # The booth supervisors' daily digest, Monday to Friday at 06:40:
    # https://crontab.guru/#40_6_*_*_1-5
    "digests-send": {
        "task": "applications.tasks.digests_send",
        "schedule": crontab(minute=40, hour=6, day_of_week="1-5"),
    },
    # Complaints (complaints/tasks.py), idempotent: remind the booth's staff of
    # complaints due within one working day, Monday to Friday at 06:45:
    # https://crontab.guru/#45_6_*_*_1-5
    "complaints-remind-due-soon": {
        "task": "complaints.tasks.complaints_remind_due_soon",
        "schedule": crontab(minute=45, hour=6, day_of_week="1-5"),
    },
    # Tell the mall's managers of overdue complaints, Monday to Friday at 06:50:
    # https://crontab.guru/#50_6_*_*_1-5
    "complaints-escalate-overdue": {
        "task": "complaints.tasks.complaints_escalate_overdue",
        "schedule": crontab(minute=50, hour=6, day_of_week="1-5"),
    },
    # The dashboards' application figures (reports/figures.py, idempotent): today's
    # so far every 15 minutes, https://crontab.guru/#*/15_*_*_*_*
    "reports-refresh-today": {
        "task": "reports.tasks.reports_refresh_today",
        "schedule": crontab(minute="*/15"),
    },
    # ... and yesterday's, final, every night at 00:20: https://crontab.guru/#20_0_*_*_*
    "reports-refresh-yesterday": {
        "task": "reports.tasks.reports_refresh_yesterday",
        "schedule": crontab(minute=20, hour=0),
    },
}

# ---------------------------------------------------------------- forms
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# ---------------------------------------------------------------- security
# Sessions read from the cache (Redis in production), written to both: a signed-in
# page costs no session query, and a cache outage or restart only costs one.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "mpp.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# django-csp 4: https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# ---------------------------------------------------------------- logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# ---------------------------------------------------------------- portal
MPP_PAGE_SIZE = 20
# How long a public page stays in the page cache at most (mpp/pagecache.py); edits
# to the catalogue drop it at once anyway. 0 turns the page cache off.
MPP_PUBLIC_PAGE_CACHE_SECONDS = env.int("MPP_PUBLIC_PAGE_CACHE_SECONDS", default=600)
# The portal's public address, for links in e-mails and text messages (e.g. the
# survey invitation); empty: links are written relative to the portal.
MPP_SITE_URL = env("MPP_SITE_URL", default="")
# Names the deployed code (e.g. its commit or image tag) in the keys of cached pages
# (mpp/pagecache.py, mpp/privatecache.py), so that a new release never serves a page
# the old code rendered. Empty: only the static files' manifest is in the keys, and a
# release that changes templates or views but no static file serves old pages until
# they expire.
MPP_RELEASE = env("MPP_RELEASE", default="")
# SP4N-LAPOR! (complaints/gateways.py): the class that forwards a complaint to the
# national complaint system; the default only logs and returns a fake reference.
MPP_LAPOR_GATEWAY = env(
    "MPP_LAPOR_GATEWAY", default="complaints.gateways.ConsoleLaporGateway"
)
# Deadlines (applications/deadlines.py): officers are reminded of applications due
# today or within the next MPP_DUE_SOON_WORKING_DAYS working days; an application
# waiting on the citizen's fixes is closed once MPP_FIX_WAIT_WORKING_DAYS working
# days of its mall passed without them.
MPP_DUE_SOON_WORKING_DAYS = env.int("MPP_DUE_SOON_WORKING_DAYS", default=2)

# ---------------------------------------------------------------- queue
# A called ticket may be called again after this many seconds; after this many calls
# in all, the next recall makes it a no-show.
MPP_QUEUE_RECALL_COOLDOWN_SECONDS = env.int(
    "MPP_QUEUE_RECALL_COOLDOWN_SECONDS", default=20
)
MPP_QUEUE_MAX_CALLS = env.int("MPP_QUEUE_MAX_CALLS", default=3)
# A citizen holding a ticket is told when this many people are left ahead (0: never).
MPP_QUEUE_NOTIFY_AHEAD = env.int("MPP_QUEUE_NOTIFY_AHEAD", default=5)
# Online tickets: booked up to this many days ahead, and no later than this many
# minutes before the mall closes that day.
# The wait within which a ticket counts as called on time (the service level).
MPP_QUEUE_WAIT_TARGET_MINUTES = env.int("MPP_QUEUE_WAIT_TARGET_MINUTES", default=15)
MPP_QUEUE_BOOK_DAYS_AHEAD = env.int("MPP_QUEUE_BOOK_DAYS_AHEAD", default=14)
MPP_QUEUE_ONLINE_CUTOFF_MINUTES = env.int("MPP_QUEUE_ONLINE_CUTOFF_MINUTES", default=60)
MPP_FIX_WAIT_WORKING_DAYS = env.int("MPP_FIX_WAIT_WORKING_DAYS", default=14)
# Largest request accepted (a form with several 5 MB documents); larger ones get 413
# before anything is read. File parts are not covered by DATA_UPLOAD_MAX_MEMORY_SIZE.
MPP_MAX_REQUEST_BYTES = env.int("MPP_MAX_REQUEST_BYTES", default=40 * 1024 * 1024)
# SMS and WhatsApp provider: a dotted path to a class with
# send(*, channel, phone, text, idempotency_key) (notifications/gateways.py).
MPP_MESSAGE_GATEWAY = env(
    "MPP_MESSAGE_GATEWAY", default="notifications.gateways.ConsoleGateway"
)
# notifications.gateways.HttpGateway: a generic HTTP provider (JSON POST).
MPP_SMS_HTTP_URL = env("MPP_SMS_HTTP_URL", default="")
MPP_SMS_HTTP_TOKEN = env("MPP_SMS_HTTP_TOKEN", default="")
MPP_SMS_HTTP_TIMEOUT = env.float("MPP_SMS_HTTP_TIMEOUT", default=10.0)
# Notification delivery (notifications/actions.py): attempts before a row is marked
# failed (backoff 1, 2, 4 … 60 minutes: about four hours), and how long a worker's
# claim on a row lasts: longer than CELERY_TASK_TIME_LIMIT, so only a dead worker's
# claim expires.
MPP_NOTIFICATION_MAX_ATTEMPTS = 10
MPP_NOTIFICATION_CLAIM_SECONDS = 180
