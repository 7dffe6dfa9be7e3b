"""Pre-send checks: each says passed or failed, and why."""

from dataclasses import dataclass

from closeplans.models import CloseplanVersion
from promises.models import Ask, Deal
from reviews.models import Decision, ReviewTask
from reviews.models.decisions import wording_hash

CATEGORY_ROLE = {"security": "security", "data_movement": "security", "custom_logic": "product"}


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    reason: str


def plan_checks(*, deal: Deal, version: CloseplanVersion | None) -> list[Check]:
    if version is None:
        return [Check("plan_exists", False, "No close plan version has been cut yet.")]
    lines = list(version.lines.all())
    decisions = {d.pk: d for d in Decision.objects.filter(pk__in=[ln.decision_id for ln in lines])}
    inexact = [
        ln.position
        for ln in lines
        if ln.decision_id not in decisions
        or decisions[ln.decision_id].wording != ln.wording
        or wording_hash(ln.wording) != ln.wording_sha256
        or not decisions[ln.decision_id].is_approval
    ]
    incomplete = [ln.position for ln in lines if not (ln.owner_id and ln.due_date and ln.limit)]
    asks = list(Ask.objects.filter(deal=deal).exclude(state=Ask.State.WITHDRAWN))
    tasks = ReviewTask.objects.filter(ask__in=asks, state=ReviewTask.State.ANSWERED).values_list(
        "ask_id", "ask_version", "role"
    )
    answered = set(tasks)
    unreviewed = []
    for ask in asks:
        for cat in ask.categories:
            if (ask.pk, ask.version, CATEGORY_ROLE[cat]) not in answered:
                unreviewed.append(f"ask {ask.pk} ({cat})")
    unsettled = [
        f"ask {a.pk} is {a.get_state_display().lower()}"
        for a in asks
        if a.state != Ask.State.DECIDED
    ]
    latest = version.scope_version >= deal.scope_version
    return [
        Check(
            "exact_wording",
            not inexact,
            "Every line is the exact approved sentence."
            if not inexact
            else f"Lines {inexact} do not match their approved decision.",
        ),
        Check(
            "owner_date_limit",
            not incomplete,
            "Every line has one owner, one date and one limit."
            if not incomplete
            else f"Lines {incomplete} lack an owner, date or limit.",
        ),
        Check(
            "tagged_categories_reviewed",
            not unreviewed,
            "Security, data movement and custom logic were reviewed where tagged."
            if not unreviewed
            else "Not reviewed: " + "; ".join(unreviewed) + ".",
        ),
        Check(
            "nothing_open",
            not unsettled,
            "No ask is open, paused or awaiting a decision."
            if not unsettled
            else "Still open: " + "; ".join(unsettled) + ".",
        ),
        Check(
            "latest_scope",
            latest,
            "The plan reflects the latest scope."
            if latest
            else "Scope changed after this version was cut: cut a new version.",
        ),
    ]
