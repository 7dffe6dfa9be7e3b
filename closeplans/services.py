from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from audit.services import audit_record
from closeplans.checks import plan_checks
from closeplans.models import CloseplanLine, CloseplanSend, CloseplanVersion
from dealdesk.errors import Conflict, NotAllowed, ValidationFailed
from promises.models import Ask, Deal
from promises.selectors import user_may_write_deal
from reviews.models import Decision


def approved_decisions(deal: Deal) -> list[Decision]:
    """The approved decision of each ask's current version, in ask order."""
    asks = Ask.objects.filter(deal=deal, state=Ask.State.DECIDED).order_by("submitted_at", "id")
    current = {(a.pk, a.version) for a in asks}
    decisions = (
        Decision.objects.filter(ask__in=asks)
        .exclude(outcome=Decision.Outcome.REJECTED)
        .select_related("ask")
        .order_by("ask__submitted_at", "ask_id")
    )
    return [d for d in decisions if (d.ask_id, d.ask_version) in current]


@transaction.atomic
def closeplan_cut_version(
    *, actor, deal_id: int, reason: str, now: datetime | None = None
) -> CloseplanVersion:
    """Cut a new version holding exactly the approved sentences, copied from decisions."""
    now = now or timezone.now()
    deal = Deal.objects.select_for_update(no_key=True).get(pk=deal_id)
    if not user_may_write_deal(actor, deal):
        raise NotAllowed("Only the deal's sales rep or the deal desk lead can cut the close plan.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(
            "Say what changed.", fields={"reason": ["Name the scope change behind this version."]}
        )
    last = CloseplanVersion.objects.filter(deal=deal).order_by("-number").first()
    version = CloseplanVersion(
        deal=deal,
        number=(last.number + 1) if last else 1,
        reason=reason,
        scope_version=deal.scope_version,
        cut_by=actor,
        cut_at=now,
    )
    version._history_user = actor  # type: ignore[attr-defined]
    try:
        with transaction.atomic():
            version.save()
    except IntegrityError as exc:
        raise Conflict("Someone cut a version at the same moment; reload.", code="race") from exc
    for position, d in enumerate(approved_decisions(deal), start=1):
        # The decision constraint guarantees approvals carry these three.
        assert d.owner_id is not None and d.due_date is not None
        line = CloseplanLine(
            version=version,
            position=position,
            decision=d,
            ask_id=d.ask_id,
            ask_version=d.ask_version,
            outcome=d.outcome,
            wording=d.wording,
            wording_sha256=d.wording_sha256,
            conditions=d.conditions,
            owner_id=d.owner_id,
            due_date=d.due_date,
            limit=d.limit,
        )
        line._history_user = actor  # type: ignore[attr-defined]
        line.save()
    audit_record(
        actor=actor,
        action="closeplan.cut",
        obj=version,
        deal_id=deal.pk,
        reason=reason,
        after={"number": version.number, "lines": version.lines.count()},
    )
    return version


@transaction.atomic
def closeplan_send(*, actor, deal_id: int, now: datetime | None = None) -> CloseplanSend:
    now = now or timezone.now()
    deal = Deal.objects.select_for_update(no_key=True).get(pk=deal_id)
    if not user_may_write_deal(actor, deal):
        raise NotAllowed("Only the deal's sales rep or the deal desk lead can send the plan.")
    version = CloseplanVersion.objects.filter(deal=deal).order_by("-number").first()
    checks = plan_checks(deal=deal, version=version)
    failing = [c for c in checks if not c.passed]
    if failing:
        raise Conflict(
            "The plan cannot be sent until every check passes: "
            + " ".join(c.reason for c in failing),
            code="checks_failed",
            fields={
                "checks": [{"name": c.name, "passed": c.passed, "reason": c.reason} for c in checks]
            },
        )
    assert version is not None
    send = CloseplanSend(version=version, sent_by=actor, sent_at=now)
    send._history_user = actor  # type: ignore[attr-defined]
    send.save()
    audit_record(
        actor=actor,
        action="closeplan.sent",
        obj=version,
        deal_id=deal.pk,
        after={"number": version.number},
    )
    return send
