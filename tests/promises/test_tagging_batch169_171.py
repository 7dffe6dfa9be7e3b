"""Tagging shapes added after batches 169 (a clinical trial eCOA vendor), 170 (a fleet
telematics vendor) and 171 (a nonprofit fundraising CRM vendor):
promises.tagging_rules_giving, with its guards in promises.tagging_rules, _generic, _flags
and _dates, and wording families in promises.wording_patterns and _stance.

Added: a window of plus or minus some days and entries blocked outside it, a score weighted
differently or by a weighting of their own, results grouped by their own units, gifts
soft-credited, counted toward a total or receipted to an employer, a gift pipeline, a
document template (custom logic); lockout after failed passcode attempts, point-in-time
restore, an export no one may make alone (security); telematics and screening systems by
brand (data movement). Second senses removed: pledge instalments, milestones of payments to
their sites, an MSA being signed, history going back to a month, a rule in force from a
date onward, our own premium tier. Refused: full visibility, no disruption, scaling as
their network grows.

Each case is written apart from the data sets, and each fails on main's rules alone.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, full_tags, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: windows, weights, groupings, credits, pipelines and templates.
        ("Dosing visits must allow a window of plus or minus two days around the scheduled "
         "date.", [L], []),
        ("Medication entries must be blocked outside the dosing window.", [L], []),
        ("Harsh braking should be weighted more heavily than speeding in each driver's "
         "score.", [L], []),
        ("The operations team wants its own weighting for seatbelt violations in the "
         "coaching score.", [L], []),
        ("Fuel spend tables should be grouped by their own cost centres rather than our "
         "regions.", [L], []),
        ("Prospect wants driver scorecards grouped by their own depots.", [L], []),
        ("Gifts from a married couple should be soft-credited to the spouse who did not "
         "pay.", [L], []),
        ("Volunteer hours must count toward each member's annual engagement score.", [L], []),
        ("Corporate gifts made through payroll giving should be receipted to the employer, "
         "not the staff member.", [L], []),
        ("Prospect researchers want a planned giving pipeline with stages of their own.",
         [L], []),
        ("The finance team needs a pledge acknowledgement letter template in French and "
         "English.", [L], []),
        # Security: lockout, point-in-time restore, an export nobody makes alone.
        ("Tablets must lock the diary after three wrong passcode attempts.", [S], []),
        ("The trip database must be restorable to any minute in the past two weeks.",
         [S], []),
        ("No administrator may export customer lists without a second administrator "
         "signing off.", [S], []),
        # Data movement: their telematics and screening systems by brand.
        ("Lytx camera events should show on each driver's profile.", [D], []),
        ("Wealth ratings from WealthEngine should refresh each prospect profile monthly.",
         [D], []),
        # Second senses: their donors' instalments, payments to their sites, an MSA being
        # signed, history back to a month, a rule in force from a date, our own tier.
        ("Pledge instalments that bounce twice should alert the gift officer.", [L], []),
        ("Trial site payment milestones must be exported to Oracle Fusion each month.",
         [D], []),
        ("Their penetration test summary is needed before the MSA is signed.", [S], []),
        ("Trip history needs to be copied into their warehouse going back to March 2021.",
         [D], []),
        ("Gift Aid declarations become required on every donation from 6 April onwards.",
         [L], []),
        ("Buyer wants SCIM provisioning at no extra cost, not only on the premium tier.",
         [S], [TERMS]),
    ],
)  # fmt: skip
def test_trial_fleet_and_fundraising_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert rules_tags(text) == (categories, flags)
    assert full_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "Management wants full visibility through the Tableau dashboards.",
        "The cutover to the new CRM must happen without disruption to the contact centre.",
        "The ERP must scale as their dealer network grows.",
    ],
)
def test_visibility_calm_and_growth_without_a_figure_are_refused(text: str) -> None:
    # Let through on main: a dashboard, a CRM or an ERP named beside them.
    assert lint(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Medication entries must be blocked outside the dosing window.",
        "Prospect wants driver scorecards grouped by their own depots.",
    ],
)
def test_a_window_or_a_grouping_of_their_own_is_a_concrete_ask(text: str) -> None:
    # Refused on main as naming nothing concrete.
    assert lint(text) == []
