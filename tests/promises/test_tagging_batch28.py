"""Tagging families added after held-out batches 28 (tender and procurement language) and
29 (a rep reporting the customer second-hand): we pay in tender voice ("the supplier shall
bear all costs", "at its own expense", "priced as a one-off fee") as terms; data kept from
other places however it is worded ("transferred to or viewed from outside the UK") as
security, not data movement; a review step, and records flagged for review with the
condition in between, as custom logic; and false hits removed (a buying condition on us,
"unless we" or "renew only if", a customer who "won't sign off" or "won't move forward", a
UAT sign-off as a milestone, an approval or an export a log records, an on-prem source
system, liability "capped at no more than", a threshold on their discounts, an assurance
asked for with "guarantee that").

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # We pay, in tender voice.
        ("The supplier shall bear all costs of the data migration from Dynamics.", [D], [TERMS]),
        ("Vendor to fund quarterly penetration tests of the production tenant.", [S], [TERMS]),
        ("The contractor will deliver SAML SSO at its own expense.", [S], [TERMS]),
        ("They want the Jira connector billed as a one-off charge.", [D], [TERMS]),
        # A cap on our liability is a term, not a threshold on records.
        ("Their legal team wants our liability capped at no more than 150% of fees.", [], [TERMS]),
        ("Refunds of more than $500 must go to a finance manager.", [L], []),
        # A threshold on their discounts is a rule; a discount for them is a term.
        ("Discounts of over 20% on a quote need sign-off from the sales director.", [L], []),
        ("Procurement wants a discount of 12% on the three-year renewal.", [], [TERMS]),
        # A buying condition on us is the ask, not a rule on records.
        ("The hospital won't sign unless we provide a signed BAA.", [S], []),
        ("They'll renew only if we add SCIM provisioning from Okta.", [S], []),
        ("Blocker: their IT team won't sign off until we stream events to their Kafka.", [D], []),
        ("Refund requests stay blocked unless the store manager approves them.", [L], []),
        ("Timesheets can be submitted only if every task has a cost code.", [L], []),
        # A testing sign-off is a milestone; a sign-off on records is a step.
        ("Vendor to reach UAT sign-off on the Workday integration by 30 April 2027.", [D], [DATE]),
        ("Change requests over $5,000 need sign-off from the finance director.", [L], []),
        # An approval a log records is not an approval step.
        ("Their auditors want audit logs of each approval streamed to their SIEM.", [D, S], []),
        # Records flagged for review, the condition in between.
        ("Flag any supplier invoice that has no PO number for review.", [L], []),
        # An assurance asked for is not a commercial guarantee.
        ("Their DPO asked if we can guarantee that backups stay in the EU.", [S], []),
        ("Customer wants a money-back guarantee on the implementation.", [], [TERMS]),
        # Going on with the deal is not data moving; an on-prem source is not hosting.
        ("Blocker: unless we add Okta SSO, procurement won't move forward.", [S], []),
        ("Vendor to migrate 2 TB of contracts from the current on-premise store.", [D], []),
        # Export among what people do to records is an action a log covers.
        ("Auditors need logs of every view, edit and export kept for seven years.", [S], []),
        # A review step in their process.
        ("Contracts longer than two years need a legal review step before signature.", [L], []),
        # Data kept from other places, however it is worded.
        ("Cardholder data must never be transferred to or viewed from outside the UK.", [S], []),
    ],
)
def test_batch28_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
