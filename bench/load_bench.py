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
   reused (open reviews are then still not due); ``--reseed`` forces a new one.
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
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

try:
    import django  # noqa: F401
    import psycopg
except ImportError:  # run with a bare python: use the project's virtualenv
    if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parents[1].resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *sys.argv])
    raise

sys.path.insert(0, str(ROOT))

SERVER = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
SEED_DB = "dealdesk_load_seed"
RUN_DB = "dealdesk_load"
DEALS, ASKS = 10_000, 100_000
SEED_MAX_AGE = timedelta(hours=20)
ASK_TEXT = "Customer needs a nightly CSV export of five agreed order fields to their SFTP server."


def production_workers() -> int:
    """The worker count gunicorn.conf.py gives production (WEB_CONCURRENCY or its default)."""
    import runpy

    return int(runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"])

STATIC_CACHE = Path(tempfile.gettempdir()) / "dealdesk_load_static"


def ensure_wrk() -> None:
    """wrk is Debian's package `wrk`: installed here when missing and we are root."""
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing wrk (apt-get install -y wrk)", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        quiet = {"stdout": subprocess.DEVNULL, "env": env, "timeout": 600}
        if subprocess.run(["apt-get", "install", "-y", "wrk"], **quiet).returncode != 0:
            subprocess.run(["apt-get", "update"], **quiet)
            subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, **quiet)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")


def collect_static(env: dict[str, str]) -> Path:
    """collectstatic into a temporary STATIC_ROOT, as production does (pages take the
    hashed names from its manifest); reused while the static sources are unchanged."""
    import hashlib

    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in finder.list([]):
            st = os.stat(storage.path(path))
            digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    root = STATIC_CACHE / digest.hexdigest()[:16]
    if (root / "staticfiles.json").exists():
        return root
    shutil.rmtree(STATIC_CACHE, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=dict(env, BENCH_STATIC_ROOT=str(root)),
        check=True,
        timeout=900,
    )
    print(f"collectstatic into {root} in {time.perf_counter() - started:.0f} s", flush=True)
    return root


def bench_env(static_root: Path, secret: str, db: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.load.settings",
        SECRET_KEY=secret,
        DATABASE_URL=f"{SERVER}/{db}",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        # As in production the web workers share a Redis cache (the API write throttle
        # counts there); db 14 keeps it apart from the test suite's db 15. No Celery
        # task is sent by the measured requests (the bench's ask has no commercial terms).
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        LOG_LEVEL="WARNING",
        BENCH_STATIC_ROOT=str(static_root),
        API_WRITE_THROTTLE="1000000/minute",
        PYTHONPATH=str(ROOT),
    )
    return env


# -- databases -------------------------------------------------------------------------


def admin() -> psycopg.Connection:
    return psycopg.connect(f"{SERVER}/postgres", autocommit=True)


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
    seed_env = dict(env, DATABASE_URL=f"{SERVER}/{SEED_DB}")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        cwd=ROOT,
        env=seed_env,
        check=True,
        timeout=600,
    )
    print(f"  migrated in {time.perf_counter() - started:.1f} s", flush=True)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "load" / "seed.py"),
            "--deals",
            str(DEALS),
            "--asks",
            str(ASKS),
        ],
        cwd=ROOT,
        env=seed_env,
        check=True,
        timeout=1800,
    )


def migrate_seed(env: dict[str, str]) -> None:
    """Apply migrations added since the seed was made (an index, say) to the seed."""
    seed_env = dict(env, DATABASE_URL=f"{SERVER}/{SEED_DB}")
    pending = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--check", "-v0"],
        cwd=ROOT,
        env=seed_env,
        timeout=300,
        capture_output=True,
    )
    if pending.returncode == 0:
        return
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v1"],
        cwd=ROOT,
        env=seed_env,
        check=True,
        timeout=900,
    )
    with psycopg.connect(f"{SERVER}/{SEED_DB}", autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


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


# -- the server -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu(pid: int) -> float:
    """utime + stime of one process, in seconds (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _processes() -> dict[int, tuple[int, str]]:
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except (OSError, IndexError, ValueError):
                continue
            out[int(entry.name)] = (ppid, cmd)
    return out


class CpuMeter:
    """CPU seconds spent by the gunicorn workers and by the PostgreSQL backends serving
    the run database during a load run. With other work on the machine, req/s move
    with the neighbours; CPU per request much less, so both are printed."""

    def __init__(self, master: int) -> None:
        self.master = master

    def sample(self) -> tuple[dict[int, float], dict[int, float]]:
        procs = _processes()
        app = {pid: _cpu(pid) for pid, (ppid, _) in procs.items() if ppid == self.master}
        db = {
            pid: _cpu(pid)
            for pid, (_, cmd) in procs.items()
            if cmd.startswith("postgres: ") and f" {RUN_DB} " in cmd
        }
        return app, db

    @staticmethod
    def spent(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


class Server:
    def __init__(self, env: dict[str, str], port: int, log: Path, workers: int) -> None:
        self.env, self.port, self.log, self.workers = env, port, log, workers
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.proc = subprocess.Popen(
            [
                str(gunicorn),
                "dealdesk.wsgi:application",
                "--config",
                str(ROOT / "gunicorn.conf.py"),
                "--workers",
                str(self.workers),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--chdir",
                str(ROOT),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit("gunicorn exited:\n" + self.log.read_text()[-3000:])
            try:
                with urllib.request.urlopen(f"{self.url}/bench/one/1/", timeout=2) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        self.__exit__()
        raise SystemExit("gunicorn did not answer in 60 s:\n" + self.log.read_text()[-3000:])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # gunicorn's graceful stop, workers too
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# -- scenarios ----------------------------------------------------------------------------


@dataclass
class Scenario:
    key: str
    label: str
    path: str
    headers: dict[str, str]
    yardstick: str | None = None
    min_ratio: float = 0.0
    lua: Path | None = None
    lua_env: dict[str, str] | None = None
    method: str = "GET"
    body: str | None = None


@dataclass
class Result:
    rps: float
    p50: float
    p99: float
    requests: int
    bad: int
    errors: str
    app_ms: float = 0.0  # gunicorn workers' CPU per request
    db_ms: float = 0.0  # PostgreSQL backends' CPU per request

    @property
    def cpu_ms(self) -> float:
        return self.app_ms + self.db_ms


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def wrk(url: str, sc: Scenario, duration: int, connections: int, threads: int) -> Result:
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    for name, value in sc.headers.items():
        cmd += ["-H", f"{name}: {value}"]
    env = dict(os.environ, **(sc.lua_env or {}))
    if sc.lua:
        cmd += ["-s", str(sc.lua)]
    cmd.append(url + sc.path)
    out = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=duration + 60, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.M))
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return Result(
        rps,
        _ms(lat["50"]),
        _ms(lat["99"]),
        total,
        int(bad.group(1)) if bad else 0,
        errors.group(1) if errors else "",
    )


def request(url: str, sc: Scenario) -> tuple[int, bytes]:
    req = urllib.request.Request(
        url + sc.path,
        method=sc.method,
        headers=dict(sc.headers),
        data=sc.body.encode() if sc.body else None,
    )
    if sc.body:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


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
            rows = body.count(b'<tr class=')
            what += f", {rows} task rows"
        elif sc.key == "deal":
            rows = body.count(b'/asks/')
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


def measure(url: str, scs: list[Scenario], args, meter: CpuMeter) -> dict[str, Result]:
    results = {}
    for sc in scs:
        checkpoint()
        wrk(url, sc, 3, args.connections, args.threads)  # warm-up
        sampler = None
        if args.waits:
            from bench.load.waits import WaitSampler

            sampler = WaitSampler(f"{SERVER}/postgres", RUN_DB)
            sampler.start()
        app0, db0 = meter.sample()
        r = wrk(url, sc, args.duration, args.connections, args.threads)
        app1, db1 = meter.sample()
        if sampler is not None:
            sampler.stop()
        r.app_ms = 1000 * meter.spent(app0, app1) / max(r.requests, 1)
        r.db_ms = 1000 * meter.spent(db0, db1) / max(r.requests, 1)
        results[sc.key] = r
        extra = f"  non-2xx {r.bad}" if r.bad else ""
        extra += f"  socket errors: {r.errors}" if r.errors else ""
        print(
            f"  {sc.label:<30} {r.rps:8.1f} req/s  p50 {r.p50:7.2f} ms  p99 {r.p99:7.2f} ms"
            f"  cpu/req app {r.app_ms:5.2f} + db {r.db_ms:5.2f} ms"
            f"  ({r.requests:,} requests){extra}",
            flush=True,
        )
        if sampler is not None:
            print(sampler.report(), flush=True)
    return results


def verdicts(scs: list[Scenario], res: dict[str, Result]) -> list[str]:
    lines, labels = [], {s.key: s.label for s in scs}
    for sc in scs:
        if not sc.yardstick:
            continue
        r, y = res[sc.key], res[sc.yardstick]
        ratio = r.rps / y.rps
        p99x = r.p99 / y.p99
        ok_rps = ratio >= sc.min_ratio and r.bad == 0
        ok_p99 = p99x < 3.0
        cpu = f"; by CPU per request {y.cpu_ms / r.cpu_ms:.0%}" if r.cpu_ms and y.cpu_ms else ""
        lines.append(
            f"  {sc.label:<30} {ratio:6.0%} of {labels[sc.yardstick]:<30} "
            f"(target >= {sc.min_ratio:.0%}) {'PASS' if ok_rps else 'FAIL'}; "
            f"p99 {p99x:4.1f}x (target < 3x) {'PASS' if ok_p99 else 'FAIL'}{cpu}"
        )
    return lines


BIG_TABLES = (
    "reviews_reviewtask",
    "promises_ask",
    "promises_deal",
    "reviews_decision",
    "audit_auditevent",
    "reviews_notification",
    "closeplans_closeplanversion",
)


def _captured(fn) -> list[tuple[str, object]]:
    """The statements a call sends (it runs them), for EXPLAIN."""
    from django.db import connection

    statements: list[tuple[str, object]] = []

    def keep(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        fn()
    return statements


def explain(fx: dict) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the statements the hot paths really send."""
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from audit.selectors import deal_timeline
    from promises.models import Deal
    from reviews.models import ReviewTask
    from reviews.services.sweep import due_for_expiry

    now = timezone.now()
    deal = Deal.objects.get(pk=fx["page_deal"])
    eng, sales = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    eng.cookies["sessionid"], sales.cookies["sessionid"] = fx["eng_session"], fx["sales_session"]
    token = {"Authorization": f"Token {fx['eng_token']}"}

    def big(where: str, statements) -> list[tuple[str, tuple[str, object]]]:
        out = []
        for sql, params in statements:
            table = re.search(r'FROM "(\w+)"', sql)
            if not (
                sql.lstrip().upper().startswith("SELECT") and table and table.group(1) in BIG_TABLES
            ):
                continue
            what = "count of " if sql.lstrip().upper().startswith("SELECT COUNT") else ""
            out.append((f"{where}: {what}{table.group(1)}", (sql, params)))
        return out

    hot = [
        *big("queue page", _captured(lambda: eng.get("/reviews/"))),
        *big("API queue list", _captured(lambda: eng.get("/api/review-tasks/", headers=token))),
        *big("sweep: anything due?", _captured(lambda: list(due_for_expiry(now)))),
        *big(
            "sweep: due tasks",
            _captured(
                lambda: list(
                    ReviewTask.objects.filter(state="open", due_at__lte=now).order_by("due_at")[
                        :5000
                    ]
                )
            ),
        ),
        *big("deal page", _captured(lambda: sales.get(f"/deals/{deal.pk}/"))),
        *big(
            "deal history",
            _captured(lambda: list(deal_timeline(deal=deal).select_related("actor")[:1000])),
        ),
    ]
    print("\nEXPLAIN (ANALYZE, BUFFERS) of the statements the hot paths send, at this scale:")
    summary = []
    for label, (sql, params) in hot:
        with connection.cursor() as cur:
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = "\n".join(row[0] for row in cur.fetchall())
        indexes = sorted(
            set(
                re.findall(r"Index (?:Only )?Scan(?: Backward)? using (\w+)", plan)
                + re.findall(r"Bitmap Index Scan on (\w+)", plan)
            )
        )
        seqs = sorted(set(re.findall(r"Seq Scan on (\w+)", plan)))
        took = re.search(r"Execution Time: ([\d.]+) ms", plan)
        line = (
            f"{label:<50} {took.group(1) if took else '?':>8} ms  indexes: "
            f"{', '.join(indexes) or 'none'}"
        )
        if seqs:
            with connection.cursor() as cur:
                cur.execute(
                    "SELECT relname, greatest(reltuples, 0)::bigint FROM pg_class "
                    "WHERE relname = ANY(%s)",
                    [seqs],
                )
                sizes = dict(cur.fetchall())
            line += "  seq scan: " + ", ".join(f"{t} ({sizes.get(t, '?')} rows)" for t in seqs)
        summary.append(line)
        print(f"\n-- {line}\n   {' '.join(sql.split())[:300]}")
        for row in plan.splitlines():
            print(f"   {row}")
    print("\nsummary:")
    for line in summary:
        print(f"  {line}")


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
