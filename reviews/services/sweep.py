"""The timer sweep: deadlines that passed become paused asks and escalations.

Deadlines live in PostgreSQL (`ReviewTask.due_at`, partial index `task_open_due`), so
a flushed or restarted broker loses none: the next sweep finds them. The sweep claims
rows with SELECT ... FOR UPDATE SKIP LOCKED, so two sweeps at once split the work and
never do it twice. Each batch is one transaction: expire, pause, escalate, history,
audit and outbox rows land together or not at all. A batch that fails is retried row
by row so one bad row is recorded and skipped instead of jamming every later sweep.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from audit.models import AuditEvent
from audit.services import audit_event_rows
from dealdesk import roles
from promises.models import Ask
from reviews.models import Escalation, Notification, ReviewTask

log = logging.getLogger(__name__)
SYSTEM = "system:sweep"
BATCH = 2000


@dataclass
class SweepResult:
    expired: int = 0
    reminded: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)


def _members(role: str) -> list:
    return list(get_user_model().objects.filter(groups__name=role, is_active=True))


def _expire_batch(tasks: list[ReviewTask], now: datetime, leads: list) -> None:
    asks: dict[int, Ask] = {}
    for task in tasks:
        task.state = ReviewTask.State.EXPIRED
        task.expired_at = now
        if task.ask.state != Ask.State.WITHDRAWN:
            asks[task.ask_id] = task.ask
    bulk_update_with_history(
        tasks,
        ReviewTask,
        ["state", "expired_at"],
        default_date=now,
        default_change_reason="deadline passed",
    )
    paused = [a for a in asks.values() if a.state != Ask.State.PAUSED]
    for ask in paused:
        ask.state = Ask.State.PAUSED
        ask.updated_at = now
    bulk_update_with_history(
        paused,
        Ask,
        ["state", "updated_at"],
        default_date=now,
        default_change_reason="review deadline passed",
    )
    bulk_create_with_history(
        [Escalation(task=t, ask_id=t.ask_id, created_at=now) for t in tasks],
        Escalation,
        default_date=now,
    )
    events = audit_event_rows(
        actor=SYSTEM,
        action="review.expired",
        reason="deadline passed without an answer",
        objects=[(t, t.ask.deal_id, t.ask_id) for t in tasks],
        after={"state": "expired"},
    ) + audit_event_rows(
        actor=SYSTEM,
        action="ask.paused",
        reason="a review deadline passed",
        objects=[(a, a.deal_id, a.pk) for a in paused],
        after={"state": "paused"},
    )
    AuditEvent.objects.bulk_create(events)
    Notification.objects.bulk_create(
        [
            Notification(
                recipient=lead,
                key=f"expired:{t.pk}:u{lead.pk}",
                kind="review_expired",
                subject=f"Paused: the {t.role} review is overdue on '{t.ask.text[:60]}'",
                body=(
                    f"The {t.role} review was due {t.due_at:%Y-%m-%d %H:%M} UTC and nobody "
                    f"answered. The ask is paused until someone does.\n\n{t.ask.text}"
                ),
                link=f"/asks/{t.ask_id}/",
                created_at=now,
            )
            for t in tasks
            for lead in leads
        ],
        ignore_conflicts=True,
    )


def _claim(now: datetime, limit: int, only_id: int | None = None) -> list[ReviewTask]:
    qs = ReviewTask.objects.filter(state=ReviewTask.State.OPEN, due_at__lte=now)
    if only_id is not None:
        qs = qs.filter(pk=only_id)
    return list(
        qs.select_related("ask")
        .select_for_update(skip_locked=True, of=("self", "ask"))
        .order_by("due_at", "id")[:limit]
    )


def _expire_due(now: datetime, result: SweepResult, batch: int) -> None:
    leads = _members(roles.LEAD)
    while True:
        try:
            with transaction.atomic():
                tasks = _claim(now, batch)
                if not tasks:
                    return
                _expire_batch(tasks, now, leads)
                result.expired += len(tasks)
                if len(tasks) < batch:
                    return
                continue
        except Exception:
            log.exception("sweep batch failed; retrying row by row")
        if not _expire_one_by_one(now, result, batch, leads):
            return


def _expire_one_by_one(now: datetime, result: SweepResult, batch: int, leads: list) -> bool:
    """Returns True when some rows progressed, so the caller may try batches again."""
    ids = list(
        ReviewTask.objects.filter(state=ReviewTask.State.OPEN, due_at__lte=now)
        .exclude(pk__in=[i for i, _ in result.failed])
        .order_by("due_at", "id")
        .values_list("pk", flat=True)[:batch]
    )
    progressed = False
    for task_id in ids:
        try:
            with transaction.atomic():
                tasks = _claim(now, 1, only_id=task_id)
                if tasks:
                    _expire_batch(tasks, now, leads)
                    result.expired += 1
                    progressed = True
        except Exception as exc:  # record and move on: one bad row must not jam the sweep
            log.exception("sweep could not expire review task %s", task_id)
            result.failed.append((task_id, repr(exc)))
    return progressed


def _remind_due(now: datetime, result: SweepResult, batch: int) -> None:
    members = {role: _members(role) for role in roles.REVIEW_ROLES}
    while True:
        with transaction.atomic():
            tasks = list(
                ReviewTask.objects.filter(
                    state=ReviewTask.State.OPEN,
                    reminded_at__isnull=True,
                    remind_at__lte=now,
                    due_at__gt=now,
                )
                .select_related("ask", "assignee")
                .select_for_update(skip_locked=True, of=("self",))
                .order_by("remind_at", "id")[:batch]
            )
            if not tasks:
                return
            for task in tasks:
                task.reminded_at = now
            bulk_update_with_history(
                tasks,
                ReviewTask,
                ["reminded_at"],
                default_date=now,
                default_change_reason="reminder sent",
            )
            Notification.objects.bulk_create(
                [
                    Notification(
                        recipient=user,
                        key=f"remind:{t.pk}:u{user.pk}",
                        kind="review_reminder",
                        subject=f"Due {t.due_at:%Y-%m-%d %H:%M} UTC: {t.role} review",
                        body=f"This review is due soon; silence is never approval.\n\n{t.ask.text}",
                        link=f"/reviews/{t.pk}/",
                        created_at=now,
                    )
                    for t in tasks
                    for user in ([t.assignee] if t.assignee else members[t.role])
                ],
                ignore_conflicts=True,
            )
            result.reminded += len(tasks)
            if len(tasks) < batch:
                return


def timers_sweep(*, now: datetime | None = None, batch: int = BATCH) -> SweepResult:
    """Expire overdue reviews and send due reminders, as of `now`."""
    now = now or timezone.now()
    result = SweepResult()
    _expire_due(now, result, batch)
    _remind_due(now, result, batch)
    if result.expired or result.reminded:
        from reviews.tasks import deliver_pending

        transaction.on_commit(lambda: deliver_pending.delay())
    return result
