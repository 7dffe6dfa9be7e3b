from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import NotAllowed, ValidationFailed
from promises.models import Deal
from promises.selectors import user_may_write_deal


@transaction.atomic
def deal_create(
    *,
    actor,
    name: str,
    customer: str,
    target_close_date: date | None = None,
    stage: str = Deal.Stage.DISCOVERY,
    owner_id: int | None = None,
) -> Deal:
    if not roles.has_role(actor, roles.SALES, roles.LEAD):
        raise NotAllowed("Only a sales rep or the deal desk lead can open a deal.")
    errors = {}
    if not (name or "").strip():
        errors["name"] = ["Give the deal a name."]
    if not (customer or "").strip():
        errors["customer"] = ["Name the customer."]
    if stage not in Deal.Stage.values:
        errors["stage"] = [f"Pick one of: {', '.join(Deal.Stage.values)}."]
    owner = actor
    if owner_id is not None and owner_id != actor.pk:
        owner = get_user_model().objects.filter(pk=owner_id, is_active=True).first()
        if owner is None or not roles.has_role(owner, roles.SALES):
            errors["owner"] = ["The owner must be an active sales rep."]
        elif not roles.has_role(actor, roles.LEAD):
            errors["owner"] = ["Only the deal desk lead can open a deal for someone else."]
    elif not roles.has_role(actor, roles.SALES):
        errors["owner"] = ["Name the sales rep who owns this deal."]
    if errors:
        raise ValidationFailed("The deal is not complete.", fields=errors)
    deal = Deal(
        name=name.strip(),
        customer=customer.strip(),
        owner=owner,
        stage=stage,
        target_close_date=target_close_date,
    )
    deal._history_user = actor  # type: ignore[attr-defined]
    deal.save()
    audit_record(
        actor=actor,
        action="deal.created",
        obj=deal,
        deal_id=deal.pk,
        after={
            "name": deal.name,
            "customer": deal.customer,
            "owner": owner.get_username(),
            "stage": stage,
            "target_close_date": str(target_close_date or ""),
        },
    )
    return deal


@transaction.atomic
def deal_share(*, actor, deal: Deal, user_id: int) -> None:
    if not user_may_write_deal(actor, deal):
        raise NotAllowed("Only the deal's owner or the deal desk lead can share it.")
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not roles.has_role(user, roles.SALES):
        raise ValidationFailed(
            "Share with a sales rep.", fields={"user": ["Pick an active sales rep."]}
        )
    deal.shared_with.add(user)
    audit_record(
        actor=actor,
        action="deal.shared",
        obj=deal,
        deal_id=deal.pk,
        after={"shared_with": user.get_username()},
    )
