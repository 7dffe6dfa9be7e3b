"""Tagging shapes added after pending batches 85-88 (clear asks only, across many
industries), in promises.tagging_rules_clear (lent to promises.tagging_rules and _flags).

Added: a money cap per unit on their own discount or spend, a document produced in a
language for the records that ask for it, values printed on or as labels, their own types
or tariffs configured, custom rate plans, a customised flow, rounding up or down to the
next step, a value checked against a register or API, figures rolled up into a score
(custom logic); a file delivered somewhere (data movement); values hashed before they
leave, files signed against tampering, card data kept as tokens (security); an on-site
response in hours, a premium paid for an earlier date, a fee credited (commercial terms).
Second senses removed: a soft or gift credit, a count of credits ("short of 24 credits"),
a "free school meal", a waiver their product grants by rule.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants the staff meal allowance capped at $15 per day per employee.", [L], []),
        ("Buyer wants a monthly spending cap of £200 on in-app purchases for child accounts.",
         [L], []),
        ("The council wants rate notices printed in both Welsh and English for every property "
         "with the bilingual flag set.", [L], []),
        ("Clinic wants appointment letters sent in Vietnamese for patients whose preferred "
         "language is Vietnamese.", [L], []),
        ("Warehouse wants pallet IDs printed as SSCC labels at dispatch.", [L], []),
        ("Insurer wants their 12 new policy types configured by 1 May.", [L], [DATE]),
        ("Carrier wants their 4 custom price plans set up for the prepaid range.", [L], []),
        ("Bank wants a customized loan-application journey with 5 screens.", [L], []),
        ("Payroll wants overtime minutes rounded down to the next 15-minute block.", [L], []),
        ("Customer wants every new vendor's tax ID validated against the IRS TIN matching "
         "service.", [L], []),
        ("Customer wants weekly quiz results rolled up into each learner's mastery score.",
         [L], []),
        ("Hotel wants a nightly revenue file delivered to their accounting firm's SFTP.", [D],
         []),
        ("Customer wants patient names hashed with SHA-256 before the nightly export.", [D, S],
         []),
        ("Customer wants every payout file signed so tampering is detectable.", [S], []),
        ("Retailer wants gift card numbers kept as tokens in our database.", [S], []),
        ("Customer needs a four-hour on-site response for failed kiosks at their 30 branches.",
         [], [TERMS]),
        ("Buyer will pay a 15% premium for go-live by 1 March.", [], [DATE, TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Their donors' credits and counts of credits are not money off our invoice.
        ("Customer wants a soft credit for the full amount given to each board member who "
         "solicits a gift.", [], []),
        ("Customer wants any student short of 30 credits listed for their adviser.", [], []),
        ("Customer wants a weekly export of free school meal status to their catering "
         "provider's SFTP.", [D], []),
        ("Customer wants parking fee waivers for residents applied after a clerk approves.",
         [L], []),
        # Controls: our own price capped, our own waiver, a credit on our invoice, a match on
        # hashed values, a check against a person.
        ("Customer wants the per-seat price capped at $9 a month for three years.", [], [TERMS]),
        ("Buyer wants the onboarding fee waived.", [], [TERMS]),
        ("Customer wants service credits for any month under 99.9% uptime.", [], [TERMS]),
        ("Customer wants profiles merged on hashed email before loyalty ID.", [L], []),
    ],
)  # fmt: skip
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ('Customer wants a custom "Site Visit Notes" tab on every account, editable by '
         "managers only.", [L]),
        ('Customer wants a custom "Claims History" page for adjusters.', [L]),
    ],
)  # fmt: skip
def test_custom_named_screen(text: str, categories: list[str]) -> None:
    assert rules_tags(text)[0] == sorted(categories)
