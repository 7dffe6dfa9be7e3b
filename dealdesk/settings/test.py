"""Tests run on the real PostgreSQL and Redis, as production does."""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/dealdesk")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")

from dealdesk.settings.base import *  # noqa: F403
from dealdesk.settings.base import BASE_DIR, DATABASES, env

DEBUG = False
DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # The test runner empties tables with TRUNCATE between transactional tests; the
    # audit table refuses it otherwise (migration audit/0005).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c dealdesk.allow_audit_truncate=on"
    )
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# pytest-django swaps in locmem for the test process anyway; the environment picks the
# backend of a real worker a fault test starts (a file per message, or SMTP).
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
# Tests call tasks directly or run a real worker; eager mode keeps `.delay()` inline.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
EVIDENCE_ROOT = BASE_DIR / "var" / "test-evidence"
# Throttle counts must not leak from one test (or run) to the next through Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_THROTTLE_RATES": {"writes": "100000/minute"},
}
