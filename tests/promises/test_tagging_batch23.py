"""Tagging families added after held-out batch 23 (telecoms, energy, travel, property,
construction, dealers, streaming, nonprofits, farms): rights to act on files and accounts
limited to their own records as security, the length of our contract as commercial terms;
and false hits removed (a utility's meter MDM, gift, tax or course credits, the day a
balance falls due, an API named only under an availability SLA, a streaming business).

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Rights on files and accounts held to their own records.
        ("Tenants should get no print rights on lease documents.", [S], []),
        ("Franchisees need upload privileges on the brand asset library, nothing else.",
         [S], []),
        ("Broker logins restricted to their own listings.", [S], []),
        ("Installer accounts must be scoped to their own job sites.", [S], []),
        # A device-management MDM is still security.
        ("Field tablets must be enrolled in their MDM before first login.", [S], []),
        # A meter data system is not device management.
        ("The utility wants daily register reads pulled from their Sensus MDM.", [D], []),
        ("Hourly usage from the MDM should arrive as CSV with meter IDs and interval reads.",
         [D], []),
        # Credits that are their data, not money off our invoice.
        ("Members need CPE credits posted to their Salesforce contact records nightly.",
         [D], []),
        ("The charity wants matching credits exported to Blackbaud weekly.", [D], []),
        # Credits on our fees are still terms.
        ("Customer wants credits on the next invoice if the Okta SSO outage repeats.",
         [S], [TERMS]),
        # The length of our contract.
        ("The airline wants a one-year term before any multi-year renewal.", [], [TERMS]),
        ("Buyer asks for month-to-month invoicing until the pilot ends.", [], [TERMS]),
        # The day money falls due is not a delivery date.
        ("The remainder is payable on March 15 after the Snowflake export goes live.", [D],
         []),
        ("Balance due on June 30, with half paid at signature.", [], []),
        # A delivery date on the same month-and-day shape still counts.
        ("Customer wants the Snowflake export live on June 30.", [D], [DATE]),
        # An API under an availability commitment moves no data.
        ("Can we commit to 99.9% API uptime with credits for each missed month?", [], [TERMS]),
        # A streaming business is not a data stream; their event streaming platform is.
        ("Streaming company wants SAML SSO through Azure AD.", [S], []),
        ("Orders should be published to the event streaming platform in real time.", [D],
         []),
    ],
)
def test_batch23_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
