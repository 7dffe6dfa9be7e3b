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
