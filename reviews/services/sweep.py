"""The timer sweep: deadlines that passed become paused asks and escalations.

Deadlines live in PostgreSQL (`ReviewTask.due_at`, partial index `task_open_due`), so
a flushed or restarted broker loses none: the next sweep finds them.

Claim before act: a batch takes its rows with ``FOR UPDATE ... SKIP LOCKED`` (the task
and its ask), so two sweeps at once split the work and never do it twice, and a row
an answer is holding is left for the next pass instead of waited on. Each batch is one
transaction: expire, pause, escalate, history, audit and outbox rows land together or
not at all. A batch that fails is split in halves until the bad row is alone; that row
is recorded in the result and skipped, so it never jams the rest.

On PostgreSQL a batch is a handful of set-based statements (one ``UPDATE ... RETURNING``
claims and expires, then ``INSERT ... SELECT`` for history, escalations and audit,
one multi-row insert for the outbox): about 30 statements per 100,000 overdue tasks
instead of Python work per row (``bench/sweep_bench.py``). Other databases (the
embedded SQLite default) take the ORM path, which writes the same rows.
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from audit.chain import append as audit_append
from audit.models import AuditEvent
from audit.services import actor_fields, audit_event_rows
from dealdesk import roles
from dealdesk.middleware import request_id_var
from promises.models import Ask
from reviews.models import Escalation, Notification, ReviewTask

log = logging.getLogger(__name__)
SYSTEM = "system:sweep"
BATCH = 5000
OPEN, EXPIRED = ReviewTask.State.OPEN, ReviewTask.State.EXPIRED
EXPIRED_REASON = "deadline passed"
PAUSED_REASON = "review deadline passed"
REMINDED_REASON = "reminder sent"


@dataclass
class SweepResult:
    expired: int = 0
    reminded: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Claimed:
    """What the outbox text needs from a claimed task."""

    id: int
    ask_id: int
    role: str
    due_at: datetime
    text: str
    assignee_id: int | None = None


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


def _stamp(due_at: datetime) -> str:
    # In the keys: a sweep that runs twice sends once, but a task reopened with a new
    # deadline by the lead is a new event and tells people again.
    return due_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _expired_messages(tasks: Iterable[Claimed], lead_ids: list[int]) -> list[dict]:
    return [
        {
            "recipient_id": lead_id,
            "key": f"expired:{t.id}:{_stamp(t.due_at)}:u{lead_id}",
            "kind": "review_expired",
            "subject": f"Paused: the {t.role} review is overdue on '{t.text[:60]}'",
            "body": (
                f"The {t.role} review was due {t.due_at:%Y-%m-%d %H:%M} UTC and nobody "
                f"answered. The ask is paused until someone does.\n\n{t.text}"
            ),
            "link": f"/asks/{t.ask_id}/",
        }
        for t in tasks
        for lead_id in lead_ids
    ]


def _reminder_messages(tasks: Iterable[Claimed], members: dict[str, list[int]]) -> list[dict]:
    return [
        {
            "recipient_id": user_id,
            "key": f"remind:{t.id}:{_stamp(t.due_at)}:u{user_id}",
            "kind": "review_reminder",
            "subject": f"Due {t.due_at:%Y-%m-%d %H:%M} UTC: {t.role} review",
            "body": f"This review is due soon; silence is never approval.\n\n{t.text}",
            "link": f"/reviews/{t.id}/",
        }
        for t in tasks
        for user_id in ([t.assignee_id] if t.assignee_id else members.get(t.role, []))
    ]


class _People:
    """Active members per role, read at most once per sweep and only when needed."""

    def __init__(self) -> None:
        self._ids: dict[str, list[int]] = {}

    def of(self, role: str) -> list[int]:
        if role not in self._ids:
            self._ids[role] = list(
                get_user_model()
                .objects.filter(groups__name=role, is_active=True)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        return self._ids[role]


# --- PostgreSQL: set-based statements --------------------------------------------------


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _history_sql(model: type[models.Model]) -> str:
    """INSERT ... SELECT copying rows (ids in %s) into the model's historical table.

    Columns come from simple_history's own field list, so a new model field is copied
    without touching this code."""
    history = model.history.model  # type: ignore[attr-defined]
    cols = ", ".join(_q(f.column) for f in history.tracked_fields)
    return (
        f"INSERT INTO {_q(history._meta.db_table)} ({cols}, history_date, history_type, "
        f"history_change_reason, history_user_id) "
        f"SELECT {cols}, %s, %s, %s, NULL FROM {_q(model._meta.db_table)} WHERE id = ANY(%s)"
    )


def _history(cur, model: type[models.Model], ids: list[int], now: datetime, reason: str) -> None:
    if ids and getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        cur.execute(_history_sql(model), [now, "~", reason, ids])


def _audit(action: str, model: type[models.Model], rows, after: dict, reason: str) -> list:
    """Unsaved audit events for (object id, deal id, ask id) rows; `chain.append` writes them."""
    at, label, request_id = timezone.now(), model._meta.label_lower, request_id_var.get()
    actor = actor_fields(SYSTEM)
    return [
        AuditEvent(
            at=at,
            action=action,
            object_type=label,
            object_id=object_id,
            deal_id=deal_id,
            ask_id=ask_id,
            after=after,
            reason=reason,
            request_id=request_id,
            **actor,
        )
        for object_id, deal_id, ask_id in rows
    ]


OUTBOX_INSERT = """
    INSERT INTO reviews_notification (recipient_id, key, kind, subject, body, link, state,
                                      attempts, last_error, created_at)
    SELECT m.recipient_id, m.key, m.kind, m.subject, m.body, m.link, 'pending', 0, '', %s
    FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])
         AS m(recipient_id, key, kind, subject, body, link)
    ON CONFLICT (key) DO NOTHING
"""


def _outbox(cur, messages: list[dict], now: datetime) -> None:
    if messages:
        names = ("recipient_id", "key", "kind", "subject", "body", "link")
        cur.execute(OUTBOX_INSERT, [now, *([m[n] for m in messages] for n in names)])


# Claim and act in one statement. FOR UPDATE ... SKIP LOCKED takes the task and its ask
# (every writer locks the ask before the task, so an answer in flight is skipped, never
# waited on) and KEY SHARE on the deal the audit rows point at, taken now rather than
# by the foreign key check after the audit chain's lock, so the sweep never waits for a
# deal row while holding that lock.
EXPIRE_CLAIM = """
    WITH picked AS (
        SELECT t.id FROM reviews_reviewtask t
        JOIN promises_ask a ON a.id = t.ask_id
        JOIN promises_deal d ON d.id = a.deal_id
        WHERE t.state = 'open' AND t.due_at <= %(now)s
          AND (%(only)s::bigint[] IS NULL OR t.id = ANY(%(only)s))
          AND NOT t.id = ANY(%(skip)s::bigint[])
        ORDER BY t.due_at, t.id
        LIMIT %(limit)s
        FOR UPDATE OF t, a SKIP LOCKED
        FOR KEY SHARE OF d SKIP LOCKED
    )
    UPDATE reviews_reviewtask t SET state = 'expired', expired_at = %(now)s
    FROM picked p, promises_ask a
    WHERE t.id = p.id AND a.id = t.ask_id
    RETURNING t.id, t.ask_id, t.role, t.due_at, a.text, a.deal_id
"""

PAUSE_ASKS = """
    UPDATE promises_ask SET state = 'paused', updated_at = %s
    WHERE id = ANY(%s) AND state NOT IN ('paused', 'withdrawn')
    RETURNING id, deal_id
"""

# Escalation is one per task: a task the lead reopened with a new deadline that expires
# again reopens its escalation instead of failing on the unique key.
ESCALATE = """
    WITH before AS (SELECT task_id FROM reviews_escalation WHERE task_id = ANY(%(ids)s)),
    esc AS (
        INSERT INTO reviews_escalation (task_id, ask_id, created_at, resolved_at)
        SELECT e.task_id, e.ask_id, %(now)s, NULL
        FROM unnest(%(ids)s::bigint[], %(ask_ids)s::bigint[]) AS e(task_id, ask_id)
        ON CONFLICT (task_id) DO UPDATE SET created_at = EXCLUDED.created_at, resolved_at = NULL
        RETURNING id, task_id, ask_id, created_at, resolved_at
    )
    INSERT INTO reviews_historicalescalation (id, task_id, ask_id, created_at, resolved_at,
        history_date, history_type, history_change_reason, history_user_id)
    SELECT esc.id, esc.task_id, esc.ask_id, esc.created_at, esc.resolved_at, %(now)s,
           CASE WHEN esc.task_id IN (SELECT task_id FROM before) THEN '~' ELSE '+' END,
           %(reason)s, NULL
    FROM esc
"""


def _expire_sql(now: datetime, limit: int, only: list[int] | None, skip: list[int], people) -> int:
    with connection.cursor() as cur:
        cur.execute(EXPIRE_CLAIM, {"now": now, "limit": limit, "only": only, "skip": skip})
        rows = cur.fetchall()
        if not rows:
            return 0
        tasks = [Claimed(id=r[0], ask_id=r[1], role=r[2], due_at=r[3], text=r[4]) for r in rows]
        ids = [t.id for t in tasks]
        _history(cur, ReviewTask, ids, now, EXPIRED_REASON)
        cur.execute(PAUSE_ASKS, [now, sorted({t.ask_id for t in tasks})])
        paused = cur.fetchall()
        _history(cur, Ask, [a for a, _ in paused], now, PAUSED_REASON)
        cur.execute(
            ESCALATE,
            {
                "ids": ids,
                "ask_ids": [t.ask_id for t in tasks],
                "now": now,
                "reason": EXPIRED_REASON,
            },
        )
        deal_of = {r[1]: r[5] for r in rows}
        audit_append(
            _audit(
                "review.expired",
                ReviewTask,
                ((t.id, deal_of[t.ask_id], t.ask_id) for t in tasks),
                {"state": "expired"},
                "deadline passed without an answer",
            )
            + _audit(
                "ask.paused",
                Ask,
                ((ask_id, deal_id, ask_id) for ask_id, deal_id in paused),
                {"state": "paused"},
                "a review deadline passed",
            )
        )
        _outbox(cur, _expired_messages(tasks, people.of(roles.LEAD)), now)
    return len(tasks)


REMIND_CLAIM = """
    WITH picked AS (
        SELECT t.id FROM reviews_reviewtask t
        WHERE t.state = 'open' AND t.reminded_at IS NULL AND t.remind_at <= %(now)s
          AND t.due_at > %(now)s
          AND (%(only)s::bigint[] IS NULL OR t.id = ANY(%(only)s))
          AND NOT t.id = ANY(%(skip)s::bigint[])
        ORDER BY t.remind_at, t.id
        LIMIT %(limit)s
        FOR UPDATE SKIP LOCKED
    )
    UPDATE reviews_reviewtask t SET reminded_at = %(now)s
    FROM picked p, promises_ask a
    WHERE t.id = p.id AND a.id = t.ask_id
    RETURNING t.id, t.ask_id, t.role, t.due_at, a.text, t.assignee_id
"""


def _remind_sql(now: datetime, limit: int, only: list[int] | None, skip: list[int], people) -> int:
    with connection.cursor() as cur:
        cur.execute(REMIND_CLAIM, {"now": now, "limit": limit, "only": only, "skip": skip})
        tasks = [Claimed(*row) for row in cur.fetchall()]
        if not tasks:
            return 0
        _history(cur, ReviewTask, [t.id for t in tasks], now, REMINDED_REASON)
        members = {role: people.of(role) for role in {t.role for t in tasks}}
        _outbox(cur, _reminder_messages(tasks, members), now)
    return len(tasks)


# --- Other databases (the embedded SQLite default): the ORM writes the same rows ------


def _claim_orm(qs: QuerySet, order: tuple[str, ...], of: tuple[str, ...], limit, only, skip):
    if only is not None:
        qs = qs.filter(pk__in=only)
    if skip:
        qs = qs.exclude(pk__in=skip)
    return list(
        qs.select_related("ask").select_for_update(skip_locked=True, of=of).order_by(*order)[:limit]
    )


def _notify_orm(messages: list[dict], now: datetime) -> None:
    Notification.objects.bulk_create(
        [Notification(created_at=now, **m) for m in messages], ignore_conflicts=True
    )


def _expire_orm(now: datetime, limit: int, only: list[int] | None, skip: list[int], people) -> int:
    due = ReviewTask.objects.filter(state=OPEN, due_at__lte=now)
    tasks = _claim_orm(due, ("due_at", "id"), ("self", "ask"), limit, only, skip)
    if not tasks:
        return 0
    for task in tasks:
        task.state, task.expired_at = EXPIRED, now
    bulk_update_with_history(
        tasks, ReviewTask, ["state", "expired_at"], default_date=now,
        default_change_reason=EXPIRED_REASON,
    )  # fmt: skip
    asks = {t.ask_id: t.ask for t in tasks}
    paused = [a for a in asks.values() if a.state not in (Ask.State.PAUSED, Ask.State.WITHDRAWN)]
    for ask in paused:
        ask.state, ask.updated_at = Ask.State.PAUSED, now
    bulk_update_with_history(
        paused, Ask, ["state", "updated_at"], default_date=now, default_change_reason=PAUSED_REASON
    )
    reopened = list(Escalation.objects.filter(task__in=tasks))
    for escalation in reopened:
        escalation.created_at, escalation.resolved_at = now, None
    bulk_update_with_history(
        reopened, Escalation, ["created_at", "resolved_at"], default_date=now,
        default_change_reason=EXPIRED_REASON,
    )  # fmt: skip
    known = {e.task_id for e in reopened}
    bulk_create_with_history(
        [Escalation(task=t, ask_id=t.ask_id, created_at=now) for t in tasks if t.pk not in known],
        Escalation,
        default_date=now,
        default_change_reason=EXPIRED_REASON,
    )
    audit_append(
        audit_event_rows(
            actor=SYSTEM,
            action="review.expired",
            reason="deadline passed without an answer",
            objects=[(t, t.ask.deal_id, t.ask_id) for t in tasks],
            after={"state": "expired"},
        )
        + audit_event_rows(
            actor=SYSTEM,
            action="ask.paused",
            reason="a review deadline passed",
            objects=[(a, a.deal_id, a.pk) for a in paused],
            after={"state": "paused"},
        )
    )
    claimed = [Claimed(t.pk, t.ask_id, t.role, t.due_at, t.ask.text) for t in tasks]
    _notify_orm(_expired_messages(claimed, people.of(roles.LEAD)), now)
    return len(tasks)


def _remind_orm(now: datetime, limit: int, only: list[int] | None, skip: list[int], people) -> int:
    due = ReviewTask.objects.filter(
        state=OPEN, reminded_at__isnull=True, remind_at__lte=now, due_at__gt=now
    )
    tasks = _claim_orm(due, ("remind_at", "id"), ("self",), limit, only, skip)
    if not tasks:
        return 0
    for task in tasks:
        task.reminded_at = now
    bulk_update_with_history(
        tasks, ReviewTask, ["reminded_at"], default_date=now, default_change_reason=REMINDED_REASON
    )
    claimed = [Claimed(t.pk, t.ask_id, t.role, t.due_at, t.ask.text, t.assignee_id) for t in tasks]
    members = {role: people.of(role) for role in {t.role for t in tasks}}
    _notify_orm(_reminder_messages(claimed, members), now)
    return len(tasks)


# --- Driving the batches ---------------------------------------------------------------

Step = Callable[[datetime, int, list[int] | None, list[int], _People], int]


def _drain(step: Step, due: QuerySet, now: datetime, batch: int, people: _People, failed) -> int:
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
        if claimed < batch:
            return done


def _bisect(step: Step, ids: list[int], now: datetime, people: _People, failed) -> int:
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


def timers_sweep(*, now: datetime | None = None, batch: int = BATCH) -> SweepResult:
    """Expire overdue reviews (pausing their asks) and send due reminders, as of `now`.

    With nothing due this is two index lookups and nothing else."""
    now = now or timezone.now()
    result = SweepResult()
    people = _People()
    expire, remind = (_expire_sql, _remind_sql) if _use_sql() else (_expire_orm, _remind_orm)
    if list(due_for_expiry(now)):
        due = ReviewTask.objects.filter(state=OPEN, due_at__lte=now).order_by("due_at", "id")
        result.expired = _drain(expire, due, now, batch, people, result.failed)
    if list(due_for_reminder(now)):
        due = ReviewTask.objects.filter(
            state=OPEN, reminded_at__isnull=True, remind_at__lte=now, due_at__gt=now
        ).order_by("remind_at", "id")
        result.reminded = _drain(remind, due, now, batch, people, result.failed)
    if result.expired or result.reminded:
        from reviews.tasks import deliver_pending

        transaction.on_commit(lambda: deliver_pending.delay())
    return result
