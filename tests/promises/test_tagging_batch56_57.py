"""Tagging shapes added after held-out batches 56 (e-signature, documents and forms) and
57 (procurement, spend and vendor management), in promises.tagging_rules_docs and the
guards it lends to promises.tagging_rules, _security, _logic and _objects.

Words those trades use in a second sense: email addresses pulled from a system are data,
not a notice sent "whenever"; security words inside a quoted status or stage name are its
name, not a control; a report cut by a dimension and delivered as a file is the file's
content; an approver listed with other people a control covers is a person, not an
approval step; an API that is down is what a service credit covers, not data moving.
Added: one person acting after or before another, people listed in their order ("the
seller then the buyer") and a place in the order ("as first signer"), documents voided or
withdrawn by rule, and work stopped once a limit is used up (custom logic); values
refreshed on a cadence from somewhere, "fed in from" and credit and risk data providers
(data movement).

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # An order of people, written out.
        ("Lender wants the co-borrower to sign only after the borrower.", [L], []),
        ("Title company wants deeds signed by the seller then the buyer.", [L], []),
        ("Clinic wants the referring physician as first signer on every consent packet.", [L], []),
        # Documents voided by rule; work stopped once a limit is used up.
        ("Broker wants unsigned quotes to auto-void after 30 days.", [L], []),
        ("Customer wants purchase cards frozen once the monthly allowance is used up.", [L], []),
        ("Buyer wants grant spending blocked when the award budget is fully spent.", [L], []),
        # Values refreshed from elsewhere; data providers.
        (
            "Airline wants crew rosters on each aircraft refreshed hourly from their "
            "scheduling system.",
            [D],
            [],
        ),
        ("Lender wants applicant credit scores fed in from Equifax.", [D], []),
        # Second senses removed.
        (
            "Recruiting client wants candidate emails pulled from Greenhouse whenever an "
            "interview is booked.",
            [D],
            [],
        ),
        ("Lab wants a 'Privacy Review' stage added to every study protocol.", [L], []),
        (
            "Retail client wants a weekly sales-by-store report exported as a CSV file to their "
            "S3 bucket.",
            [D],
            [],
        ),
        ("Charity wants MFA for every submitter and approver on the grants portal.", [S], []),
        (
            "Customer wants service credits whenever the payments API is unavailable for over "
            "an hour.",
            [],
            [TERMS],
        ),
    ],
)
def test_documents_and_procurement_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Controls: the words in their first sense still tag as before.
        ("Customer wants a security review of our platform before signing.", [S], []),
        ("Customer wants a weekly sales by region report emailed to the CFO.", [L], []),
        ("Customer wants accounts locked once the failed login limit is reached.", [S], []),
        (
            "Customer wants reminder emails sent whenever a form is left unsigned for three days.",
            [L],
            [],
        ),
        ("Customer wants a 99.9% uptime SLA on the order API.", [], [TERMS]),
    ],
)
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
