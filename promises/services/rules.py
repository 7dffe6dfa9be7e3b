from django.db import transaction

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import NotAllowed, ValidationFailed
from promises.models import TriggerRule
from promises.tagging import CATEGORIES, FLAGS, validate_rule


def _check(actor, pattern: str, is_regex: bool, target: str) -> None:
    if not roles.has_role(actor, roles.LEAD):
        raise NotAllowed("Only the deal desk lead edits trigger rules.")
    errors = {}
    problem = validate_rule(pattern, is_regex)
    if problem:
        errors["pattern"] = [problem]
    if target not in (*CATEGORIES, *FLAGS):
        errors["target"] = [f"Pick one of: {', '.join((*CATEGORIES, *FLAGS))}."]
    if errors:
        raise ValidationFailed("The rule cannot be saved.", fields=errors)


def _snapshot(rule: TriggerRule) -> dict:
    return {
        "pattern": rule.pattern,
        "is_regex": rule.is_regex,
        "target": rule.target,
        "active": rule.active,
        "note": rule.note,
    }


@transaction.atomic
def rule_create(
    *, actor, pattern: str, target: str, is_regex: bool = False, note: str = "", active: bool = True
) -> TriggerRule:
    pattern = (pattern or "").strip()
    _check(actor, pattern, is_regex, target)
    rule = TriggerRule(
        pattern=pattern,
        target=target,
        is_regex=is_regex,
        note=note.strip(),
        active=active,
        added_by=actor,
    )
    rule._history_user = actor  # type: ignore[attr-defined]
    rule.save()
    audit_record(
        actor=actor, action="rule.created", obj=rule, after=_snapshot(rule), reason=rule.note
    )
    return rule


@transaction.atomic
def rule_update(
    *, actor, rule_id: int, pattern: str, target: str, is_regex: bool, note: str, active: bool
) -> TriggerRule:
    pattern = (pattern or "").strip()
    _check(actor, pattern, is_regex, target)
    rule = TriggerRule.objects.select_for_update().get(pk=rule_id)
    before = _snapshot(rule)
    rule.pattern, rule.target, rule.is_regex = pattern, target, is_regex
    rule.note, rule.active = note.strip(), active
    rule._history_user = actor  # type: ignore[attr-defined]
    rule.save()
    audit_record(
        actor=actor,
        action="rule.updated",
        obj=rule,
        before=before,
        after=_snapshot(rule),
        reason=rule.note,
    )
    return rule
