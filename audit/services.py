from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils import timezone

from audit.models import AuditEvent
from dealdesk.middleware import request_id_var

Actor = AbstractBaseUser | AnonymousUser | str | None


def actor_fields(actor: Actor) -> dict[str, Any]:
    if isinstance(actor, str):
        return {"actor": None, "actor_label": actor}
    if actor is None or not actor.is_authenticated:
        return {"actor": None, "actor_label": "anonymous"}
    return {"actor": actor, "actor_label": actor.get_username()}


def audit_event(
    *,
    actor: Actor,
    action: str,
    obj: models.Model,
    deal_id: int | None = None,
    ask_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEvent:
    """One unsaved, unchained event (`audit_record` writes it; the ask submission
    chains and writes its own inside its one write statement)."""
    return AuditEvent(
        at=timezone.now(),
        action=action,
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        deal_id=deal_id,
        ask_id=ask_id,
        before=before or {},
        after=after or {},
        reason=reason,
        request_id=request_id_var.get(),
        **actor_fields(actor),
    )


def audit_record(
    *,
    actor: Actor,
    action: str,
    obj: models.Model,
    deal_id: int | None = None,
    ask_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEvent:
    """Write one audit event; call inside the service's transaction."""
    from audit.chain import append

    event = audit_event(actor=actor, action=action, obj=obj, deal_id=deal_id, ask_id=ask_id,
                        before=before, after=after, reason=reason)  # fmt: skip
    return append([event])[0]


def audit_event_rows(
    *,
    actor: Actor,
    action: str,
    objects: list[tuple[models.Model, int | None, int | None]],
    after: dict[str, Any],
    reason: str = "",
) -> list[AuditEvent]:
    """Unsaved events for a batch; write them with `audit.chain.append`."""
    now = timezone.now()
    base = actor_fields(actor)
    return [
        AuditEvent(
            at=now,
            action=action,
            object_type=o._meta.label_lower,
            object_id=o.pk,
            deal_id=deal_id,
            ask_id=ask_id,
            after=after,
            reason=reason,
            request_id=request_id_var.get(),
            **base,
        )
        for o, deal_id, ask_id in objects
    ]
