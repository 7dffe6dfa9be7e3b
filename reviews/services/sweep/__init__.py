"""The timer sweep: deadlines that passed become paused asks and escalations.

Deadlines live in PostgreSQL (`ReviewTask.due_at`, partial index `task_open_due`), so
a flushed or restarted broker loses none: the next sweep finds them.

Claim before act: a batch takes its rows with ``FOR UPDATE ... SKIP LOCKED`` (the task
and its ask), so two sweeps at once split the work and never do it twice, and a row
an answer is holding is left for the next pass instead of waited on. Each batch is one
transaction: expire, pause, escalate, history, audit and outbox rows land together or
not at all. A batch that fails is split in halves until the bad row is alone; that row
is recorded in the result and skipped, so it never jams the rest.

On PostgreSQL (`pg.py`) a batch of 5,000 tasks is seven set-based statements and one
COPY: one ``UPDATE ... RETURNING`` claims and expires, ``INSERT ... SELECT`` writes the
history and escalation rows, one multi-row insert the outbox and COPY the audit events,
instead of Python work per row; two drains run at once (`_run`). Other databases (the
embedded SQLite default) take the ORM path (`orm.py`), which writes the same rows.
Figures: ``bench/sweep_bench.py``.
"""

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from reviews.models import ReviewTask
from reviews.services.sweep import orm, pg
from reviews.services.sweep.rows import OPEN, SYSTEM, People, SweepResult

__all__ = ["BATCH", "SYSTEM", "WORKERS", "SweepResult", "due_for_expiry", "timers_sweep"]

log = logging.getLogger(__name__)
BATCH = 5000
# Parallel drains per sweep on PostgreSQL (see `_run`).
WORKERS = 2


def _use_sql() -> bool:
    return connection.vendor == "postgresql"


def due_for_expiry(now: datetime) -> QuerySet:
    """The 'anything due?' probe: an index-only scan of the partial index task_open_due."""
    return (
        ReviewTask.objects.filter(state=OPEN, due_at__lte=now).order_by().values_list("due_at")[:1]
    )


def due_for_reminder(now: datetime) -> QuerySet:
    return (
        ReviewTask.objects.filter(
            state=OPEN, reminded_at__isnull=True, remind_at__lte=now, due_at__gt=now
        )
        .order_by()
        .values_list("remind_at")[:1]
    )


Step = Callable[[datetime, int, list[int] | None, list[int], People], int]


def _drain(step: Step, due: QuerySet, now: datetime, batch: int, people: People, failed) -> int:
    """Run `step` in one-transaction batches until nothing is left to claim.

    A failed batch is rolled back whole; its rows are then retried in halves, each
    half its own transaction, until a row that fails alone is recorded in `failed`
    and skipped for the rest of this sweep."""
    done = 0
    while True:
        skip = [task_id for task_id, _ in failed]
        try:
            with transaction.atomic():
                claimed = step(now, batch, None, skip, people)
        except Exception:
            log.warning("sweep batch failed; retrying it in smaller parts", exc_info=True)
            ids = list(due.exclude(pk__in=skip).values_list("pk", flat=True)[:batch])
            before = (done, len(failed))
            done += _bisect(step, ids, now, people, failed)
            if (done, len(failed)) == before:  # no row is to blame: leave it for the next sweep
                log.error("sweep batch keeps failing without a culprit row; giving up this pass")
                return done
            continue
        done += claimed
        # Stop only when a claim finds nothing. A short batch is not enough: rows whose
        # task or ask another sweep held a moment ago were skipped, and that sweep may
        # have claimed only a sibling task of the ask. Each drain claims once more after
        # every batch it commits, so whoever commits last picks up what was skipped.
        if claimed == 0:
            return done


def _bisect(step: Step, ids: list[int], now: datetime, people: People, failed) -> int:
    if not ids:
        return 0
    try:
        with transaction.atomic():
            return step(now, len(ids), ids, [], people)
    except Exception as exc:
        if len(ids) == 1:  # record and move on: one bad row must not jam the sweep
            log.exception("sweep could not handle review task %s", ids[0])
            failed.append((ids[0], f"{type(exc).__name__}: {exc}"))
            return 0
    half = len(ids) // 2
    return _bisect(step, ids[:half], now, people, failed) + _bisect(
        step, ids[half:], now, people, failed
    )


def _run(step: Step, due: Callable[[], QuerySet], now, batch: int, failed, workers: int) -> int:
    """Drain with `workers` threads, each on its own connection, when that is safe.

    Batches claim with SKIP LOCKED, so parallel drains split the work exactly as two
    sweeps at once do. Python (building rows, hashing the audit chain) and PostgreSQL
    then work at the same time. Inside a transaction (a caller's, or a test's) the
    threads could not see its rows, and SQLite has one writer: one drain there."""
    if workers <= 1 or connection.in_atomic_block or not _use_sql():
        return _drain(step, due(), now, batch, People(), failed)

    def drain() -> int:
        try:
            return _drain(step, due(), now, batch, People(), failed)
        finally:
            connection.close()  # this thread's own connection

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sweep") as pool:
        return sum(pool.map(lambda _: drain(), range(workers)))


def timers_sweep(
    *, now: datetime | None = None, batch: int = BATCH, workers: int = WORKERS
) -> SweepResult:
    """Expire overdue reviews (pausing their asks) and send due reminders, as of `now`.

    With nothing due this is two index lookups and nothing else."""
    now = now or timezone.now()
    result = SweepResult()
    path = pg if _use_sql() else orm
    if list(due_for_expiry(now)):

        def expiring() -> QuerySet:
            return ReviewTask.objects.filter(state=OPEN, due_at__lte=now).order_by("due_at")

        result.expired = _run(path.expire, expiring, now, batch, result.failed, workers)
    if list(due_for_reminder(now)):

        def reminding() -> QuerySet:
            return ReviewTask.objects.filter(
                state=OPEN, reminded_at__isnull=True, remind_at__lte=now, due_at__gt=now
            ).order_by("remind_at")

        result.reminded = _run(path.remind, reminding, now, batch, result.failed, workers)
    # Two drains can both meet the same bad row before either has recorded it.
    result.failed = list(dict(result.failed).items())
    if result.expired or result.reminded:
        from reviews.tasks import deliver_pending

        transaction.on_commit(lambda: deliver_pending.delay())
    return result
