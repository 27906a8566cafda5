"""Settings shared by every environment.

This module is safe for production on its own: DEBUG is off, cookies are
secure, and there is no default secret. ``dev`` and ``test`` only relax it.
The environment is read here and nowhere else; ``deploy/portal.env`` names every
variable.
"""

import contextlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Local state (SQLite database, media, generated dev secrets) lives here and
# is ignored by git.
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# --- Core -----------------------------------------------------------------

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: Django refuses to start
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the apps it translates: Page's own fields register first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "home",
    "reports",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    "portal.pagecache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "reports.middleware.CaseStaffMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# SQLite by default (WAL, immediate transactions and a busy timeout stop
# "database is locked" under concurrent writes); PostgreSQL via DATABASE_URL.

DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=60, conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"),
            },
        }
    }


def make_sqlite_private(databases):
    """The database holds complaints (encrypted) and staff accounts: readable
    by the app's user only (SQLite gives its -wal and -shm files the
    database's mode). Nothing to do for PostgreSQL, or before the folder
    exists."""
    if databases["default"]["ENGINE"] != "django.db.backends.sqlite3":
        return
    path = Path(databases["default"]["NAME"])
    if path.parent.is_dir():
        with contextlib.suppress(OSError):  # not ours to change
            path.touch(mode=0o600)
            path.chmod(0o600)


make_sqlite_private(DATABASES)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's search index uses PostgreSQL's full-text fields there.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------
# Local memory by default. In production a shared Redis (REDIS_URL): rate
# limits must hold across app processes, and a publish must clear what every
# process serves. portal/cache.py keeps the site up while Redis is down:
# "default" then answers as a miss (pages come from the database),
# "ratelimit" counts in each process's memory until Redis is back.

CACHE_URL = env("REDIS_URL")
if CACHE_URL:
    _redis_options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": _redis_options,
        },
        "ratelimit": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {**_redis_options, "FALLBACK": "local"},
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ratelimit",
        },
    }

# --- Background tasks -------------------------------------------------------
# "default" runs Wagtail's own small tasks (reference index) at once, as
# before. "worker" holds ours (notifications, periodic jobs) as database rows
# that `manage.py run_worker` runs (reports/tasks.py).

TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "worker": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Public pages served from the cache (portal/pagecache.py): kept this many
# seconds at most (a publish clears them at once), and shared caches in
# front may keep them PAGE_CACHE_MAX_AGE seconds. 0 turns the cache off.
PAGE_CACHE_SECONDS = int(env("PORTAL_PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_MAX_AGE = 60

# --- Passwords and sessions ---------------------------------------------

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

# Staff who can read cases sign in with a second factor (TOTP, with one-time
# backup codes) and are signed out after 30 idle minutes (reports/middleware.py).
OTP_TOTP_ISSUER = "CCCW portal"
REPORTS_STAFF_IDLE_SECONDS = 30 * 60

# Complainants may share a phone with the person hurting them: no cookie of
# ours outlives the browser session.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_AGE = None  # a session cookie, not a one-year one
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_AGE = None

# --- HTTPS and headers ----------------------------------------------------

SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
# Every host under the portal's domain is HTTPS too; switch off only if some
# subdomain still serves plain HTTP (docs/operations.md).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading is a commitment made with the browser makers (hstspreload.org)
# that takes months to undo: an operator opts in.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Languages ------------------------------------------------------------

LANGUAGE_CODE = "th"
LANGUAGES = [
    ("th", _("Thai")),
    ("ms", _("Malay")),
    ("en", _("English")),
]
# locale/ holds our own strings (make makemessages); locale/upstream/ the
# Thai that Django's and Wagtail's own catalogues lack, and corrections to
# theirs (catalogues here take precedence over the packages' own).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Bangkok"

# Content translation (django-modeltranslation): Thai is the source language
# and the fallback for any field an editor left empty.
MODELTRANSLATION_DEFAULT_LANGUAGE = "th"
MODELTRANSLATION_LANGUAGES = ("th", "ms", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("th",)

# --- Static and media files -----------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploads stay in memory, never in a temporary file in plain form, and stop
# one byte past 10 MB (portal/uploads.py). At most 6 files per request.
FILE_UPLOAD_HANDLERS = ["portal.uploads.InMemoryUploadHandler"]
DATA_UPLOAD_MAX_NUMBER_FILES = 6
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024  # the form fields, files excluded
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Email ----------------------------------------------------------------

EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = env("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Logging --------------------------------------------------------------
# Console only. Nothing here logs client addresses or user agents.

DEFAULT_EXCEPTION_REPORTER = "portal.errors.PrivateExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "portal.errors.PrivateExceptionReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- Wagtail ---------------------------------------------------------------

WAGTAIL_SITE_NAME = "ศป.ดส."
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# ASCII slugs: Thai vowel and tone marks are not valid in a Django slug, and
# short ASCII URLs survive SMS and chat apps without percent-encoding.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_I18N_ENABLED = False  # content languages come from modeltranslation
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("th", "ภาษาไทย"),
    ("ms", "Bahasa Melayu"),
    ("en", "English"),
]
# The admin must not call other hosts either.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.CleanImageForm"
WAGTAILADMIN_USER_LOGIN_FORM = "portal.forms.LoginForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Pages replace Page's single-language "title" search field with one that
# indexes every language, Thai segmented (home/search.py); this check only
# looks for the original field.
SILENCED_SYSTEM_CHECKS = ["wagtailsearch.W001"]
if not SECURE_HSTS_PRELOAD:  # a deliberate choice, see SECURE_HSTS_PRELOAD
    SILENCED_SYSTEM_CHECKS.append("security.W021")
# The database backend by default (SQLite FTS5 or PostgreSQL full text), with
# Thai segmented by home/search.py. When search outgrows the database, point
# SEARCH_URL at Elasticsearch or OpenSearch: its built-in "thai" analyzer
# becomes the default for every text field (docs/operations.md).
SEARCH_URL = env("SEARCH_URL")
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends." + env("SEARCH_ENGINE", "opensearch2"),
            "URLS": [SEARCH_URL],
            "INDEX": env("SEARCH_INDEX", "portal"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {
                "settings": {"analysis": {"analyzer": {"default": {"type": "thai"}}}}
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
    }

# --- Reports (anonymous complaints) ---------------------------------------
# Keys come from the environment only. REPORTS_ENCRYPTION_KEYS is a comma-
# separated list of Fernet keys: the first encrypts, all decrypt (rotation).
# REPORTS_HMAC_KEY turns tracking codes into lookup hashes and keys the
# rate-limit hashes of client addresses; it must differ from SECRET_KEY.

REPORTS_ENCRYPTION_KEYS = env_list("REPORTS_ENCRYPTION_KEYS")
REPORTS_HMAC_KEY = env("REPORTS_HMAC_KEY")
REPORTS_FILE_ROOT = Path(env("REPORTS_FILE_ROOT", VAR_DIR / "report-files"))
STORAGES["reports"] = {
    # Encrypted attachments: outside MEDIA_ROOT, never served by any URL;
    # written whole or not at all, with times to the hour (reports/storage.py).
    "BACKEND": "reports.storage.PrivateFileStorage",
    "OPTIONS": {
        "location": REPORTS_FILE_ROOT,
        "base_url": None,
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
# Several app servers share one private bucket on S3-compatible object
# storage instead (REPORTS_STORAGE=s3); the files are encrypted before they
# leave the app either way.
REPORTS_STORAGE = env("REPORTS_STORAGE", "filesystem")
if REPORTS_STORAGE == "s3":
    STORAGES["reports"] = {
        "BACKEND": "reports.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": env("REPORTS_S3_BUCKET"),
            "location": env("REPORTS_S3_PREFIX", "report-files"),
            "endpoint_url": env("REPORTS_S3_ENDPOINT_URL") or None,
            "region_name": env("REPORTS_S3_REGION") or None,
            "access_key": env("REPORTS_S3_ACCESS_KEY_ID"),
            "secret_key": env("REPORTS_S3_SECRET_ACCESS_KEY"),
        },
    }
    if not STORAGES["reports"]["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("REPORTS_STORAGE=s3 needs REPORTS_S3_BUCKET.")
elif REPORTS_STORAGE != "filesystem":
    raise ImproperlyConfigured(
        f"REPORTS_STORAGE must be filesystem or s3, not {REPORTS_STORAGE!r}"
    )
# Who gets "a new case exists" emails (no content, only a link).
REPORTS_NOTIFY_GROUP = "Case managers"
# (requests, seconds) per client, for the whole site and, for replies, per
# case (reports/ratelimit.py). "post" counts every POST to the report form
# and the tracking page before anything in it is read; "submit" counts only
# complete reports (a person who hits it keeps their text); "track" counts
# code lookups; "reply" counts answers on the tracking page.
REPORTS_RATE_LIMITS = {
    "post": {
        "client": (int(env("REPORTS_POST_LIMIT_CLIENT", "30")), 3600),
        "site": (int(env("REPORTS_POST_LIMIT_SITE", "3000")), 3600),
    },
    "submit": {
        "client": (int(env("REPORTS_SUBMIT_LIMIT_CLIENT", "5")), 3600),
        "site": (int(env("REPORTS_SUBMIT_LIMIT_SITE", "300")), 3600),
    },
    "track": {
        "client": (int(env("REPORTS_TRACK_LIMIT_CLIENT", "10")), 900),
        "site": (int(env("REPORTS_TRACK_LIMIT_SITE", "2000")), 3600),
    },
    "reply": {
        "client": (int(env("REPORTS_REPLY_LIMIT_CLIENT", "10")), 3600),
        "case": (int(env("REPORTS_REPLY_LIMIT_CASE", "20")), 86400),
        "site": (int(env("REPORTS_REPLY_LIMIT_SITE", "1000")), 3600),
    },
    # Wrong passwords at the admin's sign-in (portal/forms.py).
    "signin": {"username": (5, 900), "client": (20, 900)},
}
# How soon a case must be acknowledged (sooner when someone is in danger or
# staff mark it urgent) and given a first real answer (reports/deadlines.py).
REPORTS_DEADLINES = {
    "acknowledge": timedelta(days=int(env("REPORTS_ACKNOWLEDGE_DAYS", "7"))),
    "acknowledge_urgent": timedelta(
        hours=int(env("REPORTS_ACKNOWLEDGE_URGENT_HOURS", "24"))
    ),
    "answer_months": int(env("REPORTS_ANSWER_MONTHS", "3")),
}
# How often the worker sends the staff emails that are due (seconds).
REPORTS_OUTBOX_SECONDS = int(env("REPORTS_OUTBOX_SECONDS", "60"))
# The hour (local time) of the worker's daily jobs: the deadline summary to
# case managers and the purge (reports/tasks.py).
REPORTS_DAILY_HOUR = int(env("REPORTS_DAILY_HOUR", "7"))
# Closed cases are purged this many days after closing, unless on legal hold
# (reports/retention.py).
REPORTS_RETENTION_DAYS = int(env("REPORTS_RETENTION_DAYS", "365"))
# Attachments one case may hold in all (report and replies), in bytes.
REPORTS_CASE_QUOTA_BYTES = int(env("REPORTS_CASE_QUOTA_MB", "50")) * 1024 * 1024
# How long the same form, sent again (a second press of "Send", a browser
# retrying), still shows the same tracking code. After it, nothing can.
REPORTS_RECEIPT_WINDOW_SECONDS = 15 * 60
# Number of reverse proxies in front of the app that append to
# X-Forwarded-For (0: clients connect directly). Rate limits need the real
# client address, or every client shares the proxy's limit.
PORTAL_PROXY_HOPS = int(env("PORTAL_PROXY_HOPS", "0"))
# Seconds a person needs at least to fill the form (bots are faster).
REPORTS_MIN_FILL_SECONDS = 3
REPORTS_TRACKING_IDLE_SECONDS = 30 * 60

# reCAPTCHA is off unless an operator sets both keys. Then the form says that
# Google's service is used, and the complainant's address is not sent.
RECAPTCHA_PUBLIC_KEY = env("RECAPTCHA_PUBLIC_KEY", "")
RECAPTCHA_PRIVATE_KEY = env("RECAPTCHA_PRIVATE_KEY", "")
RECAPTCHA_VERSION = env("RECAPTCHA_VERSION", "v2")  # "v2" (checkbox) or "v3"
RECAPTCHA_REQUIRED_SCORE = float(env("RECAPTCHA_REQUIRED_SCORE", "0.5"))
RECAPTCHA_VERIFY_REQUEST_TIMEOUT = 5  # seconds; must be an int
RECAPTCHA_ENABLED = bool(RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY)
if RECAPTCHA_ENABLED:
    INSTALLED_APPS.append("django_recaptcha")
