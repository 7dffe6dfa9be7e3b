"""Wording families added after held-out batches 19 to 22: a regulation worn as a label
(now GxP, HITRUST and Part 11 too, and "fully <regulation> compliant"), scope "across the
board", expectations or standards met with nothing named, "industry-standard" as a
boast, growth "as they grow", whatever "makes most sense", and how someone will feel;
and clear asks no longer refused: "how soon" as a question for a date, "if possible" as
politeness on a request, "no <thing> may be" as a prohibition, and an RFP that is not a
named system.

Each refused case names something concrete, so only the family can refuse it.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "The lab wants the Salesforce org GxP-ready.",
        "Prospect wants the Okta SSO setup right across the board.",
        "The chambers want the platform to meet SRA confidentiality expectations.",
        "Customer wants industry-standard safeguards on their Snowflake share.",
        "The ERP team needs a fully HIPAA compliant SFTP drop.",
        "They want the HubSpot sync to keep up as they grow.",
        "Set up the Salesforce side however makes most sense for them.",
        "Their CISO should feel comfortable with our SOC 2 report.",
        "The RFP asks us to address their privacy concerns.",
    ],
)
def test_batch_19_to_22_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "How soon can the Jira integration be live, given their sprint review on June 3?",
        "They'd like, if possible, SAML SSO through Okta for 400 users.",
        "No order may be shipped until payment clears.",
    ],
)
def test_clear_asks_of_those_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Guards (they pass with or without the families): the paper or control is named
        # and nothing is worn as a label.
        "The RFP requires SAML SSO through Okta.",
        "They want a signed BAA and HIPAA audit logs kept for six years.",
    ],
)
def test_concrete_asks_near_those_families_still_pass(text: str) -> None:
    assert lint(text) == []
