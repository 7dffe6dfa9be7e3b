"""The PostgreSQL sweep: a batch is a few set-based statements, not Python per row."""

from datetime import datetime

from django.conf import settings
from django.db import connection, models
from django.utils import timezone

from audit.chain import append as audit_append
from audit.models import AuditEvent
from dealdesk import roles
from dealdesk.middleware import request_id_var
from promises.models import Ask
from reviews.models import ReviewTask
from reviews.services.sweep.rows import (
    EXPIRED_REASON,
    PAUSED_REASON,
    REMINDED_REASON,
    SYSTEM,
    Claimed,
    People,
    expired_messages,
    reminder_messages,
)


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
    """Unsaved audit events for (object id, deal id, ask id) rows; `audit_append` writes them.

    Built positionally, in the model's field order (three times cheaper than keyword
    construction, which matters at 150,000 events); fields not named here keep their
    defaults, so a field added to AuditEvent later still gets a value."""
    fields = AuditEvent._meta.concrete_fields
    values = {f.attname: f.get_default() for f in fields}
    values.update(
        at=timezone.now(),
        action=action,
        object_type=model._meta.label_lower,
        after=after,
        reason=reason,
        request_id=request_id_var.get(),
        actor_id=None,
        actor_label=SYSTEM,
    )
    names = [f.attname for f in fields]
    events = []
    for values["object_id"], values["deal_id"], values["ask_id"] in rows:
        events.append(AuditEvent(*[values[n] for n in names]))  # type: ignore[misc]
    return events


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
# waited on) and KEY SHARE on the deal the audit rows point at. Django's foreign keys
# are checked at commit, after the audit chain's lock is taken: holding the deal now
# means the sweep never waits, with that lock held, for a writer that has the deal
# (decision_give) and waits for the same lock.
EXPIRE_CLAIM = """
    WITH picked AS (
        SELECT t.id FROM reviews_reviewtask t
        JOIN promises_ask a ON a.id = t.ask_id
        JOIN promises_deal d ON d.id = a.deal_id
        WHERE t.state = 'open' AND t.due_at <= %(now)s
          AND (%(only)s::bigint[] IS NULL OR t.id = ANY(%(only)s))
          AND NOT t.id = ANY(%(skip)s::bigint[])
        ORDER BY t.due_at  -- no tie-break: an id would make the planner read task_live_due,
                           -- whose already-expired entries each batch would wade through
        LIMIT %(limit)s
        FOR NO KEY UPDATE OF t, a SKIP LOCKED
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


def expire(
    now: datetime, limit: int, only: list[int] | None, skip: list[int], people: People
) -> int:
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
        _outbox(cur, expired_messages(tasks, people.of(roles.LEAD)), now)
        deal_of = {r[1]: r[5] for r in rows}
        # Last: the audit chain's lock is held from here to commit, so keep that short.
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
            ),
            copy=True,
        )
    return len(tasks)


REMIND_CLAIM = """
    WITH picked AS (
        SELECT t.id FROM reviews_reviewtask t
        WHERE t.state = 'open' AND t.reminded_at IS NULL AND t.remind_at <= %(now)s
          AND t.due_at > %(now)s
          AND (%(only)s::bigint[] IS NULL OR t.id = ANY(%(only)s))
          AND NOT t.id = ANY(%(skip)s::bigint[])
        ORDER BY t.remind_at
        LIMIT %(limit)s
        FOR UPDATE SKIP LOCKED
    )
    UPDATE reviews_reviewtask t SET reminded_at = %(now)s
    FROM picked p, promises_ask a
    WHERE t.id = p.id AND a.id = t.ask_id
    RETURNING t.id, t.ask_id, t.role, t.due_at, a.text, t.assignee_id
"""


def remind(
    now: datetime, limit: int, only: list[int] | None, skip: list[int], people: People
) -> int:
    with connection.cursor() as cur:
        cur.execute(REMIND_CLAIM, {"now": now, "limit": limit, "only": only, "skip": skip})
        tasks = [Claimed(*row) for row in cur.fetchall()]
        if not tasks:
            return 0
        _history(cur, ReviewTask, [t.id for t in tasks], now, REMINDED_REASON)
        members = {role: people.of(role) for role in {t.role for t in tasks}}
        _outbox(cur, reminder_messages(tasks, members), now)
    return len(tasks)
