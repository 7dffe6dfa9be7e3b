"""Tagging shapes added after batches 158 (a project management and time tracking vendor)
and 161 (a restaurant point-of-sale vendor): promises.tagging_rules_pos, with its guards in
promises.tagging_rules, _security, _flags and _logic.

Added: a price set from another by a percentage or a markup, a price switching on by
itself, a charge for any party of N or more, tips pooled or split, a discount for a class
of guest, a custom named tender, clock-ins blocked or limited, invoices split by a key,
entries held for review, projects only from templates, how a report counts hours and
holidays, work blocked once a budget is used up (custom logic); a lockout after failed
attempts, PINs that expire, records kept no longer than a period, people who may see some
records only or never see others (security); counted records moved from a system, orders
from their site appearing on ours, ordering and time-tracking systems by brand (data
movement); a holiday as a deadline (delivery date). Second senses removed: a timer app,
role rates, approved hours sent on, totals per store sent on, a feed cut by location,
assignments by a date, a cash drawer's overage, their fixed-fee projects, a discount for
a class of guest read as ours.

Each case is written apart from the data sets and asserted through the full tagger
(rules, then the learned reading). The wording lint refuses a standard named as a grade
("HIPAA-grade security", promises.wording_slogans).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, D, L, S, full_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: their prices, tips, discounts, clocks, reports and budgets.
        ("Happy hour pricing has to apply at the patio bar only.", [L], []),
        ("The grill team wants a tip-out of 3% of sales paid to the dishwashers.", [L], []),
        ("Their tip pooling has to follow the house point system.", [L], []),
        ("A senior discount of 10% must be offered on weekdays before 4 p.m.", [L], []),
        ("Buyer wants a military discount of 10% on food only at the base location.",
         [L], []),
        ("A family meal discount of 100% must apply to on-shift staff.", [L], []),
        ("Prospect wants a staff discount of 30% on shift.", [L], []),
        ("Servers can only clock out once their drawer is counted.", [L], []),
        ("The timesheet report must count 8 hours as a full day.", [L], []),
        ("Time logging should be blocked once the project budget is reached.", [L], []),
        # A cash drawer's overage and their fixed-fee projects are no terms of ours.
        ("Cash overage above $20 has to be flagged to the shift lead.", [L], []),
        ("Budgets on their fixed-fee projects should alert the PM at 80%.", [L], []),
        # Security: lockouts, PINs and passcodes.
        ("Buyer needs the POS to lock the user after three failed PIN attempts.", [S], []),
        ("Kitchen passcodes need to expire every 60 days.", [S], []),
        ("Manager PINs should expire every 30 days.", [S], []),
        # Who sees what.
        ("Clients may see invoiced hours only.", [S], []),
        # Data movement: records moved, orders appearing on our screens, their systems.
        ("They are moving 12,000 loyalty accounts off their old platform.", [D], []),
        ("Tickets from their catering portal need to show up on the expo screen.", [D], []),
        ("Gift cards from Givex must keep working after we switch.", [D], []),
        # Second senses: approved hours, totals per store and a feed by store sent on,
        # assignments loaded by a date.
        ("Approved overtime hours need to go to Paylocity every Monday.", [D], []),
        ("Weekly net sales totals for each of their stores must be sent to NetSuite.",
         [D], []),
        ("Totals for each of their franchise stores should be exported to Sage Intacct "
         "nightly.", [D], []),
        ("A daily sales feed by store must go to their Redshift cluster.", [D], []),
        ("Buyer needs a CSV import of 200 users with project assignments by June 1.",
         [D], [DATE]),
        # A holiday as the deadline.
        ("The new loyalty program must go live by Labor Day weekend.", [], [DATE]),
        ("Buyer needs the curbside flow ready ahead of Mother's Day.", [], [DATE]),
    ],
)  # fmt: skip
def test_pos_and_time_tracking_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert full_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "Prospect wants HIPAA-grade security for every clinic.",
        "The franchise group needs PCI-grade protection for all their locations.",
        "Buyer needs GDPR-level privacy across every store.",
    ],
)
def test_a_standard_named_as_a_grade_is_a_slogan(text: str) -> None:
    assert lint(text) != []
