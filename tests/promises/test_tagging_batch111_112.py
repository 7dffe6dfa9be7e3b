"""Tagging and wording shapes added after batches 111 (warehouse management and
inventory) and 112 (expense, travel and corporate cards).

Added: a reading taken from an instrument of theirs ("carton weights read from their
scales") and weighing and dimensioning equipment by name ("Mettler Toledo", "Cubiscan") are
data movement; a buying policy that keeps bookings or spend to preferred or contracted
suppliers ("limited to their preferred hotels") is custom logic; a per-seat price held
for a term ("the price per named user stays locked") is commercial terms. Second sense
removed: a stretch of months a behaviour holds for ("support during November and
December") is no delivery date. Lint: "something modern" and its kin put a feeling in
place of a thing; "whatever needs the <anyone> has" has no limit.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants pallet weights read directly from their floor scales at receiving.",
         [D], []),
        ("QA wants freezer temperatures read from their data loggers at each dock.", [D], []),
        ("The line must capture case weights from the checkweigher load cells.", [D], []),
        ("The dock team wants parcel dimensions captured from the Cubiscan at each door.", [D],
         []),
        ("Receiving needs gross weights from the Mettler Toledo weighbridge on every truck.",
         [D], []),
        ("Flights booked in the travel tool must be limited to the company's preferred "
         "airlines.", [L], []),
        ("Office purchases must be restricted to their contracted suppliers.", [L], []),
        ("Customer wants the price per named seat to stay locked for three years.", [],
         [TERMS]),
        ("Buyer wants the fee per active user capped for the first three years.", [], [TERMS]),
        ("Customer wants 24/7 support during October through December for their peak "
         "season.", [], [TERMS]),
        ("Retailer asks for a four-hour support response during November and December.", [],
         [TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses kept: one month is a date for the work; access kept to devices is
        # a control; a price list of theirs is product data.
        ("Customer wants SAML SSO live during November.", [S], [DATE]),
        ("Customer wants the SAML SSO rollout in November and December.", [S], [DATE]),
        ("Admin access must be restricted to approved devices.", [S], []),
    ],
)  # fmt: skip
def test_senses(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)


@pytest.mark.parametrize(
    "text",
    [
        # A concrete system named elsewhere does not fill the gap.
        "Prospect wants something modern and intuitive for their Manhattan WMS.",
        "Customer needs something reliable for their Concur feed.",
        "The Navan integration covers whatever policy requirements the finance team has.",
        "Our WMS covers whatever reporting requirements their auditors have.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
