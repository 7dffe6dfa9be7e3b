"""Tagging shapes added after pending batch 69 (field service and asset maintenance:
work orders, technician scheduling, a mobile app, spare parts, equipment sensors), in
promises.tagging_rules_field (lent to promises.tagging_rules, _security, _cross and _flags).

Added: events turned into work orders, tickets or tasks, jobs scheduled ahead of others,
records held back for someone to fix (custom logic); a record's fields hidden or masked in
or from a place, a PIN, passcode or fingerprint unlock, an app locked after some idle
minutes (security); money off a per-technician, per-user or per-asset price (terms).
Second senses removed: a suite's calendar or drive is where data goes, not the identity
provider; a "first-time fix rate" is a metric, not a fixed rate; a price held for years is
a price lock, not retention; a control required for every kind of account is the control,
not a step of their flow; a warehouse manager is a person, not a data warehouse; licences
counted above a number are our volume tier, not their rule.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # The product's own parts, ordered or gated by a rule.
        ("Customer wants pump vibration alerts converted into work orders for the area "
         "planner.", [L], []),
        ("Buyer wants emergency call-outs dispatched ahead of planned maintenance.", [L], []),
        ("Customer wants timesheets without a job reference kept aside until a supervisor "
         "signs them.", [L], []),
        # A record's fields out of sight, and the device unlocked.
        ("Customer wants site access codes masked on the contractor portal.", [S], []),
        ("Customer wants the field app to ask for a passcode unlock on every launch.", [S], []),
        ("Buyer wants the tablet app locked after ten minutes of inactivity.", [S], []),
        # Money off what they pay us per unit.
        ("Customer wants 15% off the per-asset fee for the first year.", [], [TERMS]),
        # Second senses removed.
        ("Customer wants crew rosters pushed to their Google Workspace calendars nightly.",
         [D], []),
        ("Customer wants a report of first-time fix rates by region.", [L], []),
        ("Customer wants the per-user price held for two years.", [], [TERMS]),
        ("Customer wants passkeys required for every contractor and partner account.",
         [S], []),
        ("Customer wants returns above 2,000 dollars sent to the warehouse supervisor for "
         "approval.", [L], []),
        ("Customer wants a lower price per seat once they pass 500 licenses.", [], [TERMS]),
    ],
)  # fmt: skip
def test_field_service_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses still tag as before.
        ("Customer wants SSO through Google Workspace for every dispatcher.", [S], []),
        ("Customer wants work orders exported nightly to their data warehouse.", [D], []),
        ("Customer wants job photos retained for seven years.", [S], []),
        ("Customer wants approval required for every purchase order above $5,000.", [L], []),
        ("Customer wants their price fixed for the renewal by March 1.", [], [DATE, TERMS]),
    ],
)  # fmt: skip
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
