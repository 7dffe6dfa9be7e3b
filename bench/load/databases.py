"""The load bench's PostgreSQL databases: the seed (``dealdesk_load_seed``, made by
bench/load/seed.py and reused while it is fresh) and each run's copy of it
(``dealdesk_load``), plus the CHECKPOINT taken before each measurement."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]

SERVER = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
SEED_DB = "dealdesk_load_seed"
RUN_DB = "dealdesk_load"
DEALS, ASKS = 10_000, 100_000
SEED_MAX_AGE = timedelta(hours=20)


def admin() -> psycopg.Connection:
    return psycopg.connect(f"{SERVER}/postgres", autocommit=True)


def _on_seed(
    env: dict[str, str], *args: str, timeout: int, check: bool = True, capture: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS`` from the repository root against the seed database (its
    output shown as it comes, or captured as text)."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=dict(env, DATABASE_URL=f"{SERVER}/{SEED_DB}"),
        check=check,
        timeout=timeout,
        capture_output=capture,
        text=True,
    )


def seed_state() -> tuple[bool, str]:
    """Whether the seed database can be reused, and why (not)."""
    with admin() as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [SEED_DB]).fetchone():
            return False, "no seed database yet"
    from bench.load.seed import SEED_VERSION

    with psycopg.connect(f"{SERVER}/{SEED_DB}") as conn:
        try:
            meta = conn.execute(
                "SELECT seed_version, deals, asks, tasks, seeded_at FROM bench_load_meta"
            ).fetchone()
        except psycopg.Error:
            return False, "seed database incomplete"
        if meta is None:
            return False, "seed database incomplete"
        version, deals, asks, tasks, seeded_at = meta
        actual = conn.execute(
            "SELECT (SELECT count(*) FROM promises_deal), (SELECT count(*) FROM promises_ask), "
            "(SELECT count(*) FROM reviews_reviewtask)"
        ).fetchone()
    if version != SEED_VERSION:
        return False, f"seed format {version} is not {SEED_VERSION}"
    if (deals, asks) != (DEALS, ASKS) or actual != (deals, asks, tasks):
        return False, f"row counts {actual} do not match the seed {(deals, asks, tasks)}"
    age = datetime.now(UTC) - seeded_at
    if age > SEED_MAX_AGE:
        return False, f"seeded {age.total_seconds() / 3600:.0f} h ago: its open reviews are due"
    return True, (
        f"reusing {SEED_DB}: {deals:,} deals, {asks:,} asks, {tasks:,} review tasks, "
        f"seeded {age.total_seconds() / 60:.0f} min ago"
    )


def reseed(env: dict[str, str]) -> None:
    with admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SEED_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {SEED_DB}")
    started = time.perf_counter()
    _on_seed(env, "manage.py", "migrate", "-v0", timeout=600)
    print(f"  migrated in {time.perf_counter() - started:.1f} s", flush=True)
    _on_seed(env, "bench/load/seed.py", "--deals", str(DEALS), "--asks", str(ASKS), timeout=1800)


def migrate_seed(env: dict[str, str]) -> None:
    """Apply migrations added since the seed was made (an index, say) to the seed, and
    bring its trigger rules up to this checkout's, as a release upgrade does
    (``manage.py sync_rules``): a seed made on an earlier commit would otherwise tag
    every submission with that commit's rules."""
    pending = _on_seed(env, "manage.py", "migrate", "--check", "-v0", timeout=300, check=False,
                       capture=True)
    if pending.returncode:
        _on_seed(env, "manage.py", "migrate", "-v1", timeout=900)
        with psycopg.connect(f"{SERVER}/{SEED_DB}", autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    synced = _on_seed(env, "manage.py", "sync_rules", timeout=300, capture=True)
    print(f"  seed's rules: {synced.stdout.strip()}", flush=True)


def clone_run_db() -> None:
    with admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {RUN_DB} WITH (FORCE)")
        # FILE_COPY (PostgreSQL 15+) copies the files after one checkpoint; the default
        # WAL_LOG strategy writes the whole 600 MB copy into the WAL, whose checkpoint
        # then runs during the measurements and slows every commit's WAL flush.
        file_copy = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
        conn.execute(f"CREATE DATABASE {RUN_DB} TEMPLATE {SEED_DB}{file_copy}")


def checkpoint() -> None:
    """Flush what the setup (or the endpoint before) wrote, so that no checkpoint
    started by earlier writes runs during the next measurement."""
    with admin() as conn:
        conn.execute("CHECKPOINT")


def drop_run_db() -> None:
    from django.db import connections

    connections.close_all()
    with admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {RUN_DB} WITH (FORCE)")
