"""Is the app fast at scale? Load on a large desk, served as in production.

Run from the repository root (one command; uses .venv/bin/python when run with a
Python that lacks the project's packages):

    python bench/load_bench.py [--reseed] [--duration 15] [--rounds 1] [--keep]

What it does, all on this machine (127.0.0.1 only) and bounded in time:

1. **Seed** a scratch PostgreSQL database ``dealdesk_load_seed`` (server in
   ``BENCH_PG_URL``, default ``postgres://postgres@127.0.0.1:5432``, trust auth):
   migrate, then bulk SQL (``bench/load/seed.py``): 10,000 deals, 100,000 asks,
   250,000 review tasks, decisions, escalations, 100,000 notifications, their
   django-simple-history rows, ~390,000 audit events with a consistent hash chain
   (computed in Python with ``audit.chain.event_hash``, so ``verify_audit`` passes),
   demo users for every role (username = role, password ``dealdesk-demo``) and DRF
   tokens. A seed database whose sizes match and that is less than 20 hours old is
   reused (open reviews are then still not due; its migrations and trigger rules are
   brought up to the checkout's, ``manage.py sync_rules``); ``--reseed`` forces a new one.
   Each run works on a fresh copy, ``dealdesk_load`` (``CREATE DATABASE ... TEMPLATE
   ... STRATEGY FILE_COPY``), so submissions of one run never change the next; it is
   dropped unless ``--keep``.
2. **Serve** with gunicorn as in production: ``gunicorn dealdesk.wsgi:application``
   with production's ``gunicorn.conf.py`` (3 sync workers; ``--workers N`` to compare),
   on 127.0.0.1, settings
   ``bench.load.settings`` = ``dealdesk.settings.production`` (DEBUG off,
   SECURE_SSL_REDIRECT=false, ALLOWED_HOSTS=127.0.0.1, static files collected into a
   temporary STATIC_ROOT) plus the yardstick routes of ``bench/load_views.py``, which
   are mounted only here. ``API_WRITE_THROTTLE`` is raised so the write throttle
   (600/minute by default) does not turn the submission load into 429s; it still counts
   every write in Redis (db 14, ``BENCH_REDIS_URL``), as production's workers do.
3. **Drive** each endpoint with wrk (``apt-get install -y wrk`` when missing) at 16
   connections (``wrk -t2 -c16 -d<duration>s --latency``) after a ``CHECKPOINT`` (so no
   checkpoint started by earlier writes flushes during the run) and a 3 s warm-up:

   - reviewer queue page ``/reviews/`` as ``engineering`` (session cookie; the queue
     holds ~15,000 live tasks, the page shows the first 200);
   - deal page ``/deals/<id>/`` (10 asks) as its owner ``sales`` (session cookie);
   - API queue list ``/api/review-tasks/`` as ``engineering`` (token, 50 a page);
   - ask submission ``POST /api/asks/`` as ``sales`` (token; ``bench/load/post_ask.lua``
     rotates over the rep's deals);
   - and the yardsticks, bare Django views from the same server and database: one
     indexed query as small JSON, 50 rows (select_related) through a plain DRF
     ModelSerializer, and the same 50 rows in a plain template table.
4. **Report** req/s, p50 and p99 per endpoint, each endpoint's ratio to the yardstick
   of its shape (pages to the template table, the API list to the serializer list,
   submission to the one-query view) and PASS/FAIL per target: pages and API list at
   least 70% of their yardstick's throughput, submission at least 25%, and each p99
   under 3x its yardstick's p99. Also SQL statements per request, and CPU per request
   of the gunicorn workers and of the PostgreSQL backends (read from /proc): on a
   machine shared with other work req/s follow the neighbours, CPU per request much
   less, so the ratio by CPU is printed beside the ratio by req/s.
5. **Explain** (ANALYZE, BUFFERS) the SELECTs on the big tables that the hot paths
   really send (captured from the queue page, the API queue list and the deal page as
   served, plus the sweep's due-task probe on the partial index ``task_open_due`` and
   a deal's history, audit events by deal), with a summary of the indexes each plan
   uses and any sequential scan (with the table's size).

``--rounds N`` repeats the measurements, each round on a fresh copy of the seed (a
round's submissions would otherwise grow the queue the next round reads) and each
interleaving endpoints and their yardsticks, so a noisy neighbour hurts both sides of a
ratio alike; ``--only queue,api``
measures some endpoints (with their yardsticks); ``--no-explain`` skips step 5;
``--waits`` also prints, per endpoint, what the database backends were doing while it
was under load (running, waiting on a lock such as the audit chain's, on a commit's WAL
flush, or on the web worker: bench/load/waits.py). A run with a reused seed takes about
three minutes a round.

This file holds the command line, the scenarios and their fixtures. The rest is in
bench/load/: ``databases.py`` (the seed and run databases), ``serve.py`` (environment,
static files, gunicorn, the CPU meter), ``drive.py`` (wrk, the measurements, the
verdicts) and ``explain.py`` (step 5).
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

try:
    import django  # noqa: F401
    import psycopg  # noqa: F401
except ImportError:  # run with a bare python: use the project's virtualenv
    if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parents[1].resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *sys.argv])
    raise

sys.path.insert(0, str(ROOT))

# The bench's own modules: imported once the virtualenv and the repository root are set.
from bench.load.databases import (  # noqa: E402
    ASKS,
    DEALS,
    RUN_DB,
    clone_run_db,
    drop_run_db,
    migrate_seed,
    reseed,
    seed_state,
)
from bench.load.drive import Scenario, ensure_wrk, measure, request, verdicts  # noqa: E402
from bench.load.explain import explain  # noqa: E402
from bench.load.serve import (  # noqa: E402
    STATIC_CACHE,
    CpuMeter,
    Server,
    bench_env,
    collect_static,
    free_port,
    production_workers,
)

ASK_TEXT = "Customer needs a nightly CSV export of five agreed order fields to their SFTP server."


# -- main -------------------------------------------------------------------------------


def setup_fixtures() -> dict:
    """Sessions, tokens and ids the scenarios use (Django pointed at the run database)."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.db.models import Count
    from rest_framework.authtoken.models import Token

    from promises.models import Deal
    from reviews.models import ReviewTask

    users = {
        u.username: u
        for u in get_user_model().objects.filter(
            username__in=["sales", "engineering", "deal_desk_lead"]
        )
    }

    def session(user) -> str:
        s = SessionStore()
        s[SESSION_KEY] = str(user.pk)
        s[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]  # as a login stores it
        s[HASH_SESSION_KEY] = user.get_session_auth_hash()
        s.create()
        return s.session_key or ""

    deals = list(
        Deal.objects.filter(owner=users["sales"])
        .annotate(n=Count("asks"))
        .filter(n=10)
        .order_by("id")
        .values_list("id", flat=True)
    )
    return {
        "users": users,
        "eng_session": session(users["engineering"]),
        "sales_session": session(users["sales"]),
        "eng_token": Token.objects.get(user=users["engineering"]).key,
        "sales_token": Token.objects.get(user=users["sales"]).key,
        "page_deal": deals[0],
        "post_deals": deals[1:],
        "task": ReviewTask.objects.filter(role="engineering", state="open")
        .order_by("due_at", "id")
        .values_list("id", flat=True)
        .first(),
        "live_eng": ReviewTask.objects.filter(
            role="engineering", state__in=["open", "expired"]
        ).count(),
    }


def scenarios(fx: dict) -> list[Scenario]:
    eng_cookie = {"Cookie": f"sessionid={fx['eng_session']}"}
    sales_cookie = {"Cookie": f"sessionid={fx['sales_session']}"}
    post_deals = ",".join(str(d) for d in fx["post_deals"][:400])
    return [
        Scenario("table", "bare: 50-row template table", "/bench/table/", {}),
        Scenario("queue", "reviewer queue page", "/reviews/", eng_cookie, "table", 0.70),
        Scenario(
            "deal", "deal page (10 asks)", f"/deals/{fx['page_deal']}/", sales_cookie, "table", 0.70
        ),
        Scenario("serializer", "bare: 50-row DRF serializer", "/bench/serializer/", {}),
        Scenario(
            "api",
            "API queue list (50)",
            "/api/review-tasks/",
            {"Authorization": f"Token {fx['eng_token']}"},
            "serializer",
            0.70,
        ),
        Scenario("one", "bare: one indexed query", f"/bench/one/{fx['task']}/", {}),
        Scenario(
            "submit",
            "ask submission (POST)",
            "/api/asks/",
            {"Authorization": f"Token {fx['sales_token']}"},
            "one",
            0.25,
            lua=ROOT / "bench" / "load" / "post_ask.lua",
            lua_env={
                "BENCH_TOKEN": fx["sales_token"],
                "BENCH_DEALS": post_deals,
                "BENCH_TEXT": ASK_TEXT,
            },
            method="POST",
            body=f'{{"deal": {fx["post_deals"][-1]}, "text": "{ASK_TEXT}"}}',
        ),
    ]


def check_endpoints(url: str, scs: list[Scenario]) -> None:
    """One request each before the load: right status, right content, SQL count."""
    from django.db import connection
    from django.test import Client

    print("endpoints (one request each, before the load):")
    for sc in scs:
        status, body = request(url, sc)
        ok = status in (200, 201)
        what = f"{len(body):,} bytes"
        rows = -1
        if sc.key == "queue":
            rows = body.count(b"<tr class=")
            what += f", {rows} task rows"
        elif sc.key == "deal":
            rows = body.count(b"/asks/")
            what += f", {rows} ask links"
        elif sc.key in ("api", "serializer"):
            rows = body.count(b'"ask_text"')
            what += f", {rows} rows"
        # A page that shows nothing (a sign-in page, say) would measure the wrong thing.
        ok = ok and rows != 0
        client = Client(HTTP_HOST="127.0.0.1")
        headers = {k: v for k, v in sc.headers.items() if k != "Cookie"}
        if "Cookie" in sc.headers:
            client.cookies["sessionid"] = sc.headers["Cookie"].split("=", 1)[1]
        queries: list[str] = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            if sc.method == "POST":
                client.post(sc.path, data=sc.body, content_type="application/json", headers=headers)
            else:
                client.get(sc.path, headers=headers)
        print(f"  {sc.label:<30} {status}  {what}, {len(queries)} SQL statements")
        if not ok:
            raise SystemExit(f"{sc.label} answered {status}: {body[:500]!r}")


def fresh_run(args) -> tuple[dict, list[Scenario]]:
    """A new copy of the seed as the run database, with its sessions and tokens."""
    from django.db import connections

    connections.close_all()
    clone_run_db()
    fx = setup_fixtures()
    print(
        f"run database copied from the seed; engineering queue: {fx['live_eng']:,} live "
        f"tasks; deal page: deal {fx['page_deal']}; submissions rotate over "
        f"{len(fx['post_deals'][:400])} deals",
        flush=True,
    )
    scs = scenarios(fx)
    if args.only:
        keep = set(args.only.split(","))
        scs = [
            s
            for s in scs
            if s.key in keep or any(x.yardstick == s.key for x in scs if x.key in keep)
        ]
    return fx, scs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reseed", action="store_true", help="seed the database anew")
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="gunicorn sync workers (default: production's, from gunicorn.conf.py)",
    )
    parser.add_argument("--only", default="", help="comma-separated scenario keys")
    parser.add_argument("--no-explain", action="store_true")
    parser.add_argument(
        "--waits",
        action="store_true",
        help="sample what the database backends wait on during each run (bench/load/waits.py)",
    )
    parser.add_argument("--keep", action="store_true", help=f"keep {RUN_DB} afterwards")
    args = parser.parse_args()
    args.workers = args.workers or production_workers()
    ensure_wrk()

    tmp = Path(tempfile.mkdtemp(prefix="dealdesk_load_"))
    env = bench_env(STATIC_CACHE, secrets.token_urlsafe(40), RUN_DB)
    os.environ.update(env)
    import django

    django.setup()  # settings only: nothing touches the run database before it exists
    from django.conf import settings

    settings.STATIC_ROOT = collect_static(env)
    env["BENCH_STATIC_ROOT"] = os.environ["BENCH_STATIC_ROOT"] = str(settings.STATIC_ROOT)
    print(
        f"load bench: {DEALS:,} deals, {ASKS:,} asks; {args.workers} gunicorn sync workers; "
        f"wrk {args.threads} threads, {args.connections} connections, {args.duration} s; "
        f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    reuse, why = (False, "--reseed") if args.reseed else seed_state()
    print(f"seed: {why}", flush=True)
    if not reuse:
        started = time.perf_counter()
        reseed(env)
        print(f"seeded in {time.perf_counter() - started:.0f} s", flush=True)
    else:
        migrate_seed(env)
    try:
        for n in range(1, args.rounds + 1):
            # Every round on a fresh copy of the seed: a round's submissions add review
            # tasks to the very queue the next round's pages and API list would read.
            fx, scs = fresh_run(args)
            with Server(env, free_port(), tmp / "gunicorn.log", args.workers) as server:
                if n == 1:
                    check_endpoints(server.url, scs)
                print(
                    f"\nround {n} (load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}):",
                    flush=True,
                )
                res = measure(server.url, scs, args, CpuMeter(server.pid))
                print("targets:")
                for line in verdicts(scs, res):
                    print(line)
        if not args.no_explain:
            explain(fx)
    finally:
        if not args.keep:
            drop_run_db()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
