"""The fallback guess for clear asks no rule tags (promises.fallback).

Measured before it was adopted: counts trained on the labelled file and held-out
batches 1-18 (1,318 clear asks), then run on sealed batches 19-22, which neither the
rules nor the counts had seen (300 clear asks, first-sight rules-alone accuracy 0.827,
0.813, 0.867, 0.813): category-set accuracy 0.830 -> 0.867 with the guess on every ask
no rule tagged; 0.863 once asks whose only matches are commercial terms were left
unguessed (which removed four wrong guesses on the labelled and held-out sets:
indemnity, discounts, instalments). On the sets it was trained on: 0.998 either way.
A fifth sealed batch (23: mixed industries, 75 clear asks), measured before anyone
looked at it: 0.947 by the rules alone and 0.960 with the guess, both before and after
batches 19-22 were tuned on and the counts retrained on them (it was tuned on later).

The second reading (on asks the rules did tag) was tried on the first sight of ten
batches (63-67, 69-71, 73, 74; 749 clear asks, each scored by counts without its batch, on
the rules of the commit before it was read): 692 -> 702 tagged right, none made wrong, at
SURE_AT 0.99999 and DOUBT_AT 0.0001 (chosen there). Then once on the eight sealed
batches (47, 52, 55, 58, 61, 62, 68, 72; 600 clear asks) on 50dba9b's rules: category-set
accuracy 0.962 -> 0.977, no batch worse (tests/data/sealed/README.md).

GUESS_AT 0.8 and DOUBT_AT 0.1 for data movement and custom logic (security kept at
0.0001) were chosen on the first sight of the odd-numbered of eighteen batches (63-88)
and read once on the even-numbered: 0.910 -> 0.923 on 743 clear asks, no batch worse
(figures in promises/fallback.py).
"""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from promises import wording_fallback
from promises.fallback import GUESS_PREFIX, MODEL_PATH, Fallback, shipped, train
from promises.tagging import DEFAULT_RULES, Rule, Tagger

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows() -> list[dict]:
    tenancy = [f"Customer wants tenant isolation for their {t} workspace." for t in
               ("finance", "legal", "sales", "ops", "hr", "eu", "us", "apac")]  # fmt: skip
    kinds = ("weekly", "daily", "monthly", "team", "regional", "board", "exec", "ops")
    other = [f"Customer wants a {t} dashboard of open tickets." for t in kinds]
    rows = [{"text": t, "vague": False, "categories": ["security"]} for t in tenancy]
    rows += [{"text": t, "vague": False, "categories": ["custom_logic"]} for t in other]
    return [*rows, {"text": "Tenant isolation, probably.", "vague": True, "categories": []}]


def test_a_clear_ask_no_rule_tags_gets_a_marked_guess_with_its_words():
    tagger = Tagger([Rule("sso", "security")], fallback=Fallback(train(_rows())))
    result = tagger.tag("Buyer needs tenant isolation for the research workspace.")
    assert result.categories == ["security"] and result.guessed == ["security"]
    assert result.kind == "security"
    assert result.matches["security"][0].startswith(GUESS_PREFIX)
    assert "tenant isolation" in result.matches["security"][0]


def test_the_rules_come_first_and_terms_or_weak_evidence_get_no_guess():
    rules = [Rule("sso", "security"), Rule("discount", "commercial_terms"),
             Rule("by march 3", "delivery_date")]  # fmt: skip
    tagger = Tagger(rules, fallback=Fallback(train(_rows())))
    ruled = tagger.tag("Customer wants SSO and tenant isolation for the workspace.")
    assert ruled.categories == ["security"] and ruled.guessed == []
    assert ruled.matches["security"] == ["SSO"]
    terms = tagger.tag("Customer wants a discount on tenant isolation for the workspace.")
    assert terms.categories == [] and terms.flags == ["commercial_terms"]
    when = tagger.tag("Customer wants tenant isolation for the workspace by March 3.")
    assert when.categories == [] and when.flags == ["delivery_date"]
    unknown = tagger.tag("Pink logo on the invoice PDF.")
    assert unknown.categories == [] and unknown.kind == "unclassified"
    alone = Tagger([Rule("sso", "security")], fallback=None)
    assert alone.tag("Buyer needs tenant isolation for the research workspace.").categories == []


def test_the_shipped_counts_are_what_the_command_builds_from_the_labelled_asks(tmp_path):
    out, clarity = tmp_path / "counts.json", tmp_path / "clarity.json"
    call_command("train_fallback", str(DATA / "asks_labelled.jsonl"),
                 str(DATA / "asks_heldout.jsonl"), str(DATA / "asks_clear_probe.jsonl"),
                 str(DATA / "asks_counts_only.jsonl"),
                 "--out", str(out),
                 "--clarity-out", str(clarity))  # fmt: skip
    assert json.loads(out.read_text()) == json.loads(MODEL_PATH.read_text())
    assert json.loads(clarity.read_text()) == json.loads(wording_fallback.MODEL_PATH.read_text())
    assert shipped() is not None and wording_fallback.shipped() is not None and DEFAULT_RULES


def test_the_command_says_which_line_is_not_a_labelled_ask(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "SSO via Okta", "vague": false, "categories": ["security"]}\n[1]\n')
    with pytest.raises(CommandError, match=r"bad.jsonl line 2: not a labelled ask"):
        call_command("train_fallback", str(bad), "--out", str(tmp_path / "x.json"),
                     "--clarity-out", str(tmp_path / "y.json"))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants the tenant isolation screens available in Japanese.",
        "Customer wants the tenant isolation settings shown in each user's local time zone.",
        "Customer wants the tenant isolation pages to meet WCAG 2.1 AA for screen readers.",
        "Customer wants tenant isolation checks to add under 50 milliseconds at p95.",
    ],
)
def test_no_guess_on_an_ask_about_localisation_accessibility_or_performance(text):
    # Those capabilities are none of the categories; the words around them ("tenant
    # isolation" here) would otherwise pull the guess towards one.
    fallback = Fallback(train(_rows()))
    assert fallback.guess("Buyer needs tenant isolation for the research workspace.")
    assert fallback.guess(text) == {}
    tagger = Tagger([Rule("sso", "security")], fallback=fallback)
    assert tagger.tag(text).categories == []


ROUND_ROBIN = (
    "Customer wants tickets assigned round-robin, skipping any agent who already holds 15 "
    "open tickets."
)


def test_the_second_reading_sets_aside_a_category_only_shipped_rules_found():
    # "15 open tickets" reads as a volume of records moved; the sentence is a routing rule.
    assert Tagger(DEFAULT_RULES, fallback=None).tag(ROUND_ROBIN).categories == [
        "data_movement", "custom_logic"]  # fmt: skip
    result = Tagger(DEFAULT_RULES).tag(ROUND_ROBIN)
    assert result.categories == ["custom_logic"] and result.kind == "custom_logic"
    assert result.set_aside == {"data_movement": ["15 open tickets"]}
    assert "data_movement" not in result.matches


def test_a_category_a_rule_of_the_leads_finds_is_never_set_aside():
    tagger = Tagger([*DEFAULT_RULES, Rule("open tickets", "data_movement")])
    result = tagger.tag(ROUND_ROBIN)
    assert result.categories == ["data_movement", "custom_logic"] and result.set_aside == {}
    assert result.matches["data_movement"] == ["15 open tickets"]


def test_a_category_two_different_phrases_found_is_never_set_aside():
    # Counts that have never seen data movement doubt it wherever a shipped rule finds it:
    # one phrase finding it is set aside, two different phrases keep it (the pinned
    # batch-15 ask, promises.fallback's module doc).
    tagger = Tagger(DEFAULT_RULES, fallback=Fallback(train(_rows())))
    one = tagger.tag(ROUND_ROBIN)
    assert one.set_aside == {"data_movement": ["15 open tickets"]}
    text = ROUND_ROBIN.removesuffix(".") + ", with a nightly CSV of the assignments."
    two = tagger.tag(text)
    assert two.matches["data_movement"] == ["15 open tickets", "CSV"]
    assert "data_movement" in two.categories and two.set_aside == {}


def test_the_second_reading_adds_a_category_the_counts_are_sure_of_as_a_guess():
    text = (
        "Customer wants a nightly file of timesheets sent to their ADP payroll, with any entries "
        "missing a project code held back."
    )  # Without "any" it sat at the threshold (0.999995) and fell below it (0.999983) when
    # the counts were retrained with batches 73, 74, 79 and 80; with it, 0.9999992.
    assert Tagger(DEFAULT_RULES, fallback=None).tag(text).categories == ["data_movement"]
    result = Tagger(DEFAULT_RULES).tag(text)
    assert result.categories == ["data_movement", "custom_logic"] and result.kind == "mixed"
    assert result.guessed == ["custom_logic"]
    assert result.matches["custom_logic"][0].startswith(GUESS_PREFIX)


def test_doubt_sets_aside_data_or_logic_at_one_in_ten_and_security_only_when_ruled_out(
    monkeypatch,
):
    # A security review skipped costs more than one asked for in vain: at the same doubt
    # (1 in 100) data movement is set aside and security is kept.
    fallback = Fallback(train(_rows()))
    readings: list[tuple[str, float, list]] = [
        ("security", 0.01, []), ("data_movement", 0.01, []), ("custom_logic", 0.2, [])]  # fmt: skip
    monkeypatch.setattr(fallback, "_readings", lambda text: iter(readings))
    everything = ["security", "data_movement", "custom_logic"]
    assert fallback.second_reading("any ask", everything, set()) == ({}, ["data_movement"])
    readings[0] = ("security", 0.00005, [])
    assert fallback.second_reading("any ask", everything, set()) == (
        {}, ["security", "data_movement"])  # fmt: skip
