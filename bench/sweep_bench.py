"""How long the timer sweep takes on 100,000 overdue reviews, and when nothing is due.

Run from the repository root:  python bench/sweep_bench.py [--tasks 100000] [--keep]

Self-contained: it creates a scratch PostgreSQL database (``dealdesk_bench`` on the
server in ``BENCH_PG_URL``, default ``postgres://postgres@127.0.0.1:5432``), migrates
it, seeds ``--tasks`` open review tasks whose deadline passed (two per ask, so half as
many asks, spread over 500 deals, with one deal desk lead to tell), then:

1. runs one ``timers_sweep`` as production does (two drains in parallel, each on its
   own connection) and prints total seconds, tasks per second, the CPU seconds spent
   by Python and by the PostgreSQL backends (the wall clock depends on what else the
   machine is doing; these do not), and SQL statements per task; then checks what the
   database holds afterwards (every task expired with a history row, every ask paused
   with a history row, one escalation per task with its history row, the audit events,
   still one unbroken hash chain, and one outbox row per task and lead);
2. times the sweep when nothing is due (median and 95th percentile of 200 runs) and
   prints PostgreSQL's plan for the sweep's "anything due?" probe, which must be an
   index-only scan on the partial index ``task_open_due``.

Celery is pointed at the in-memory broker so the sweep's "deliver now" nudge costs
nothing here; delivery has its own benchmark (``bench/outbox_bench.py``). The scratch
database is dropped at the end unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVER = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DB_NAME = "dealdesk_bench"
os.environ["DJANGO_SETTINGS_MODULE"] = "dealdesk.settings.base"
os.environ["DATABASE_URL"] = f"{SERVER}/{DB_NAME}"
os.environ["DEBUG"] = "false"
os.environ["REDIS_URL"] = ""
os.environ["CELERY_TASK_ALWAYS_EAGER"] = "false"
os.environ["LOG_LEVEL"] = "WARNING"

import psycopg  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DEALS = 500


class QueryCounter:
    """connection.execute_wrapper hook: counts every statement sent to PostgreSQL."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class BackendCpu:
    """CPU seconds spent by every PostgreSQL backend serving the scratch database.

    With other work on the machine the wall clock says little; CPU seconds spent by
    Python and by the database backends do not depend on the load. The sweep's worker
    threads open and close their own connections, so a sampler thread reads
    /proc/<pid>/stat of each backend (its process title names the database) every
    20 ms and keeps the last reading. Local server only; None elsewhere."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self.start: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _backends() -> dict[int, float]:
        out = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if f" {DB_NAME} " not in (entry / "cmdline").read_text():
                    continue
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.seen.update(self._backends())

    def __enter__(self) -> BackendCpu:
        self.start = self._backends()
        self.seen = dict(self.start)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.seen.update(self._backends())

    @property
    def seconds(self) -> float | None:
        if not self.seen:
            return None
        return sum(cpu - self.start.get(pid, 0.0) for pid, cpu in self.seen.items())


def recreate_database() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    from django.db import connections

    connections.close_all()
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def seed(n_tasks: int) -> None:
    """Asks and tasks straight in SQL: the setup is not what is being measured."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from dealdesk import roles

    users = get_user_model().objects
    rep = users.create_user("rep", email="rep@example.com", password="x")
    rep.groups.add(Group.objects.get(name=roles.SALES))
    lead = users.create_user("lead", email="lead@example.com", password="x")
    lead.groups.add(Group.objects.get(name=roles.LEAD))
    n_asks = (n_tasks + 1) // 2
    with connection.cursor() as cur:
        cur.execute(
            """
            INSERT INTO promises_deal (name, customer, owner_id, stage, scope_version,
                                       created_at)
            SELECT 'Deal ' || g, 'Customer ' || g, %s, 'evaluation', 1, %s
            FROM generate_series(1, %s) g
            """,
            [rep.pk, NOW - timedelta(days=3), DEALS],
        )
        cur.execute(
            """
            INSERT INTO promises_ask (deal_id, text, version, kind, categories, flags,
                                      matches, state, submitted_by_id, submitted_at,
                                      updated_at)
            SELECT d.first + g %% %s,
                   'Customer wants SAML single sign-on through Okta for ' || g
                     || ' users before go-live.',
                   1, 'security', '["security"]', '[]', '{}', 'in_review', %s, %s, %s
            FROM generate_series(1, %s) g,
                 (SELECT min(id) AS first FROM promises_deal) d
            """,
            [DEALS, rep.pk, NOW - timedelta(hours=30), NOW - timedelta(hours=30), n_asks],
        )
        # Deadlines spread over the last six hours, two roles per ask.
        cur.execute(
            """
            INSERT INTO reviews_reviewtask (ask_id, ask_version, role, state, opened_at,
                                            due_at, remind_at, reminded_at, verdict, note,
                                            answer)
            SELECT a.id, 1, r.role, 'open', o.opened, o.opened + interval '24 hours',
                   o.opened + interval '18 hours', o.opened + interval '18 hours', '', '',
                   '{}'
            FROM promises_ask a
            CROSS JOIN (VALUES ('engineering'), ('security')) r(role)
            CROSS JOIN LATERAL (
                SELECT %s::timestamptz - interval '30 hours'
                       + (a.id %% 360) * interval '1 minute' AS opened
            ) o
            ORDER BY a.id, r.role
            LIMIT %s
            """,
            [NOW, n_tasks],
        )
        cur.execute("VACUUM ANALYZE")


def counts() -> dict[str, int]:
    from django.db import connection

    queries = {
        "tasks expired": "SELECT count(*) FROM reviews_reviewtask WHERE state = 'expired'",
        "tasks still open": "SELECT count(*) FROM reviews_reviewtask WHERE state = 'open'",
        "task history rows": "SELECT count(*) FROM reviews_historicalreviewtask",
        "asks paused": "SELECT count(*) FROM promises_ask WHERE state = 'paused'",
        "ask history rows": "SELECT count(*) FROM promises_historicalask",
        "escalations": "SELECT count(*) FROM reviews_escalation",
        "escalation history rows": "SELECT count(*) FROM reviews_historicalescalation",
        "audit events": "SELECT count(*) FROM audit_auditevent",
        "outbox rows": "SELECT count(*) FROM reviews_notification",
    }
    out = {}
    with connection.cursor() as cur:
        for label, sql in queries.items():
            cur.execute(sql)
            out[label] = cur.fetchone()[0]
    return out


def bench_full(n_tasks: int) -> None:
    from django.db import connection
    from django.db.backends.signals import connection_created

    from reviews.services.sweep import WORKERS, timers_sweep

    counter = QueryCounter()

    def count_queries_on(sender, connection, **kwargs):  # the sweep's worker threads
        connection.execute_wrappers.append(counter)

    connection_created.connect(count_queries_on)
    try:
        with BackendCpu() as db_cpu, connection.execute_wrapper(counter):
            cpu, started = time.process_time(), time.perf_counter()
            result = timers_sweep(now=NOW)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        connection_created.disconnect(count_queries_on)
    db = f"{db_cpu.seconds:.2f} s" if db_cpu.seconds is not None else "n/a"
    print(f"sweep of {n_tasks:,} due tasks ({WORKERS} drains in parallel)")
    print(f"  expired {result.expired:,}, failed {len(result.failed)}")
    print(f"  total   {elapsed:.2f} s  (target <= 30 s)")
    print(f"  rate    {result.expired / elapsed:,.0f} tasks/s")
    print(f"  cpu     Python {cpu:.2f} s, PostgreSQL backends {db}  (load average {load()})")
    print(
        f"  queries {counter.count:,} ({counter.count / max(result.expired, 1):.4f} per task; "
        "plus one COPY of audit rows per batch)"
    )
    print("  database afterwards:")
    for label, value in counts().items():
        print(f"    {label:<24} {value:>9,}")
    from audit.chain import verify

    print(f"    audit chain              {verify()[1]}")


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def bench_idle(runs: int) -> None:
    from django.db import connection

    from reviews.services import sweep

    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE")
    for _ in range(10):  # warm the connection and the plan cache
        sweep.timers_sweep(now=NOW)
    counter = QueryCounter()
    timings = []
    with connection.execute_wrapper(counter):
        for _ in range(runs):
            started = time.perf_counter()
            sweep.timers_sweep(now=NOW)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(f"sweep with nothing due ({runs} runs)")
    print(
        f"  median {statistics.median(timings):.2f} ms, "
        f"p95 {timings[int(runs * 0.95) - 1]:.2f} ms  (target <= 5 ms)"
    )
    print(f"  queries per idle sweep: {counter.count / runs:.0f}")
    print("  plan of the 'anything due?' probe:")
    plan = sweep.due_for_expiry(NOW).explain(analyze=True, buffers=True, costs=False)
    for line in plan.splitlines():
        print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--idle-runs", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args()

    recreate_database()
    import django

    django.setup()
    # The in-memory broker's "no hostname" warning is noise here.
    logging.getLogger("kombu").setLevel(logging.ERROR)
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        seed(args.tasks)
        print(f"seeded {args.tasks:,} due tasks in {time.perf_counter() - started:.1f} s")
        bench_full(args.tasks)
        bench_idle(args.idle_runs)
    finally:
        if not args.keep:
            drop_database()


if __name__ == "__main__":
    main()
