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


# Second pass on 85-88 (guards in promises.tagging_rules_clear, lent to older rules): a
# condition on a security control, an approval or sign-off as a state or an event, a
# dashboard as an object and our own price said with a figure are no rule of theirs; their
# fees waived automatically on an event are one. Each case failed on the rules before.
@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants support tickets closed for more than 2 years to be purged.", [S], []),
        ("Bank wants wire amendments above $250k to be logged with the old and new values.",
         [S], []),
        ("Clinic wants diagnosis codes masked in exports except for staff with the Coding "
         "role.", [D, S], []),
        ("Customer wants temporary access for outside contractors that expires automatically "
         "after 7 days.", [S], []),
        ("Lender wants approved loan applications sent to their core banking system every "
         "hour.", [D], []),
        ("Manufacturer needs the batch records ready before the EMA pre-approval inspection "
         "on 3 June.", [], [DATE]),
        ("Customer needs the data migration tested and signed off by their finance lead by 30 "
         "June.", [D], [DATE]),
        ("Customer wants each dashboard query recorded in the audit log.", [S], []),
        ("Customer wants the finance dashboard extract pushed to their S3 bucket nightly.", [D],
         []),
        ("Customer asks for a reseller commission of just 10% rather than our usual 15%.", [],
         [TERMS]),
        ("Customer asks for a 10% discount on the per-line fee over 20,000 lines.", [], [TERMS]),
        ("Their council requires a fixed price of £80,000, with 5% held back until acceptance.",
         [], [TERMS]),
        ("Customer wants termination fees waived automatically when a member moves abroad.",
         [L], []),
    ],
)  # fmt: skip
def test_second_pass_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


# Near misses that keep their first sense (each tagged the same before the second pass).
@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants support tickets closed for more than 2 years to be reopened on "
         "request.", [L], []),
        ("Customer wants refunds above $500 to be approved by a manager.", [L], []),
        ("Customer wants reminder emails sent daily except for customers with an open "
         "dispute.", [L], []),
        ("Customer wants course certificates that expire after 12 months to be renewed "
         "automatically.", [L], []),
        ("Customer wants an approval step for purchase requests over $5,000.", [L], []),
        ("Customer wants a sign-off step by the QA lead before each release.", [L], []),
        ("Customer wants a dashboard of churn by region for their CS team.", [L], []),
        ("Customer wants any late fee above $50 flagged for a supervisor.", [L], []),
        ("Customer wants a 10% discount for any customer over 20,000 lines.", [L], [TERMS]),
        ("Customer wants retainers held back until the client signs the engagement letter.",
         [L], []),
        ("Setup fees waived if they sign by March 31.", [], [TERMS]),
        ("Sales reps earn a commission of 5% on renewals, calculated monthly.", [L], []),
    ],
)  # fmt: skip
def test_second_pass_near_misses(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
