"""Wording shapes added after pending batches 59 (identity and access) and 60 (data
integration and workflow automation), in promises.wording_ops, _playdown and _patterns.

Passing: a played-down connector that says which records it writes as which records
("a basic connector that posts paid invoices as journal entries") says what the work is;
a flexible rule that names only what decides it ("assigns incoming cases by the
requester's region") is written out. Refused: how a need looks ("seems doable", "sounds
feasible") hedges the promise; a flexible rule deciding "by the right criteria" and a
played-down connector naming no records are still refused.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants a simple connector to Xero that writes settled refunds as credit note "
        "lines.",
        "Retailer wants a basic link to NetSuite that books closed orders as sales transactions.",
        "Customer wants a flexible matching rule that assigns new leads by postcode and product.",
        "Insurer wants flexible routing that distributes claims based on the policy type.",
    ],
)
def test_batch59_60_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Their SSO requirements look feasible.",
        "The reporting asks sound pretty straightforward.",
        "Customer wants a basic connector to Xero.",
        "Customer wants flexible routing that assigns cases by the right criteria.",
    ],
)
def test_batch59_60_still_refused(text: str) -> None:
    assert lint(text) != []
