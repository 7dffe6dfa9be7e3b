"""Tagging shapes added after pending batches 63 (general SaaS) and 64 (subscription
billing and revenue management), in promises.tagging_rules_billing (lent to
promises.tagging_rules, _flags, _general and _sectors).

Added: a form or layout that hides or shows a section for some records, a record flagged
or escalated to a named role, usage rated at a rate, plan changes that take effect at a
point of the term, tiered or volume pricing for their own plans, proration by calendar or
business day (custom logic); "only HR to see ..." (security). Second senses removed: a
price increase or payment terms on a record that a rule sends to someone, their own
customers prepaying, revenue recognised "instead of upfront", a count rounded "to the
nearest" unit, an API named as where every call is secured, and an account suspended at
the end of a dunning schedule.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # A form that hides or shows a part of itself for some records.
        ("Customer wants the intake page to hide the billing section for internal requests.",
         [L], []),
        ("Retailer wants the returns form to show the packaging questions for fragile items.",
         [L], []),
        # Money words on a record that a rule sends to someone.
        ("Customer wants any quote with a price increase over 10% escalated to the sales "
         "director.", [L], []),
        ("Customer wants contracts with unusual payment terms flagged to the finance lead.",
         [L], []),
        # Usage rated, plans changed, prices tiered: their billing rules.
        ("Telecom wants roaming minutes rated at the partner network's peak rate.", [L], []),
        ("Publisher wants plan upgrades to take effect as soon as payment clears.", [L], []),
        ("Customer wants volume pricing for their reseller catalogue.", [L], []),
        ("Customer wants partial months prorated by business day.", [L], []),
        # Their revenue and their customers' payments.
        ("Customer wants hardware revenue recognised over 24 months rather than upfront.",
         [L], []),
        ("Customer wants a loyalty badge assigned automatically when their members prepay for "
         "two years.", [L], []),
        ("Customer wants SMS usage rounded up to the nearest 100 messages before billing.",
         [L], []),
        ("Customer wants failed direct debits retried on days 2 and 6 before the account is "
         "suspended.", [L], []),
        # Some people alone may see something; a control on every call to an API.
        ("Customer wants only finance to view bank account fields.", [S], []),
        ("Bank wants mutual TLS on every request to the payments API.", [S], []),
    ],
)  # fmt: skip
def test_billing_and_saas_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses still tag as before.
        ("Customer wants a 5% cap on any price increase at renewal.", [], [TERMS]),
        ("Buyer wants to prepay three years in exchange for a lower rate.", [], [TERMS]),
        ("Buyer wants net 45 payment terms.", [], [TERMS]),
        ("Customer wants the annual fee paid upfront.", [], [TERMS]),
        ("Customer wants dormant accounts suspended after 60 days.", [S], []),
        ("Customer wants 2 million API calls a day synced to their warehouse.", [D], []),
    ],
)  # fmt: skip
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
