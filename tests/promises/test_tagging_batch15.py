"""Tagging families added after held-out batch 15 (HR, payroll and learning software):
records that expire or renew on a clock, pay rules, custom taxonomies, files sent to a
third party, and approvals that are events or roles rather than approval steps.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger
from promises.wording import lint

S, D, L = "security", "data_movement", "custom_logic"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Customer wants compliance trainings to lapse after 24 months with staff "
         "re-enrolled automatically.", [L]),
        ("Buyer needs first-aid certifications to expire every 36 months.", [L]),
        ("Prospect wants night shifts paid at 1.25x and 2x on Sundays.", [L]),
        ("Customer wants time-and-a-half after 8 hours in a day for warehouse staff.", [L]),
        ("Buyer needs a holiday rate applied to anyone rostered on Christmas Day.", [L]),
        ("Prospect wants a custom job hierarchy of five levels for their grading.", [L]),
        ("Customer wants the monthly pension file delivered to their provider.", [D]),
        ("Buyer needs the census extract sent to their insurer each quarter.", [D]),
        ("Customer wants a Slack message posted whenever a promotion is approved.", [D]),
        ("Prospect requires SSO with MFA for all finance approvers.", [S]),
    ],
)  # fmt: skip
def test_batch_15_families(text: str, categories: list[str]) -> None:
    assert sorted(Tagger(DEFAULT_RULES).tag(text).categories) == categories
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants pay rises to wait until a supervisor approves them.",
        "Buyer needs expense reports over $1,000 to go to two approvers.",
    ],
)
def test_approval_steps_are_still_custom_logic(text: str) -> None:
    assert L in Tagger(DEFAULT_RULES).tag(text).categories
