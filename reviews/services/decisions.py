"""The deal desk lead's one answer per ask version."""

from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from promises.models import Ask, Deal
from reviews.models import Decision, ReviewTask
from reviews.models.decisions import wording_hash
from reviews.services.notify import notify
from reviews.services.routing import live_tasks
from reviews.wording import normalise_wording, wording_problems


def _validate(outcome: str, wording: str, conditions: str, owner_id, due_date, limit) -> dict:
    errors: dict[str, list] = {}
    if outcome not in Decision.Outcome.values:
        errors["outcome"] = ["Choose approved, approved with conditions or rejected."]
    problems = (
        wording_problems(wording)
        if wording
        else [
            {
                "code": "empty",
                "message": "Write the one sentence that answers the ask.",
                "start": 0,
                "end": 0,
            }
        ]
    )
    if problems:
        errors["wording"] = problems
    if outcome == Decision.Outcome.APPROVED_WITH_CONDITIONS and not conditions:
        errors["conditions"] = ["Say the conditions the approval depends on."]
    if outcome in (Decision.Outcome.APPROVED, Decision.Outcome.APPROVED_WITH_CONDITIONS):
        if not owner_id:
            errors["owner"] = ["Name the one person who owns delivering this."]
        if not due_date:
            errors["due_date"] = ["Give the date this is due."]
        if not limit:
            errors["limit"] = ["State the limit of what was approved (scope, volume, users)."]
    return errors


@transaction.atomic
def decision_give(
    *,
    actor,
    ask_id: int,
    outcome: str,
    wording: str,
    conditions: str = "",
    owner_id: int | None = None,
    due_date: date | None = None,
    limit: str = "",
    ask_version: int | None = None,
    now: datetime | None = None,
) -> Decision:
    """Record the lead's answer. `ask_version` is the version the lead read; if the
    ask was edited since, the decision is refused rather than applied to new words."""
    now = now or timezone.now()
    if not roles.has_role(actor, roles.LEAD):
        raise NotAllowed("Only the deal desk lead gives the final answer.")
    ask = Ask.objects.select_for_update(no_key=True).filter(pk=ask_id).first()
    if ask is None:
        raise NotFound("No such ask.")
    if ask_version is not None and ask_version != ask.version:
        raise Conflict(
            f"The ask was edited to version {ask.version} while you were deciding version "
            f"{ask_version}; read the new wording and its reviews, then decide again.",
            code="ask_edited",
        )
    existing = (
        Decision.objects.filter(ask=ask, ask_version=ask.version)
        .select_related("decided_by")
        .first()
    )
    if existing is not None:
        raise Conflict(
            f"This ask version was already decided by {existing.decided_by} at "
            f"{existing.decided_at:%Y-%m-%d %H:%M} UTC.",
            code="already_decided",
        )
    if ask.state == Ask.State.WITHDRAWN:
        raise Conflict("The ask was withdrawn.", code="withdrawn")
    missing = [t.role for t in live_tasks(ask) if t.state != ReviewTask.State.ANSWERED]
    if missing:
        raise Conflict(
            "Every required review must be answered first; still missing: "
            + ", ".join(sorted(missing))
            + ".",
            code="reviews_missing",
        )
    wording = normalise_wording(wording or "")
    conditions = (conditions or "").strip()
    limit = (limit or "").strip()
    errors = _validate(outcome, wording, conditions, owner_id, due_date, limit)
    owner = None
    if owner_id:
        owner = get_user_model().objects.filter(pk=owner_id, is_active=True).first()
        if owner is None:
            errors.setdefault("owner", []).append("The owner must be an active user.")
    if errors:
        raise ValidationFailed("The decision is not complete.", fields=errors)
    decision = Decision(
        ask=ask,
        ask_version=ask.version,
        outcome=outcome,
        wording=wording,
        wording_sha256=wording_hash(wording),
        conditions=conditions,
        owner=owner,
        due_date=due_date,
        limit=limit,
        decided_by=actor,
        decided_at=now,
    )
    decision._history_user = actor  # type: ignore[attr-defined]
    try:
        with transaction.atomic():
            decision.save()
    except IntegrityError as exc:  # a concurrent lead got there first
        raise Conflict(
            "This ask version was just decided by someone else.", code="already_decided"
        ) from exc
    ask.state = Ask.State.DECIDED
    ask._history_user = actor  # type: ignore[attr-defined]
    ask.save(update_fields=["state", "updated_at"])
    deal = Deal.objects.select_for_update(no_key=True).get(pk=ask.deal_id)
    deal.scope_version += 1
    deal._history_user = actor  # type: ignore[attr-defined]
    deal.save(update_fields=["scope_version"])
    audit_record(
        actor=actor,
        action="decision.given",
        obj=decision,
        deal_id=ask.deal_id,
        ask_id=ask.pk,
        after={
            "outcome": outcome,
            "wording": wording,
            "conditions": conditions,
            "owner": owner.get_username() if owner else None,
            "due_date": due_date.isoformat() if due_date else None,
            "limit": limit,
            "ask_version": ask.version,
            "reviews": [t.pk for t in live_tasks(ask)],
        },
    )
    notify(
        recipient=deal.owner,
        kind="decision",
        key=f"decision:{decision.pk}",
        subject=f"{decision.get_outcome_display()}: {ask.text[:80]}",
        body=f"The deal desk lead answered:\n\n{wording}",
        link=f"/deals/{deal.pk}/",
    )
    return decision
