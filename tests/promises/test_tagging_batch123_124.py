"""Tagging and wording shapes added after batches 123 (government and public-sector case
management) and 124 (manufacturing ERP and shop-floor execution).

Added: a custom score or generator is custom logic, as a custom formula
already was ("a custom risk score", "the custom notice generator"); the security rules of
governments (IRS Publication 1075 and federal tax information, MARS-E, TX-RAMP, FISMA,
an authority to operate) are security; work kept for people with a qualification
("only certified welders can ...", "operator certifications checked") is a rule.
Second senses removed: fees the product works out for their payers ("licence fees
computed from floor area") are not our fees, unless named as ours; a late penalty is
charged to whoever pays them late, unless it falls on us; a payment plan set up for the
people who owe them (taxpayers, patients, defendants; "offered automatically") is their
rule, not how the customer pays us; a system told what to ignore or how to treat a
record ("MRP to ignore safety stock") is its own planning, no data moving.
Lint: "that could" or "which may" opening a clause on a counted noun ("every
subprocessor that could touch ...") scopes the ask rather than hedging it; working
"with any ERP" with nothing that bounds it, and "Industry 4.0 readiness", are refused.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("The agency wants its custom fraud risk score shown on every benefits claim.", [L], []),
        ("The school district wants the custom transcript generator live by August 1.", [L],
         [DATE]),
        ("The registry wants a custom certificate generator for marriage licences.", [L], []),
        ("The department needs the eligibility portal to meet MARS-E controls.", [S], []),
        ("The revenue office needs every report holding federal tax information watermarked.",
         [S], []),
        ("The council wants annual licence fees computed from each shop's floor area.", [L],
         []),
        ("The water utility wants a 10% late penalty on unpaid bills after 30 days.", [], []),
        ("The tax office wants payment plans for taxpayers who owe more than $10,000.", [L],
         []),
        ("Planners want MRP to exclude items marked as obsolete.", [L], []),
        ("Only qualified operators can start the CNC lathe.", [L], []),
        ("The plant wants welder certifications verified at the start of every shift.", [L],
         []),
        ("They need MFA for every contractor account that could reach production.", [S], []),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rep says our scheduler connects to any MES.",
        "Prospect was told the platform works with any CRM out of the box.",
        "They want an Industry 4.0-ready platform.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
