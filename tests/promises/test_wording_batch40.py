"""Wording families added after held-out batches 40 and 41 (accounts payable and B2B
e-commerce vendors), in promises.wording_ops.

Refused: flexibility asked for on approvals or rules ("flexibility on approvals",
"flexible approval rules") and something light said of a system ("something lightweight
to keep NetSuite in step"), whatever system is named. Passing: help asked for with a named
paper or a named sign-in setup ("help with our security questionnaire", "help with their
Okta SSO setup") names what the team delivers.

Each refused case names something concrete, so only the family refuses it; the passing
cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer needs flexibility on approvals in Coupa.",
        "They want flexibility around invoice routing in SAP.",
        "Flexible matching rules for NetSuite, basically.",
        "Something lightweight to keep NetSuite in step.",
        "Something simple on the Xero side for bills.",
    ],
)
def test_batch40_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants help with our security questionnaire before the March board.",
        "Prospect asks for help with their Okta SSO setup included in onboarding.",
        "Customer needs flexible spending account deductions imported from ADP every payday.",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
