"""After an upgrade, `sync_rules` brings shipped rules in without touching the lead's."""

import io

import pytest
from django.core.management import call_command

from audit.models import AuditEvent
from promises.models import TriggerRule
from promises.services import rule_create, rule_update
from promises.services.rules_sync import SEED_NOTE, rules_sync_shipped
from promises.tagging import DEFAULT_RULES

pytestmark = pytest.mark.django_db


def _shipped(n: int) -> list[TriggerRule]:
    keys = [(r.pattern, r.is_regex, r.target) for r in DEFAULT_RULES[:n]]
    return [TriggerRule.objects.get(pattern=p, is_regex=x, target=t) for p, x, t in keys]


def test_a_fresh_database_holds_every_shipped_rule_and_nothing_changes():
    assert rules_sync_shipped() == {"added": 0, "retired": 0,
                                    "kept": TriggerRule.objects.count()}  # fmt: skip
    assert not AuditEvent.objects.filter(action="rules.synced").exists()


def test_missing_shipped_rules_come_back_and_the_leads_choices_stay(lead):
    missing, switched_off, edited = _shipped(3)
    # As if the database predates this release's rule: no row and no history of one.
    TriggerRule.objects.filter(pk=missing.pk).delete()
    TriggerRule.history.filter(id=missing.pk).delete()  # type: ignore[attr-defined]
    rule_update(actor=lead, rule_id=switched_off.pk, pattern=switched_off.pattern,
                target=switched_off.target, is_regex=switched_off.is_regex,
                note="Too many false hits on our deals", active=False)  # fmt: skip
    rule_update(actor=lead, rule_id=edited.pk, pattern=edited.pattern + "s?",
                target=edited.target, is_regex=True, note="Plural too", active=True)  # fmt: skip
    before = TriggerRule.objects.count()
    out = io.StringIO()
    call_command("sync_rules", stdout=out)
    assert "added 1 shipped rules" in out.getvalue()  # the lost one, not the edited one's
    assert TriggerRule.objects.count() == before + 1
    back = TriggerRule.objects.get(pattern=missing.pattern, target=missing.target,
                                   is_regex=missing.is_regex)  # fmt: skip
    assert back.active and back.note == SEED_NOTE and back.history.count() == 1
    assert not TriggerRule.objects.get(pk=switched_off.pk).active
    assert TriggerRule.objects.get(pk=edited.pk).note == "Plural too"
    event = AuditEvent.objects.get(action="rules.synced")
    assert event.after["added_patterns"] == [missing.pattern]


def test_untouched_seeds_no_longer_shipped_are_switched_off_and_others_are_not(lead):
    dropped = TriggerRule.objects.create(pattern="zorblax", target="security", note=SEED_NOTE)
    edited = TriggerRule.objects.create(pattern="quuxly", target="security", note=SEED_NOTE)
    rule_update(actor=lead, rule_id=edited.pk, pattern="quuxly", target="security",
                is_regex=False, note=SEED_NOTE, active=True)  # fmt: skip
    own = rule_create(actor=lead, pattern="frobnic", target="security", note=SEED_NOTE)
    assert rules_sync_shipped(dry_run=True)["retired"] == 1
    assert TriggerRule.objects.get(pk=dropped.pk).active  # a dry run changes nothing
    assert rules_sync_shipped()["retired"] == 1
    assert not TriggerRule.objects.get(pk=dropped.pk).active
    assert (
        TriggerRule.objects.get(pk=edited.pk).active and TriggerRule.objects.get(pk=own.pk).active
    )


def test_a_shipped_rule_somebody_deleted_is_not_brought_back(lead):
    deleted, kept = _shipped(2)
    deleted.delete()  # in the admin, say: the row goes, its history records the deletion
    assert rules_sync_shipped() == {"added": 0, "retired": 0,
                                    "kept": TriggerRule.objects.count()}  # fmt: skip
    assert not TriggerRule.objects.filter(
        pattern=deleted.pattern, target=deleted.target, is_regex=deleted.is_regex
    ).exists()
    assert TriggerRule.objects.filter(pk=kept.pk).exists()
    assert not AuditEvent.objects.filter(action="rules.synced").exists()
