"""Driving the served app with wrk: the scenarios' shape, one wrk run parsed into a
result, a single request, the measured rounds (with CPU per request and, on request,
the backends' waits) and the PASS/FAIL verdicts against the yardsticks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench.load.databases import RUN_DB, SERVER, checkpoint
from bench.load.serve import CpuMeter


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
