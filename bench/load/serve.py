"""Serving the app for the load bench as production does: settings and environment,
collected static files, gunicorn with production's config, and the CPU meter that reads
the gunicorn workers' and the PostgreSQL backends' CPU time from /proc."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.load.databases import RUN_DB, SERVER

ROOT = Path(__file__).resolve().parents[2]


def production_workers() -> int:
    """The worker count gunicorn.conf.py gives production (WEB_CONCURRENCY or its default)."""
    import runpy

    return int(runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"])


STATIC_CACHE = Path(tempfile.gettempdir()) / "dealdesk_load_static"


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
