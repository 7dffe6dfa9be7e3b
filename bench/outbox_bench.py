"""How fast a real Celery worker empties the notification outbox.

Run from the repository root:  python bench/outbox_bench.py [--rows 10000] [--keep]

Self-contained: it creates a scratch PostgreSQL database (``dealdesk_outbox_bench`` on
the server in ``BENCH_PG_URL``, default ``postgres://postgres@127.0.0.1:5432``),
migrates it, and starts ``celery -A dealdesk worker --pool=prefork`` (``--concurrency``
processes, default 2) as a subprocess on a queue of its own, with Redis from
``BENCH_REDIS_URL`` (default ``redis://127.0.0.1:6379/13``) as the broker and Django's
*dummy* email backend (it accepts every message and sends nothing), so the figures are
the outbox's own cost: lock the row, send, mark it sent and record the attempt, one
transaction per row.

It then seeds ``--rows`` pending notifications and times, until the database says
every row is sent:

1. ``deliver_pending``, the beat task: it reads the due rows and fans them out in
   chunks of 500 ids to ``send_notifications`` tasks, so both worker processes send;
2. one ``send_notification`` message per row (what ``notify`` enqueues on commit),
   with the worker reusing its database connection (``CELERY_DB_REUSE_MAX``);
3. the same with ``CELERY_DB_REUSE_MAX=0``, Celery's default, where the Django fixup
   closes the connection around every task (on ``--rows-reconnect`` rows, default
   2000, because it is slow).

After each run it checks that every row was sent once with one successful attempt.
The scratch database is dropped at the end unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVER = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
DB_NAME = "dealdesk_outbox_bench"
ENV = {
    "DJANGO_SETTINGS_MODULE": "dealdesk.settings.base",
    "DATABASE_URL": f"{SERVER}/{DB_NAME}",
    "REDIS_URL": REDIS_URL,
    "CELERY_TASK_ALWAYS_EAGER": "false",
    "DEBUG": "false",
    "LOG_LEVEL": "WARNING",
    "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
}
os.environ.update(ENV)

import psycopg  # noqa: E402


def recreate_database() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    from django.db import connections

    connections.close_all()
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


class Worker:
    """A real `celery worker` subprocess consuming one queue of its own."""

    def __init__(self, queue: str, concurrency: int, **env: str) -> None:
        self.queue = queue
        self.proc = subprocess.Popen(
            [
                str(ROOT / ".venv" / "bin" / "celery"),
                "-A",
                "dealdesk",
                "worker",
                "--pool=prefork",
                f"--concurrency={concurrency}",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=WARNING",
                "-Q",
                queue,
                "-n",
                f"{queue}@%h",
            ],
            cwd=ROOT,
            env={**os.environ, **ENV, **env},
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        from dealdesk.celery import app

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the worker exited during start-up")
            if app.control.ping(timeout=0.5):
                return
        raise RuntimeError("the worker did not answer a ping in time")

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def forget_queue(queue: str) -> None:
    """Drop the bindings kombu keeps in Redis for the bench's one-off queue."""
    import redis

    broker = redis.Redis.from_url(REDIS_URL)
    keys = list(broker.scan_iter(match=f"*{queue}*"))
    if keys:
        broker.delete(*keys)


def seed(rows: int) -> list[int]:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from reviews.models import Notification

    user, _ = get_user_model().objects.get_or_create(
        username="lead", defaults={"email": "lead@example.com"}
    )
    batch = uuid.uuid4().hex[:8]
    now = timezone.now()
    created = Notification.objects.bulk_create(
        Notification(
            recipient=user,
            key=f"bench:{batch}:{i}",
            kind="review_expired",
            subject=f"Paused: the engineering review is overdue ({i})",
            body="The engineering review was due and nobody answered.",
            link="/asks/1/",
            created_at=now,
        )
        for i in range(rows)
    )
    return [n.pk for n in created]


def wait_sent(ids: list[int], timeout: float) -> float:
    from reviews.models import Notification

    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        sent = Notification.objects.filter(pk__in=ids, state=Notification.State.SENT).count()
        if sent == len(ids):
            return time.perf_counter() - started
        time.sleep(0.05)
    raise RuntimeError(f"only {sent} of {len(ids)} sent after {timeout:.0f} s")


def check(ids: list[int]) -> str:
    from django.db.models import Count, Q

    from reviews.models import Notification

    rows = Notification.objects.filter(pk__in=ids).aggregate(
        sent=Count("pk", filter=Q(state="sent")),
        once=Count("pk", filter=Q(attempts=1)),
    )
    from reviews.models import NotificationAttempt

    ok = NotificationAttempt.objects.filter(notification__in=ids, ok=True).count()
    assert rows["sent"] == rows["once"] == ok == len(ids), (rows, ok)
    return f"all {len(ids):,} sent once, {ok:,} ok attempts"


def run(label: str, rows: int, enqueue, queue: str) -> None:
    ids = seed(rows)
    started = time.perf_counter()
    enqueue(ids, queue)
    enqueued = time.perf_counter() - started
    elapsed = wait_sent(ids, timeout=max(120, rows / 50))
    print(f"{label}")
    print(f"  {rows:,} rows in {elapsed:.2f} s = {rows / elapsed:,.0f} per second (target >= 500)")
    print(f"  enqueueing took {enqueued:.2f} s; {check(ids)}")


def via_deliver_pending(ids: list[int], queue: str) -> None:
    from reviews.tasks import deliver_pending

    deliver_pending.apply_async(queue=queue)  # it fans the chunks out on the same queue


def one_message_per_row(ids: list[int], queue: str) -> None:
    from reviews.tasks import send_notification

    for pk in ids:
        send_notification.apply_async(args=[pk], queue=queue)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rows-reconnect", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args()

    recreate_database()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    queue = f"outbox-bench-{uuid.uuid4().hex[:8]}"
    print(f"worker: prefork, concurrency {args.concurrency}, dummy email backend, queue {queue}")
    try:
        worker = Worker(queue, args.concurrency)
        try:
            worker.wait_ready()
            label = "1. deliver_pending fanning out chunks of 500"
            run(label, args.rows, via_deliver_pending, queue)
            label = "2. one send_notification per row, connection reused"
            run(label, args.rows, one_message_per_row, queue)
        finally:
            worker.stop()
        worker = Worker(queue, args.concurrency, CELERY_DB_REUSE_MAX="0")
        try:
            worker.wait_ready()
            label = "3. the same with CELERY_DB_REUSE_MAX=0: connection closed around each task"
            run(label, args.rows_reconnect, one_message_per_row, queue)
        finally:
            worker.stop()
    finally:
        forget_queue(queue)
        if not args.keep:
            drop_database()


if __name__ == "__main__":
    main()
