"""Wording families added after held-out batches 28 and 29: tender language that still
leaves the promise open ("in a timely manner", "to the satisfaction of", "tailored to their
needs", "the same way as the current system", "broadly supported", "subject to further
discussion", "appropriate encryption", "future needs", "without undue delay", "meet the
Bank's requirements"), a tender's defined parties ("the Authority") and requirement numbers
("Requirement 4.1:") that name nothing; and asks a rep reports second-hand, which are
requests, not hedges ("they asked if we could", "the only thing holding them back is").

Each refused case names something concrete, so only the family can refuse it; the
passing cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "The supplier shall deliver the Salesforce integration in a timely manner.",
        "Vendor to migrate the Oracle ledgers to the satisfaction of the Trust's CIO.",
        "The platform must offer Jira workflows tailored to the Agency's needs.",
        "The portal should behave in the same way as the council's existing Dynamics setup.",
        "Okta SSO is broadly supported by the platform.",
        "A nightly SFTP export to their data lake, subject to further scoping.",
        "The platform shall provide appropriate encryption for data held in Azure.",
        "The Snowflake connector must scale to meet future needs.",
        "Vendor to notify the Authority of any Okta outage without undue delay.",
        "Requirement 7.2: The solution must meet the Ministry's security requirements.",
        "Requirement 4.1: The Solution shall be scalable and flexible.",
        "Their CTO wants Xero and the platform talking to each other properly.",
        "Data hosted in the EU where relevant.",
        "Only thing they need is the usual stuff.",
        "I think we could support their Okta SSO.",
    ],
)
def test_batch28_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "They asked if we could route refunds over $1,000 to a second approver.",
        "Their ops lead wondered whether we could export closed jobs to BigQuery every night.",
        "They'd like to know if we can push invoices to Xero hourly.",
        "Procurement asked whether it is possible to host all data in Frankfurt.",
        "The only thing holding them back is SCIM provisioning from Okta.",
        "One thing their CFO needs is a monthly CSV of renewals emailed to finance.",
        "Requirement 6.3: The supplier shall support SAML 2.0 SSO through Azure AD for 900 staff.",
        "The supplier shall notify the Authority of any personal data breach within 24 hours.",
        "The solution must encrypt data at rest with AES-256 using keys in the Bank's own HSM.",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
