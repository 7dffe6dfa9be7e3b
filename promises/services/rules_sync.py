"""Bringing a running desk's trigger rules up to the rules shipped with this release.

Migration promises/0002 seeds the shipped rules once, when a database is created; later
releases ship better rules (`promises.tagging.DEFAULT_RULES`) that an existing database
would never see. `rules_sync_shipped` adds every shipped rule the database does not hold
(same pattern, kind and target, active or not: a rule the lead switched off stays off,
one the lead edited into another form is not brought back beside it, and one somebody
deleted, in the admin or by a script that left its history, stays deleted)
and switches off shipped rules of an earlier release that this one dropped, but only
those nobody has touched since they were seeded (the seed note, no author, never
edited). Rules the lead added or edited are never changed. One audit event records what
changed; each rule gets its history row.
"""

from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from audit.models import AuditEvent
from audit.services import audit_record
from promises.models import RulesGeneration, TriggerRule
from promises.tagging import DEFAULT_RULES

SEED_NOTE = "Seed rule shipped with Deal desk"


@transaction.atomic
def rules_sync_shipped(*, actor="release upgrade", dry_run: bool = False) -> dict[str, int]:
    """Add the shipped rules missing here and retire untouched seeds no longer shipped;
    returns how many were added, retired and left as they were."""
    shipped = {(r.pattern, r.is_regex, r.target) for r in DEFAULT_RULES}
    rows = list(TriggerRule.objects.select_for_update().order_by("id"))
    held = {(r.pattern, r.is_regex, r.target) for r in rows}
    # A shipped rule the lead edited into another is theirs now: its first form, kept in
    # the audit trail, is not brought back beside it.
    for before in AuditEvent.objects.filter(action="rule.updated").values_list("before", flat=True):
        held.add((before.get("pattern"), before.get("is_regex"), before.get("target")))
    # A rule deleted here was taken out on purpose (its history row says so); only a
    # rule this database never held counts as missing.
    held.update(
        TriggerRule.history.filter(history_type="-")  # type: ignore[attr-defined]
        .values_list("pattern", "is_regex", "target")
        .distinct()
    )
    added = [
        TriggerRule(pattern=p, is_regex=x, target=t, active=True, note=SEED_NOTE)
        for p, x, t in sorted(shipped - held)
    ]
    retired = [
        r
        for r in rows
        if r.active
        and r.note == SEED_NOTE
        and r.added_by_id is None
        and (r.pattern, r.is_regex, r.target) not in shipped
        and not r.history.exclude(history_type="+").exists()  # type: ignore[attr-defined]
    ]
    counts = {"added": len(added), "retired": len(retired), "kept": len(rows) - len(retired)}
    if dry_run or not (added or retired):
        return counts
    bulk_create_with_history(added, TriggerRule, default_user=None)
    for rule in retired:
        rule.active = False
        rule.note = f"{SEED_NOTE}; no longer shipped, switched off by an upgrade"
    bulk_update_with_history(retired, TriggerRule, ["active", "note"], default_user=None)
    audit_record(
        actor=actor,
        action="rules.synced",
        obj=RulesGeneration.objects.get_or_create(id=1)[0],
        after={
            **counts,
            "added_patterns": [r.pattern for r in added][:200],
            "retired_patterns": [r.pattern for r in retired][:200],
        },
        reason="Rules shipped with this release",
    )
    return counts
