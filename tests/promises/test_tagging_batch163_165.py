"""Tagging shapes added after batches 163 (an email security gateway vendor), 164 (a
warehouse management system vendor) and 165 (a property and casualty insurance policy
administration vendor): promises.tagging_rules_gateway, _wms and _pc, with their guards in
promises.tagging_rules, _security, _generic, _data, _dates, _flags, _cross, _mail,
_sectors, _secvendor and _tech.

Added: a setting on for some people and off for others, a banner on some mail, a putaway
directed to a place, staff forced to weigh or scan, a custom status on records, a carrier
chosen by price, a 3PL's price per pallet or order line, a risk referred to an
underwriter, binding blocked on a condition, a form attached to every policy of a kind, an
authority limit (custom logic); our staff reading content only with an approval, personal
details removed from a file that goes on, data kept in their own cloud account
(security); an app for their SIEM, a policy conversion, rating and agency systems by
brand, messages sent back (data movement); our licences billed for a stretch (commercial
terms). Second senses removed: a SIEM app is no SIEM control, an ASN quantity is a figure,
commission transactions are records, a line of business's instalment plan is theirs, a
season or a renewal cycle named by its month is no deadline.

Each case is written apart from the data sets and asserted through the full tagger
(rules, then the learned reading). The wording lint: a restore window ("restores possible
to any point") is no hedge; "whatever" scope with an adverb or their own senders has no
limit (promises.wording_patterns).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, full_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Mail filter settings: a banner on some mail, an app for their SIEM.
        ("Customer wants a warning banner on all messages sent from free webmail accounts.",
         [L], []),
        ("Customer wants a yellow caution banner on every message from outside senders.",
         [L], []),
        ("Customer wants a Splunk add-on that pulls our click events.", [D], []),
        ("Buyer wants a QRadar app for our detection events.", [D], []),
        # Our staff reading their mail only with an approval is access, not a mail rule.
        ("Buyer needs written assurance that our analysts can view quarantined mail only "
         "with the customer's approval.", [S], []),
        # Warehouse floor rules.
        ("Pickers must be forced to weigh every carton of loose produce at pack-out.",
         [L], []),
        ("The inbound team compares each pallet against the ASN quantity and flags any "
         "shortfall.", [L], []),
        # Personal details taken out of a file that goes on.
        ("Client wants driver names removed from the daily proof-of-delivery export to their "
         "customers.", [D, S], []),
        ("Customer wants shopper phone numbers stripped from the nightly carrier manifest "
         "export.", [D, S], []),
        # Our licences billed for a stretch; a peak season is no deadline.
        ("Buyer needs the 25 additional handheld licences charged only for the peak months.",
         [], [TERMS]),
        ("Prospect expects 90,000 picks a day through the API during December peak.",
         [D], []),
        # Insurance: authority limits and forms attached by kind of policy.
        ("MGA wants a $1 million binding authority per producer.", [L], []),
        ("Carrier wants settlement limits per adjuster enforced on every claim payment.",
         [L], []),
        ("The state amendatory endorsement must be attached to every auto policy issued in "
         "Ohio.", [L], []),
        ("The hurricane deductible notice must be attached to every dwelling policy issued "
         "in Florida.", [L], []),
        # A policy conversion and the trade's systems by brand.
        ("Insurer needs the policy conversion for 80,000 auto policies finished in one "
         "weekend.", [D], []),
        ("Agency systems must receive endorsements through an EZLynx download.", [D], []),
        # Second senses: commission records, their instalment plans, a renewal cycle.
        ("Customer wants commission transactions exported to their Sage ledger every week.",
         [D], []),
        ("Commercial lines installment plans should allow up to four payments.", [L], []),
        ("Customer wants extra on-call cover during their April 1 renewal cycle at no "
         "additional cost.", [], [TERMS]),
    ],
)  # fmt: skip
def test_gateway_warehouse_and_policy_admin_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert full_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # A setting that differs by group, a directed putaway: concrete rules, now tagged.
        ("URL rewriting should be enabled for the call centre but disabled for the board "
         "members.", [L]),
        ("Attachment sandboxing should be on for the finance team but turned off for the "
         "engineering group.", [L]),
        ("Client wants replenishment directed to the pick face closest to the dock door.", [L]),
        ("Putaway should always be directed to the lowest empty rack level for heavy items.",
         [L]),
        # A restore window is no hedge.
        ("Customer wants hourly snapshots kept for 14 days, with restores possible to any "
         "point in that window.", [S]),
    ],
)  # fmt: skip
def test_clear_rules_are_tagged_and_accepted(text: str, categories: list[str]) -> None:
    assert full_tags(text) == (categories, [])
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We'll meet whatever RPO they reasonably require.",
        "Our SFTP import can take whatever their suppliers send.",
        "Told the buyer our API will handle whatever their dealers send.",
    ],
)
def test_whatever_they_send_or_reasonably_require_has_no_limit(text: str) -> None:
    assert lint(text) != []
