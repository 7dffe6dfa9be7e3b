"""Rules as data, tag corrections, the preview endpoint and classify_asks."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction

from audit.models import AuditEvent
from dealdesk.errors import NotAllowed, ValidationFailed
from promises.models import Ask, RulesGeneration, TagCorrection, TriggerRule
from promises.services import ask_tags_correct, rule_create, rule_update
from reviews.models import Notification, ReviewTask
from tests.factories.flow import SSO, DealFactory, answer_all, submit

pytestmark = pytest.mark.django_db

NEW_PATTERN_ASK = "Customer wants a Zorblax reconciliation file every week for 40 stores."


def test_rules_are_seeded_by_migration():
    assert TriggerRule.objects.filter(active=True).count() > 50
    assert set(TriggerRule.objects.values_list("target", flat=True)) == {
        "security", "data_movement", "custom_logic", "delivery_date", "commercial_terms"}


def test_lead_adds_a_rule_on_the_page_and_the_next_ask_is_tagged_by_it(client, lead, sales):
    before = submit(sales, DealFactory.create(owner=sales), NEW_PATTERN_ASK)
    assert "zorblax" not in json.dumps(before.matches).lower()
    client.force_login(lead)
    r = client.post("/rules/", {"pattern": "zorblax", "target": "data_movement",
                                "note": "Taught by the Acme deal: Zorblax is their ERP",
                                "active": "on"})
    assert r.status_code == 302
    rule = TriggerRule.objects.get(pattern="zorblax")
    assert rule.added_by == lead and rule.note.startswith("Taught by")
    after = submit(sales, DealFactory.create(owner=sales), NEW_PATTERN_ASK)
    assert "data_movement" in after.categories
    assert "Zorblax" in after.matches["data_movement"]
    before.refresh_from_db()
    assert "zorblax" not in json.dumps(before.matches).lower()  # applies from then on
    assert AuditEvent.objects.filter(action="rule.created").count() == 1
    assert rule.history.count() == 1


def test_deactivated_rule_stops_tagging(lead, sales):
    rule = rule_create(actor=lead, pattern="zorblax", target="custom_logic", note="x")
    assert "custom_logic" in submit(sales, DealFactory.create(owner=sales),
                                    NEW_PATTERN_ASK).categories
    rule_update(actor=lead, rule_id=rule.pk, pattern="zorblax", target="custom_logic",
                is_regex=False, note="retired", active=False)
    assert "custom_logic" not in submit(sales, DealFactory.create(owner=sales),
                                        NEW_PATTERN_ASK).categories


def _generation() -> int:
    return RulesGeneration.objects.get().generation


def test_a_rule_changed_behind_the_services_back_applies_to_the_next_ask(lead, sales):
    # A queryset update() leaves updated_at (and the rule count) alone: the database's
    # trigger still moves the generation, so no process keeps the old tagger.
    rule = rule_create(actor=lead, pattern="zorblax", target="custom_logic", note="x")
    deal = DealFactory.create(owner=sales)
    assert "custom_logic" in submit(sales, deal, NEW_PATTERN_ASK).categories
    TriggerRule.objects.filter(pk=rule.pk).update(active=False)
    assert "custom_logic" not in submit(sales, deal, NEW_PATTERN_ASK + " ").categories


def test_every_change_to_the_rules_table_moves_the_generation(lead):
    seen = [_generation()]
    rule = rule_create(actor=lead, pattern="zorblax", target="custom_logic", note="x")
    seen.append(_generation())
    with connection.cursor() as cursor:
        cursor.execute("UPDATE promises_triggerrule SET note = 'y' WHERE id = %s", [rule.pk])
        seen.append(_generation())
        cursor.execute("DELETE FROM promises_triggerrule WHERE id = %s", [rule.pk])
        seen.append(_generation())
    assert len(set(seen)) == 4
    # A generation taken by a change that rolled back is never given to another change.
    with pytest.raises(RuntimeError), transaction.atomic():
        rule_create(actor=lead, pattern="quuxly", target="security", note="x")
        rolled_back = _generation()
        raise RuntimeError
    assert _generation() == seen[-1]
    rule_create(actor=lead, pattern="frobnic", target="security", note="x")
    assert _generation() not in {*seen, rolled_back}


def test_the_generation_table_holds_one_row():
    with pytest.raises(IntegrityError), transaction.atomic():
        RulesGeneration.objects.create(id=2, generation=5)


def test_without_a_generation_row_every_ask_reads_the_rules_afresh(lead, sales):
    # Nothing would tell a cache that the rules changed (a database flushed by TRUNCATE).
    RulesGeneration.objects.all().delete()
    deal = DealFactory.create(owner=sales)
    assert "custom_logic" not in submit(sales, deal, NEW_PATTERN_ASK).categories
    TriggerRule.objects.create(pattern="zorblax", target="custom_logic", note="x")
    assert "custom_logic" in submit(sales, deal, NEW_PATTERN_ASK + " ").categories


def test_the_first_ask_in_a_process_builds_the_tagger_before_locking_the_deal(
    sales, monkeypatch
):
    # Building the tagger takes a second or more; under the deal's lock it would hold up
    # every other write on the deal.
    from promises import rules
    from promises.services import submit_pg

    prepare, seen = submit_pg.prepare, []

    def watched(deal_id):
        seen.append(rules.cached_tagger() is not None)
        return prepare(deal_id)

    monkeypatch.setattr(submit_pg, "prepare", watched)
    monkeypatch.setattr(rules, "_cache", {})
    submit(sales, DealFactory.create(owner=sales), SSO)
    assert seen == [True]


def test_only_the_lead_edits_rules_and_bad_regexes_are_refused(lead, sales, manager):
    for user in (sales, manager):
        with pytest.raises(NotAllowed):
            rule_create(actor=user, pattern="x", target="security")
    with pytest.raises(ValidationFailed) as err:
        rule_create(actor=lead, pattern="(unclosed", is_regex=True, target="security")
    assert "pattern" in err.value.fields


def test_tag_correction_is_kept_and_reroutes(sales, security, product):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    assert set(ask.review_tasks.values_list("role", flat=True)) == {"engineering", "security"}
    ask_tags_correct(actor=security, ask_id=ask.pk, categories=["custom_logic"], flags=[],
                     reason="It is really an approval rule, not SSO work")
    ask.refresh_from_db()
    assert ask.categories == ["custom_logic"] and ask.kind == "custom_logic"
    states = dict(ask.review_tasks.values_list("role", "state"))
    assert states == {"engineering": "open", "security": "not_needed", "product": "open"}
    correction = TagCorrection.objects.get()
    assert correction.before_categories == ["security"] and correction.corrected_by == security
    assert ReviewTask.objects.filter(ask=ask).count() == 3  # nothing silently deleted


def test_tag_correction_needs_a_reason_and_a_reviewer(sales, security):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    with pytest.raises(NotAllowed):
        ask_tags_correct(actor=sales, ask_id=ask.pk, categories=[], flags=[], reason="x")
    with pytest.raises(ValidationFailed):
        ask_tags_correct(actor=security, ask_id=ask.pk, categories=["nonsense"], flags=[],
                         reason="")


def test_commercial_terms_tell_the_lead(sales, lead):
    ask = submit(sales, DealFactory.create(owner=sales),
                 "Customer wants a 99.99% uptime SLA with service credits for their EU tenant.")
    assert "commercial_terms" in ask.flags
    assert Notification.objects.filter(recipient=lead, kind="commercial_terms").exists()


def test_preview_endpoint_shows_problems_tags_and_roles(api, sales):
    r = api(sales).post("/api/asks/preview/", {"text": "They probably need enterprise security."},
                        format="json")
    body = r.json()
    assert r.status_code == 200 and body["reviewable"] is False
    text = "They probably need enterprise security."
    assert any(text[p["start"]:p["end"]].lower() == "probably" for p in body["problems"])
    r = api(sales).post("/api/asks/preview/", {"text": SSO}, format="json").json()
    assert r["reviewable"] and r["kind"] == "security" and r["roles"] == ["engineering",
                                                                          "security"]


def test_preview_shows_a_category_set_aside_and_does_not_route_it(api, sales):
    # Shipped rules read "15 open tickets" as records moved; the words read as a routing
    # rule (promises.fallback's second reading), so security is not asked.
    text = ("Customer wants tickets assigned round-robin, skipping any agent who already holds "
            "15 open tickets.")  # fmt: skip
    r = api(sales).post("/api/asks/preview/", {"text": text}, format="json").json()
    assert r["categories"] == ["custom_logic"] and r["roles"] == ["engineering", "product"]
    assert r["set_aside"] == {"data_movement": ["15 open tickets"]}


def test_classify_asks_command_reads_jsonl(tmp_path):
    path = tmp_path / "asks.jsonl"
    path.write_text(json.dumps({"text": SSO}) + "\n" + json.dumps({"text": "maybe later"}) + "\n")
    out = io.StringIO()
    call_command("classify_asks", str(path), stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["reviewable"] for r in rows] == [True, False]
    assert set(rows[0]) >= {"text", "kind", "categories", "flags", "reviewable", "problems",
                            "matches"}


def test_classify_asks_reports_a_bad_line(tmp_path):
    path = tmp_path / "asks.jsonl"
    path.write_text("{not json}\n")
    with pytest.raises(CommandError, match="line 1"):
        call_command("classify_asks", str(path), stdout=io.StringIO())


def test_refused_edit_keeps_the_ask_unchanged(sales, reviewers):
    ask = answer_all(submit(sales, DealFactory.create(owner=sales), SSO), reviewers)
    from promises.services import ask_edit

    with pytest.raises(ValidationFailed):
        ask_edit(actor=sales, ask_id=ask.pk, text="Something vague, probably.")
    assert Ask.objects.get(pk=ask.pk).version == 1
