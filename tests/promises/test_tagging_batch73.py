"""Tagging shapes added after pending batches 73 (help desk), 74 (e-commerce and order
management), 79 (all-in-one small-business platform) and 80 (fleet, logistics and
delivery), in promises.tagging_rules_fleet (lent to promises.tagging_rules, _security and
_flags).

Added: records split into separate records, an action gated on another done first, a load
or pick order, records handled by a separate team, work put off to the next day or shift,
their own tiered prices, a custom field with a quoted name (custom logic); another
party's records, a view kept to one's own region, personal fields stripped from a file
(security); a month's release of ours (date). Second senses removed: a route as a truck's
round, "pushed to the next morning", "edited or exported" in an audit list, a buyer shown
only some SKUs, hours carried over to the next month, a password link that expires.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger
from promises.wording import lint
from tests.promises.rules_only import DATE, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Rules on records in an order, fleet or help-desk product.
        (
            "Customer wants invoices split into separate bills when lines belong to different "
            "cost centres.",
            [L],
            [],
        ),
        (
            "Customer wants agents unable to resolve a ticket without choosing a root cause.",
            [L],
            [],
        ),
        (
            "Customer wants pallets for the furthest drop picked last so they sit at the front.",
            [L],
            [],
        ),
        ("Customer wants warranty claims from dealers handled by a separate claims team.", [L], []),
        (
            "Buyer wants tickets opened after 6 p.m. moved to the next business day's queue.",
            [L],
            [],
        ),
        ("Prospect wants tiered wholesale rates for each of their distributor groups.", [L], []),
        ('Customer wants a custom "Fleet Cost Code" vehicle field.', [L], []),
        # Access between parties and within one's own scope.
        ("Carriers must never be able to view another carrier's rates on a shared load.", [S], []),
        ("Customer wants depot leads to see and edit drivers only for their own depot.", [S], []),
        (
            "Prospect needs a weekly CSV of orders sent to their BI team with phone numbers "
            "taken out.",
            [D, S],
            [],
        ),
        # A link to files emailed to someone is a file sent on.
        (
            "Customer wants download links emailed to each supplier after every payment run.",
            [D],
            [],
        ),
        # A route as a truck's round, not a routing rule.
        ("Customer wants every edit to a driver route kept in the audit log.", [S], []),
        (
            "Customer wants a role that lets dispatchers view routes but not delete vehicles.",
            [S],
            [],
        ),
        # Dates of ours and balances carried over.
        ("Prospect wants the geofence alerts delivered in our March release.", [], [DATE]),
        (
            "Customer wants unused class passes to roll over to the next month for each member.",
            [L],
            [],
        ),
    ],
)
def test_fleet_and_order_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses kept: a record routed by a rule, data pushed to a system, an export
        # on its own, a view limited to the viewer's own records, next month as a date.
        ("Customer wants escalated tickets routed to the on-call supervisor.", [L], []),
        ("Customer wants order updates pushed to their Shopify store every hour.", [D], []),
        ("Customer wants invoices exported to Xero every night.", [D], []),
        ("Customer wants store staff to see only their own store's orders.", [S], []),
        ("Customer wants the SAML setup finished next month.", [S], [DATE]),
    ],
)
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)


def test_the_law_a_contract_is_governed_by_gets_no_guess() -> None:
    # A clause of the paper names no work; the fallback's counts once guessed a category.
    text = "Prospect wants the order form governed by New York law."
    assert Tagger(DEFAULT_RULES).tag(text).categories == []
