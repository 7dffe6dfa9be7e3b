"""Tagging shapes added after pending batches 83 (learning management) and 84
(procurement and supplier management), in promises.tagging_rules_learning (lent to
promises.tagging_rules, _flags and _tech).

Added (custom logic): a status that creates another record, something driven by
something else, their own prices moving by themselves, weighted scoring, a custom
questionnaire, survey or scorecard with words between. Second senses removed: a cut inside
a file ("a CSV export of X broken down by region"), a learner's credits, approval rights
as a permission, approvals as what an audit log records, a price that moves on a rule as
no price of ours.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # A status that creates another record.
        (
            "Customer wants every ticket set to Urgent to open an incident in PagerDuty.",
            [L, D],
            [],
        ),
        (
            "Buyer wants each deal moved to Contract Signed to create an onboarding project "
            "with the plan's modules.",
            [L],
            [],
        ),
        (
            "Customer wants any supplier marked Blocked to raise a review task for the "
            "category manager.",
            [L],
            [],
        ),
        # Something driven by something else.
        ("Customer wants mandatory course assignment driven by the learner's department.", [L], []),
        # Their own prices moving on their own.
        (
            "Customer wants ticket prices to rise 10% automatically once a show is 80% sold.",
            [L],
            [],
        ),
        (
            "Customer wants room rates to increase 15% automatically when occupancy passes 90%.",
            [L],
            [],
        ),
        # Weighted scoring and custom forms with words between.
        (
            "Customer wants a weighted supplier scorecard across price, quality and delivery.",
            [L],
            [],
        ),
        ("Buyer wants a custom 12-question exit survey for leavers.", [L], []),
        # A learner's credits are no money off our invoice.
        (
            "Customer wants CPD credits tracked for each nurse and shown on their transcript.",
            [],
            [],
        ),
        (
            "Customer wants continuing-education credits calculated at 1 credit per 10 hours "
            "of video.",
            [L],
            [],
        ),
        # Approval as a permission or as what is logged.
        (
            "Customer wants admins holding invoice approval permissions to re-enter their "
            "password every 30 minutes.",
            [S],
            [],
        ),
        (
            "Customer wants approval decisions recorded in the audit trail with a timestamp.",
            [S],
            [],
        ),
        # A cut inside a file says what the file holds.
        (
            "Customer wants a weekly CSV export of course completions broken down by region "
            "sent to their SFTP server.",
            [D],
            [],
        ),
        (
            "Customer wants a nightly file of open orders by department pushed to their data lake.",
            [D],
            [],
        ),
    ],
)
def test_learning_and_procurement_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Near misses: a place is no status, access driven by groups is security, our own
        # price is a term, a security questionnaire is paperwork, service credits are terms,
        # approvals on records are still a rule, and a cut on a dashboard is still a report.
        (
            "Customer wants old invoices moved to the archive to create space in the main list.",
            [D],
            [],
        ),
        ("Customer wants admin access driven by Entra ID group membership.", [S], []),
        ("Prospect wants our licence price to drop 10% when they pass 500 users.", [], [TERMS]),
        ("Prospect wants our seat prices to drop 10% when they pass 500 users.", [], [TERMS]),
        (
            "Prospect asks us to complete their custom vendor security questionnaire.",
            [S],
            [],
        ),
        ("Customer wants service credits if monthly uptime falls below 99.9%.", [], [TERMS]),
        ("Customer wants invoice approvals above $10,000 to need a second approver.", [L], []),
        (
            "Customer wants completion rates broken down by region on the manager dashboard.",
            [L],
            [],
        ),
        ("Customer wants headcount by department on the HR dashboard.", [L], []),
    ],
)
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
