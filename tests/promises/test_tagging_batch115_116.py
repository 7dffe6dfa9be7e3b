"""Tagging and wording shapes added after batches 115 (customer data platforms and product
analytics) and 116 (contract lifecycle management and legal intake).

Added: their own week spanning two weekdays ("weekly retention charts to run Sunday
through Saturday") is custom logic, as a week starting on one already was. Second senses
removed: copies kept out of a named country ("never replicated to the US") are
residency, not a data move; the workflow their contract tool runs on MSAs ("MSA approval
routing", "MSA intake fields") and clauses rated or kept on each of their documents
("flags any uncapped indemnity as high risk", "fields for liability cap on every NDA")
are their documents, not our terms; a share given by an attribution model ("40% credit
to first touch") is no service credit; a workspace, tenant or sandbox provisioned is set
up, not access; a deadline for signing ("if they sign before the end of this quarter")
is no delivery date. Lint: "a smooth transition" and its kin say how the change should
feel (unless the clarity counts read the rest as clear beyond doubt); "the way their old
<system> instance did" (four words before the verb) is a comparison.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Growth team wants weekly active user counts to span Monday through Sunday.", [L],
         []),
        ("Payroll wants the pay week to run Sunday through Saturday for hourly staff.", [L],
         []),
        ("Customer requires profile data kept in the Dublin region and never replicated to "
         "the UK.", [S], []),
        ("Legal wants custom fields added to the MSA intake form for data protection "
         "questions.", [L], []),
        ("Their GC wants a playbook that marks any unlimited indemnification as high risk.",
         [L], []),
        ("Legal ops wants an extraction rule that records the liability cap on every NDA.",
         [D, L], []),
        ("Marketing wants a position-based model with 30% credit to the first touchpoint and "
         "30% to the last.", [L], []),
        ("Customer needs a sandbox tenant provisioned for UAT by June 1.", [], [DATE]),
        ("Buyer gets a 10% discount if the order form is signed by the close of next month.",
         [], [TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # The week starting on a day, as before.
        ("Their finance team wants fiscal weeks to start on Monday for revenue counts.", [L], []),
        # First senses kept: a weekly job on a day is a schedule; copies to a named system
        # move data; our MSA and an uncapped indemnity asked of us are terms; a credit for
        # missed uptime is terms; users provisioned are access; a date for the work stays.
        ("Customer wants weekly backups to run on Sunday at 2am.", [S], []),
        ("Customer wants orders replicated to the US sales team's Snowflake every hour.", [D],
         []),
        ("Customer wants our MSA amended to cap liability at 12 months of fees.", [], [TERMS]),
        ("Customer wants an uncapped indemnity for IP infringement claims.", [], [TERMS]),
        ("Customer wants a 10% credit for any month under 99.9% uptime.", [], [TERMS]),
        ("Customer wants users provisioned from Okta via SCIM.", [S], []),
        ("Customer wants SSO live before the end of this quarter.", [S], [DATE]),
    ],
)  # fmt: skip
def test_senses(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)


@pytest.mark.parametrize(
    "text",
    [
        "Prospect is counting on a painless migration off their old CLM.",
        "Customer expects an effortless switchover from Amplitude.",
        "Customer wants a seamless cutover from DocuSign CLM.",
        "Legal ops wants intake to behave the way their old Ironclad setup did.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
