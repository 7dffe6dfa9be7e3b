"""Tagging and wording shapes added after batches 107 (IT service and asset management)
and 108 (payments, invoicing and accounts receivable).

Added: e-invoicing and bank statement formats ("Factur-X", "XRechnung", "camt.054") and
what a bank's lockbox sends ("payments from their lockbox") are data movement; a credit
counted in our billing periods ("a credit of one month's fees") is commercial terms.
Second senses removed: SLA breaches kept as their data ("SLA breach events"), their own
team named for a support level ("the VIP support group"), payment plans and instalments
compared with a limit in their rule, a volume a period with its noun left out ("above
50,000 a month") as a rule's threshold. Lint: who may not act on a record until a
condition holds ("may not be closed until") is a prohibition, not a hedge; a business
result hoped for ("faster cash collection") is quality without a figure.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants invoices to German buyers issued as ZUGFeRD files.", [D], []),
        ("Buyer needs Italian invoices sent as FatturaPA by 1 March.", [D], [DATE]),
        ("Customer wants camt.054 notifications read every hour for cash matching.", [D], []),
        ("Treasury wants payments from their Wells Fargo lockbox posted by 9am daily.", [D],
         []),
        ("Customer wants the lockbox files loaded at 7am each weekday.", [D], []),
        ("Customer wants a credit of two months' fees if the nightly NACHA file is late twice "
         "in a quarter.", [D], [TERMS]),
        ("Buyer asks for a credit equal to one week of fees when a release slips.", [], [TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Second senses: none of these is the word's first meaning.
        ("Customer wants SLA breach records copied to Snowflake each night.", [D], []),
        ("Customer wants SLA breach history exported as CSV weekly.", [D], []),
        ("Incidents from their hospitals must be assigned to the platinum support group.",
         [L], []),
        ("Payment plans over 12 months must be approved by a credit manager.", [L], []),
        ("Any plan of more than ten instalments needs a second approver.", [L], []),
        ("Customer wants a fee of $0.05 per payment for every payment over 20,000 a month.",
         [], [TERMS]),
        # First senses kept: our SLA, our support level, our payment plan, a threshold on
        # their records.
        ("Customer wants a 99.9% SLA on the payment portal.", [], [TERMS]),
        ("Customer wants premium support for their finance team.", [], [TERMS]),
        ("Customer wants a payment plan of four quarterly instalments.", [], [TERMS]),
        ("Invoices above $20,000 need a second approver.", [L], []),
        ("Customer wants our 24/7 support team on the bridge for P1 incidents.", [], [TERMS]),
    ],
)  # fmt: skip
def test_senses(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)


@pytest.mark.parametrize(
    "text",
    [
        "A refund may not be issued until the finance lead has approved the credit note.",
        "Assets may not be retired without a signed disposal certificate.",
    ],
)
def test_prohibition_not_a_hedge(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer expects faster month-end close after go-live.",
        "Customer expects improved visibility into licences after go-live.",
        # Kept: a date foretold with "may not" still hedges.
        "The SSO work may not be finished until the new year.",
        "The Factur-X export may not be delivered until Q3.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
