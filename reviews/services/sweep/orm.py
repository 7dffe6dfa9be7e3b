"""The ORM sweep for other databases (the embedded SQLite default): the same rows."""

from datetime import datetime

from django.db.models import QuerySet
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from audit.chain import append as audit_append
from audit.services import audit_event_rows
from dealdesk import roles
from promises.models import Ask
from reviews.models import Escalation, Notification, ReviewTask
from reviews.services.sweep.rows import (
    EXPIRED,
    EXPIRED_REASON,
    OPEN,
    PAUSED_REASON,
    REMINDED_REASON,
    SYSTEM,
    Claimed,
    People,
    expired_messages,
    reminder_messages,
)


def _claim(qs: QuerySet, order: tuple[str, ...], of: tuple[str, ...], limit, only, skip):
    if only is not None:
        qs = qs.filter(pk__in=only)
    if skip:
        qs = qs.exclude(pk__in=skip)
    return list(
        qs.select_related("ask")
        .select_for_update(skip_locked=True, of=of, no_key=True)
        .order_by(*order)[:limit]
    )


def _notify(messages: list[dict], now: datetime) -> None:
    Notification.objects.bulk_create(
        [Notification(created_at=now, **m) for m in messages], ignore_conflicts=True
    )


def expire(
    now: datetime, limit: int, only: list[int] | None, skip: list[int], people: People
) -> int:
    due = ReviewTask.objects.filter(state=OPEN, due_at__lte=now)
    tasks = _claim(due, ("due_at",), ("self", "ask"), limit, only, skip)
    if not tasks:
        return 0
    for task in tasks:
        task.state, task.expired_at = EXPIRED, now
    bulk_update_with_history(
        tasks,
        ReviewTask,
        ["state", "expired_at"],
        default_date=now,
        default_change_reason=EXPIRED_REASON,
    )
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
    # One escalation per task: a task the lead reopened that expires again reopens it.
    bulk_update_with_history(
        reopened,
        Escalation,
        ["created_at", "resolved_at"],
        default_date=now,
        default_change_reason=EXPIRED_REASON,
    )
    known = {e.task_id for e in reopened}
    bulk_create_with_history(
        [Escalation(task=t, ask_id=t.ask_id, created_at=now) for t in tasks if t.pk not in known],
        Escalation,
        default_date=now,
        default_change_reason=EXPIRED_REASON,
    )
    claimed = [Claimed(t.pk, t.ask_id, t.role, t.due_at, t.ask.text) for t in tasks]
    _notify(expired_messages(claimed, people.of(roles.LEAD)), now)
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
    return len(tasks)


def remind(
    now: datetime, limit: int, only: list[int] | None, skip: list[int], people: People
) -> int:
    due = ReviewTask.objects.filter(
        state=OPEN, reminded_at__isnull=True, remind_at__lte=now, due_at__gt=now
    )
    tasks = _claim(due, ("remind_at",), ("self",), limit, only, skip)
    if not tasks:
        return 0
    for task in tasks:
        task.reminded_at = now
    bulk_update_with_history(
        tasks, ReviewTask, ["reminded_at"], default_date=now, default_change_reason=REMINDED_REASON
    )
    claimed = [Claimed(t.pk, t.ask_id, t.role, t.due_at, t.ask.text, t.assignee_id) for t in tasks]
    members = {role: people.of(role) for role in {t.role for t in tasks}}
    _notify(reminder_messages(claimed, members), now)
    return len(tasks)
