"""Wording shapes added after held-out batches 56 (e-signature) and 57 (procurement), in
promises.wording_ops and the concrete rules of promises.tagging_rules_docs.

Passing: one person acting after another ("the co-borrower signs after the borrower") is
a rule written out; a flexible rule that sends each item to a named person for what the
item is ("to the cost center owner for that department", "to the adjuster who covers
the claimant's county") is written out too; work stopped once a limit is used up is a
rule. Still refused: an order or a feed that names nothing ("a signing order", "fed in
from wherever they keep it"), and a flexible rule sending things to "the right" person.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Lender wants loan papers signed so the co-borrower signs after the borrower and before "
        "the notary.",
        "Customer wants a flexible approval rule that sends each invoice to the cost center owner "
        "for that department.",
        "Insurer wants a flexible matching rule that assigns each claim to the adjuster who "
        "covers the claimant's county.",
        "Buyer wants grant spending blocked when the award budget is fully spent.",
    ],
)
def test_batch56_57_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants a signing order.",
        "Customer wants a flexible signing order that fits their process.",
        "Customer wants the data fed in from wherever they keep it.",
        "Customer wants flexible routing that sends each request to the right approver for the "
        "amount.",
    ],
)
def test_batch56_57_still_refused(text: str) -> None:
    assert lint(text) != []
