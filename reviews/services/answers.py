"""Answering and reassigning review tasks."""

from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from promises.models import Ask
from reviews.answer_spec import clean_answer
from reviews.models import DeadlinePolicy, Escalation, ReviewTask
from reviews.models.tasks import VERDICTS
from reviews.services.notify import notify
from reviews.services.routing import ask_refresh_state


def _lock_task(task_id: int) -> tuple[Ask, ReviewTask]:
    """Lock the ask first, then the task: every writer takes them in this order."""
    ask_id = ReviewTask.objects.filter(pk=task_id).values_list("ask_id", flat=True).first()
    if ask_id is None:
        raise NotFound("No such review task.")
    ask = Ask.objects.select_for_update(no_key=True).get(pk=ask_id)
    task = ReviewTask.objects.select_for_update(no_key=True).get(pk=task_id)
    return ask, task


def _first(errors: dict[str, list[str]]) -> str:
    return next(iter(errors.values()))[0]


def fills_data_movement(ask: Ask, role: str) -> bool:
    """Whether this role's answer must carry the data-movement form for this ask."""
    if "data_movement" not in ask.categories:
        return False
    flagged = set(
        DeadlinePolicy.objects.filter(fills_data_movement=True).values_list("role", flat=True)
    ) & {roles.ENGINEERING, roles.SECURITY}
    return role in (flagged or {roles.ENGINEERING})


def _check_reviewer(actor, task: ReviewTask) -> None:
    if not roles.has_role(actor, task.role):
        raise NotAllowed(f"Only a {task.role} reviewer can answer this review.")
    if task.assignee_id and task.assignee_id != actor.pk:
        raise NotAllowed("This review is assigned to someone else.")


@transaction.atomic
def review_answer(
    *,
    actor,
    task_id: int,
    verdict: str,
    note: str = "",
    answer: dict[str, Any] | None = None,
    acknowledge_expired: bool = False,
    now: datetime | None = None,
) -> ReviewTask:
    now = now or timezone.now()
    ask, task = _lock_task(task_id)
    _check_reviewer(actor, task)
    if task.ask_version != ask.version or task.state in (
        ReviewTask.State.SUPERSEDED,
        ReviewTask.State.NOT_NEEDED,
    ):
        raise Conflict(
            "This review is for wording that has since changed or is no longer needed; "
            "answer the review of the current version instead.",
            code="task_superseded",
        )
    if task.state == ReviewTask.State.ANSWERED:
        raise Conflict(
            f"This review was already answered by {task.answered_by} at "
            f"{task.answered_at:%Y-%m-%d %H:%M} UTC.",
            code="already_answered",
        )
    if task.state == ReviewTask.State.EXPIRED and not acknowledge_expired:
        # The deadline won the race: say so instead of silently accepting a late answer
        # the reviewer thought was on time. Submitting again acknowledges it.
        raise Conflict(
            f"The deadline passed at {task.due_at:%Y-%m-%d %H:%M} UTC before your answer "
            "arrived, so the ask was paused and the lead told. Your answer was not saved: "
            "submit it again to answer the overdue review and resume the ask.",
            code="deadline_passed",
        )
    verdict, cleaned, errors = clean_answer(
        role=task.role,
        verdict=verdict,
        answer=answer,
        needs_data_movement=fills_data_movement(ask, task.role),
    )
    allowed = {key for key, _ in VERDICTS[task.role]}
    if verdict not in allowed and task.role != roles.SECURITY:
        errors["verdict"] = [f"Pick one of: {', '.join(sorted(allowed))}."]
    if errors:
        raise ValidationFailed("The review is not complete: " + _first(errors), fields=errors)
    before = {"state": task.state}
    task.state = ReviewTask.State.ANSWERED
    task.verdict = verdict
    task.note = note.strip()
    task.answer = cleaned
    task.answered_by = actor
    task.answered_at = now
    task._history_user = actor  # type: ignore[attr-defined]
    task.save()
    _resolve_escalation(task, actor, now)
    audit_record(
        actor=actor,
        action="review.answered",
        obj=task,
        deal_id=ask.deal_id,
        ask_id=ask.pk,
        before=before,
        after={"state": task.state, "verdict": verdict, "note": task.note, "answer": task.answer},
    )
    old_state = ask.state
    new_state = ask_refresh_state(ask=ask)
    if new_state != old_state:
        audit_record(
            actor=actor,
            action="ask.state_changed",
            obj=ask,
            deal_id=ask.deal_id,
            ask_id=ask.pk,
            before={"state": old_state},
            after={"state": new_state},
        )
    if new_state == Ask.State.AWAITING_DECISION:
        from reviews.services.notify import notify_role

        notify_role(
            role=roles.LEAD,
            kind="ready_for_decision",
            key=f"ready:{ask.pk}:v{ask.version}",
            subject=f"Ready for your decision: {ask.text[:80]}",
            body=f"Every required review of this ask is in.\n\n{ask.text}",
            link=f"/asks/{ask.pk}/decide/",
        )
    return task


def _resolve_escalation(task: ReviewTask, actor, now: datetime) -> None:
    """Close the task's open escalation (an answer came, or the lead gave a new
    deadline); a later expiry reopens it (see the sweep)."""
    for escalation in Escalation.objects.filter(task=task, resolved_at__isnull=True):
        escalation.resolved_at = now
        escalation._history_user = actor  # type: ignore[attr-defined]
        escalation._history_date = now  # type: ignore[attr-defined]
        escalation.save(update_fields=["resolved_at"])


@transaction.atomic
def review_reassign(
    *,
    actor,
    task_id: int,
    assignee_id: int,
    reason: str,
    due_at: datetime | None = None,
    now: datetime | None = None,
) -> ReviewTask:
    """Hand a review to another member of the same role (the reviewer is away).

    When the task had expired, the lead gives it a new deadline and it is open again;
    the ask resumes from paused.
    """
    now = now or timezone.now()
    if not roles.has_role(actor, roles.LEAD, roles.ENGINEERING, roles.SECURITY, roles.PRODUCT):
        raise NotAllowed("Only the deal desk lead or a reviewer of that role can reassign.")
    ask, task = _lock_task(task_id)
    if not roles.has_role(actor, roles.LEAD) and not roles.has_role(actor, task.role):
        raise NotAllowed("Only the deal desk lead or a reviewer of that role can reassign.")
    if not reason.strip():
        raise ValidationFailed(
            "Say why.", fields={"reason": ["Give a reason for the reassignment."]}
        )
    if task.state not in (ReviewTask.State.OPEN, ReviewTask.State.EXPIRED):
        raise Conflict("Only an open or overdue review can be reassigned.", code="not_open")
    assignee = get_user_model().objects.filter(pk=assignee_id, is_active=True).first()
    if assignee is None or not roles.has_role(assignee, task.role):
        raise ValidationFailed(
            "Pick someone who holds the role.",
            fields={"assignee": [f"The new reviewer must be an active {task.role} reviewer."]},
        )
    before = {"assignee": task.assignee_id, "state": task.state, "due_at": task.due_at.isoformat()}
    if task.state == ReviewTask.State.EXPIRED:
        if due_at is None or due_at <= now:
            raise ValidationFailed(
                "Give a new deadline.",
                fields={"due_at": ["An overdue review needs a new deadline in the future."]},
            )
        if not roles.has_role(actor, roles.LEAD):
            raise NotAllowed("Only the deal desk lead can reopen an overdue review.")
    if due_at is not None:
        if due_at <= now:
            raise ValidationFailed(
                "Give a new deadline.", fields={"due_at": ["The deadline must be in the future."]}
            )
        _resolve_escalation(task, actor, now)  # the lead answered the silence
        task.due_at = due_at
        task.remind_at = now + (due_at - now) * 0.75
        task.reminded_at = None
        task.state = ReviewTask.State.OPEN
        task.expired_at = None
    task.assignee = assignee
    task._history_user = actor  # type: ignore[attr-defined]
    task.save()
    audit_record(
        actor=actor,
        action="review.reassigned",
        obj=task,
        deal_id=ask.deal_id,
        ask_id=ask.pk,
        before=before,
        reason=reason.strip(),
        after={"assignee": assignee.pk, "state": task.state, "due_at": task.due_at.isoformat()},
    )
    old_state = ask.state
    new_state = ask_refresh_state(ask=ask)
    if new_state != old_state:
        audit_record(
            actor=actor,
            action="ask.state_changed",
            obj=ask,
            deal_id=ask.deal_id,
            ask_id=ask.pk,
            before={"state": old_state},
            after={"state": new_state},
            reason=reason.strip(),
        )
    notify(
        recipient=assignee,
        kind="review_assigned",
        key=f"assigned:{task.pk}:{now.timestamp()}",
        subject=f"Review assigned to you: {ask.text[:80]}",
        body=(
            f"{actor} assigned you this {task.role} review. Reason: {reason.strip()}\n\n{ask.text}"
        ),
        link=f"/reviews/{task.pk}/",
    )
    return task
