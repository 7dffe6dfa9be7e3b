"""Tagger shapes added after held-out batch 11: a condition plus an effect on records.

Custom logic is often written with no logic word, only a trigger and what happens
(promises.tagging_rules_logic); a few data-movement, security and flag shapes came
with it. Each case is a family member written apart from the data sets.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger

TAGGER = Tagger(DEFAULT_RULES, fallback=None)  # the rules alone (see test_fallback.py)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # A person told on a trigger.
        ("Customer wants account owners notified once a renewal is 60 days out.",
         ["custom_logic"]),
        ("Buyer wants the store manager texted if a refund is issued after closing.",
         ["custom_logic"]),
        # A record held at a step until a condition holds.
        ("Quotes cannot be sent to the customer until legal has reviewed them.",
         ["custom_logic"]),
        ("Work orders must not be closed while any checklist item is open.", ["custom_logic"]),
        # Caps per person, at a time.
        ("Client wants each dispatcher capped at 12 jobs a day, counted per shift.",
         ["custom_logic"]),
        ("Buyer wants 10 open cases per agent at most, then new ones go to the pool.",
         ["custom_logic"]),
        # Scoring on a scale, status colours, shares of a limit.
        ("Customer wants suppliers scored 1 to 5 on delivery and quality.", ["custom_logic"]),
        ("Invoices should go amber three days before they are due.", ["custom_logic"]),
        ("Customer wants an alert once spend hits 80% of the grant.", ["custom_logic"]),
        # Templates with computed content; conditional forms; untouched work.
        ("Buyer wants the proposal template to fill in discounts from the price book.",
         ["custom_logic"]),
        ("Customer wants the onboarding form to hide tax fields if the vendor is domestic.",
         ["custom_logic"]),
        ("Buyer wants tickets unanswered for 2 business days escalated to a lead.",
         ["custom_logic"]),
        ("Customer wants opportunities reassigned automatically when the owner leaves.",
         ["custom_logic"]),
        # SLA clocks on tickets are workflow rules.
        ("Buyer wants the SLA timer to stop while a case is waiting on a third party.",
         ["custom_logic"]),
        # A report cut to a sales region is logic, not where data lives.
        ("Customer wants a pipeline report restricted to their APAC region.", ["custom_logic"]),
        # Payloads of a data movement are not logic; export controls are not exports.
        ("Buyer wants forecast scores from Snowflake loaded into the platform every night.",
         ["data_movement"]),
        ("Customer wants the data behind each dashboard exported as CSV to S3.",
         ["data_movement"]),
        ("Customer wants a required export-control classification field on each product.",
         ["custom_logic"]),
        # Archives to download.
        ("Buyer wants closed matters from 2019 bundled into a zip file for download.",
         ["data_movement"]),
        ("Customer wants old tickets moved into an archive that admins can download.",
         ["data_movement"]),
        # Breach and incident notice.
        ("Customer requires notification of any security incident within 24 hours.",
         ["security"]),
        ("Their DPO wants us to report a data breach to them within 48 hours.", ["security"]),
        # A guard on a security control stays security.
        ("Files must not be downloaded unless the user is on the VPN.", ["security"]),
    ],
)  # fmt: skip
def test_condition_and_effect_shapes(text: str, categories: list[str]) -> None:
    assert TAGGER.tag(text).categories == categories


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Customer wants 99.9% uptime on the billing API.", ["commercial_terms"]),
        ("Customer wants SLA clocks on each case that start at first reply.", []),
        ("Buyer wants a 99.9% SLA with service credits.", ["commercial_terms"]),
    ],
)  # fmt: skip
def test_sla_clocks_are_not_terms_and_an_api_under_uptime_moves_no_data(
    text: str, flags: list[str]
) -> None:
    result = TAGGER.tag(text)
    assert result.flags == flags
    assert "data_movement" not in result.categories
