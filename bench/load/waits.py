"""What the run database's backends are doing while a scenario is under load.

``bench/load_bench.py --waits`` samples ``pg_stat_activity`` from a thread every
``interval`` seconds during each measured wrk run and prints, per scenario, how the
backend samples split: running a statement, waiting on a lock (``Lock:advisory`` is the
audit chain's lock, `audit.chain`), waiting for the WAL flush of a commit (``IO:WALSync``),
waiting for the web worker inside a transaction (``idle in transaction``), or idle.

Sampling costs the database a small query per interval, so the figures of a run with
``--waits`` are for finding where time goes, not for the targets.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

import psycopg

QUERY = (
    "SELECT state, wait_event_type, wait_event FROM pg_stat_activity "
    "WHERE datname = %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
)


def label(state: str | None, kind: str | None, event: str | None) -> str:
    if state == "active":
        if kind is None:
            return "running"
        return f"waiting {kind}:{event}"
    if state == "idle in transaction":
        return "in transaction, waiting for the app"
    return "idle (between requests)" if state == "idle" else f"{state}"


class WaitSampler:
    """Samples in a thread between start() and stop(); report() gives the shares."""

    def __init__(self, dsn: str, database: str, interval: float = 0.01) -> None:
        self.dsn, self.database, self.interval = dsn, database, interval
        self.counts: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            while not self._stop.is_set():
                rows = conn.execute(QUERY, [self.database]).fetchall()
                self.samples += 1
                for row in rows:
                    self.counts[label(*row)] += 1
                time.sleep(self.interval)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def report(self) -> str:
        total = sum(self.counts.values())
        if not total:
            return "    backends: no samples"
        per = total / max(self.samples, 1)
        parts = [f"{n / total:.0%} {what}" for what, n in self.counts.most_common(6)]
        return (
            f"    backends ({self.samples:,} samples, {per:.1f} connections each): "
            + "; ".join(parts)
        )
