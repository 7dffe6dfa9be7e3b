"""Tagging and wording shapes added after batches 103 (e-signature) and 104 (data
warehouse and BI).

Added: proving who signs (SMS, phone or knowledge-based verification of signers) and the
laws and levels of electronic signature (security); signers all at once or one after
another, logic named as such, their own week (custom logic); a support response promised
in hours with "support" between (commercial terms). Second senses removed: keeping
customers as a metric ("cohort retention"), fees a metric of theirs leaves out, a breach
flag on their tickets, their contracts picked out by their payment terms, a class of
their agreements ("every MSA"), a control put on dashboards, compute as a resource we sell,
credits carried into our next contract year, the deal's own PO. Lint: "real-time" on a
feeling of knowing is no frequency; an outcome foretold ("should be a formality") hedges.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants phone verification of every signer before a lease can be opened.",
         [S], []),
        ("Buyer requires KBA for recipients of loan documents.", [S], []),
        ("Customer needs recipient authentication by SMS code on all offer letters.", [S], []),
        ("Customer wants UETA and ESIGN Act wording on the audit certificate.", [S], []),
        ("Buyer wants serial approvals on purchase requests by 1 July.", [L], [DATE]),
        ("Customer wants parallel signing by all 5 directors on every board resolution.", [L],
         []),
        ("Customer wants the stock reorder logic changed for their 40 warehouses.", [L], []),
        ("Customer wants weeks to start on Monday in every sales report.", [L], []),
        ("Customer needs a two-hour support response on failed nightly exports to S3.", [D],
         [TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Second senses: none of these is the word's first meaning.
        ("Customer wants a revenue retention chart split by region.", [L], []),
        ("Customer wants gross margin reported net of onboarding fees per account.", [L], []),
        ("Customer wants an SLA breach flag set on tickets older than 4 hours.", [], []),
        ("Customer wants legal sign-off on quotes with extended payment terms.", [L], []),
        ("Customer wants every MSA routed to their general counsel.", [L], []),
        ("Buyer wants SSO on all embedded dashboards.", [S], []),
        ("Customer asks for 10,000 compute credits in the first year.", [], [TERMS]),
        ("Unused prepaid hours should roll over into the next contract term.", [], []),
        ("Customer needs our SOC 2 report shared before the PO is issued.", [S], []),
        # First senses kept: data kept, our fees, our SLA, our MSA, our price, a built
        # dashboard, a computed value, their balance rule, a step before their record moves.
        ("Customer wants chat transcripts kept under a 7-year retention period.", [S], []),
        ("Customer wants the implementation fees waived.", [], [TERMS]),
        ("Customer wants a service credit on any SLA breach.", [], [TERMS]),
        ("Customer wants changes to our master services agreement.", [], [TERMS]),
        ("Customer wants net-60 payment terms.", [], [TERMS]),
        ("Customer wants a dashboard of churn by region.", [L], []),
        ("Customer wants shipping costs computed from parcel weight.", [L], []),
        ("Customer wants unused leave days to roll over for one year.", [L], []),
        ("Customer wants a budget check before each purchase order is released.", [L], []),
        ("Customer wants the rollout in the week starting Monday 6 January.", [], [DATE]),
        ("Customer wants events forwarded to Sumo Logic.", [S], []),
    ],
)  # fmt: skip
def test_senses(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)


@pytest.mark.parametrize(
    "text",
    [
        "Buyer wants real-time visibility across the whole company.",
        "Customer expects real-time intelligence for every team.",
        "The DPA should be a formality.",
        "Legal says the pen test is just a rubber stamp for them.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []


def test_real_time_on_a_system_stays_concrete() -> None:
    assert lint("Customer wants orders from Shopify synced in real time.") == []
