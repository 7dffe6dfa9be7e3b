import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("SECRET_KEY", "DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, timeout=120)


def test_production_refuses_to_start_without_secret_key():
    r = run_manage("check", DJANGO_SETTINGS_MODULE="dealdesk.settings.production",
                   DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres")
    assert r.returncode != 0 and "SECRET_KEY must be set" in r.stderr


def test_production_refuses_to_start_without_database_url():
    r = run_manage("check", DJANGO_SETTINGS_MODULE="dealdesk.settings.production",
                   SECRET_KEY="x" * 60)
    assert r.returncode != 0 and "DATABASE_URL must be set" in r.stderr


def test_production_passes_the_deploy_checklist():
    r = run_manage("check", "--deploy", "--fail-level", "WARNING",
                   DJANGO_SETTINGS_MODULE="dealdesk.settings.production",
                   SECRET_KEY="k3y-" + "a1B2c3D4e5" * 6, ALLOWED_HOSTS="dealdesk.example.com",
                   DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres")
    assert r.returncode == 0, r.stderr


def test_embedded_default_needs_no_servers(tmp_path):
    """With nothing set: SQLite, eager Celery, and the app checks clean."""
    r = run_manage("shell", "-c",
                   "from django.conf import settings as s; "
                   "print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER)",
                   DJANGO_SETTINGS_MODULE="dealdesk.settings.base", REDIS_URL="")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1].split() == ["django.db.backends.sqlite3", "True"]


EMBEDDED_SUBMIT = """
import json
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from audit.chain import verify
from promises.models import Ask, Deal
call_command("migrate", verbosity=0)
call_command("seed_demo", verbosity=0)
token = Token.objects.create(user=__import__("django.contrib.auth").contrib.auth
                             .get_user_model().objects.get(username="sales"))
client = APIClient()
client.credentials(HTTP_AUTHORIZATION="Token " + token.key)
deal = Deal.objects.filter(owner__username="sales").first()
before = deal.scope_version
r = client.post("/api/asks/", {"deal": deal.pk, "text":
    "Customer wants a nightly CSV export to their SFTP server and SAML SSO."}, format="json")
ask = Ask.objects.get(pk=r.json()["id"])
print(json.dumps({
    "status": r.status_code,
    "tasks": sorted(t["role"] for t in r.json()["review_tasks"]),
    "stored_tasks": sorted(ask.review_tasks.values_list("role", flat=True)),
    "history": [ask.history.count(), ask.versions.get().history.count(),
                ask.review_tasks.first().history.first().history_user.username],
    "scope": Deal.objects.get(pk=deal.pk).scope_version - before,
    "deal_history": Deal.objects.get(pk=deal.pk).history.first().history_type,
    "chain": verify()[0],
    "bad_token": APIClient(HTTP_AUTHORIZATION="Token nope").get("/api/deals/").status_code,
}))
"""


def test_embedded_default_submits_an_ask_through_the_api(tmp_path):
    """The SQLite path of the submission (per-table fastsql writes, token and roles
    read with group_concat) writes the ask, its tasks and every history row."""
    import json

    r = run_manage("shell", "-c", EMBEDDED_SUBMIT, DJANGO_SETTINGS_MODULE="dealdesk.settings.base",
                   REDIS_URL="", DATABASE_URL=f"sqlite:///{tmp_path / 'embedded.sqlite3'}")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert got == {"status": 201, "tasks": ["engineering", "security"],
                   "stored_tasks": ["engineering", "security"], "history": [1, 1, "sales"],
                   "scope": 1, "deal_history": "~", "chain": True, "bad_token": 403}


def test_postgres_prepares_statements_unless_turned_off():
    show = ("from django.conf import settings as s; "
            "print(s.DATABASES['default'].get('OPTIONS', {}).get('server_side_binding'))")
    url = "postgres://postgres@127.0.0.1:5432/postgres"
    on = run_manage("shell", "-c", show, DJANGO_SETTINGS_MODULE="dealdesk.settings.base",
                    DATABASE_URL=url, REDIS_URL="")
    off = run_manage("shell", "-c", show, DJANGO_SETTINGS_MODULE="dealdesk.settings.base",
                     DATABASE_URL=url, REDIS_URL="", DATABASE_PREPARED_STATEMENTS="false")
    assert on.stdout.split()[-1] == "True", on.stderr
    assert off.stdout.split()[-1] == "None", off.stderr


def test_web_workers_share_the_throttle_counts_through_redis():
    show = "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'])"
    shared = run_manage("shell", "-c", show, DJANGO_SETTINGS_MODULE="dealdesk.settings.base",
                        REDIS_URL="redis://127.0.0.1:6379/15")
    alone = run_manage("shell", "-c", show, DJANGO_SETTINGS_MODULE="dealdesk.settings.base",
                       REDIS_URL="")
    assert shared.stdout.split()[-1].endswith("RedisCache"), shared.stderr
    assert alone.stdout.split()[-1].endswith("LocMemCache"), alone.stderr
    ping = run_manage("shell", "-c", "from django.core.cache import cache; "
                      "cache.set('dealdesk-check', 1, 5); print(cache.get('dealdesk-check'))",
                      DJANGO_SETTINGS_MODULE="dealdesk.settings.base",
                      REDIS_URL="redis://127.0.0.1:6379/15")
    assert ping.stdout.split()[-1] == "1", ping.stderr
