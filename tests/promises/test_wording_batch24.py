"""Wording families added after held-out batches 24 and 25: trouble promised away ("there
won't be any problems", "no surprises"), whatever someone's team asks for, scope across
every part of something and a quality on everything ("real-time everything"), terms
described by how they feel ("competitive pricing", "fees to stay reasonable"), work done
"properly" with nothing measured, and "once" as a condition rather than a frequency.

Each refused case names something concrete, so only the family can refuse it; the
passing cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "The rep promised there won't be any problems with the NetSuite cutover.",
        "Sales said there will not be any surprises on the HubSpot migration.",
        "Buyer expects no hiccups with the Workday rollout.",
        "Anything the club's marketing team wants will be in the Salesforce export.",
        "We'll cover whatever the hospital's compliance team asks for.",
        "They want full audit logging across every part of the platform.",
        "Customer wants automated everything in the Shopify store.",
        "Their finance lead wants competitive pricing on the renewal.",
        "Procurement wants renewal fees to stay reasonable.",
        "Their CFO wants a fair deal for the three-year term.",
        "They want the Jira integration working properly.",
        "The customer wants the Shopify connector done right.",
        "Once they sign, the onboarding will be taken care of.",
    ],
)
def test_batch24_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants no duplicate contacts created by the HubSpot sync.",
        "Customer wants MFA enforced on every admin login across all three regions.",
        "Customer wants a fair price of $40 per seat per month.",
        "Customer wants reasonable rate limits on the public API.",
        "Customer needs the Okta SSO set up correctly for 400 users.",
        "Customer wants contacts synced properly from Pipedrive every hour, matched on email.",
        "Customer wants the HubSpot sync running right away.",
        "The legacy tickets should be imported once, before go-live.",
        "Once a week the team wants a CSV of open work orders emailed to the site manager.",
        "Customer wants the Okta SSO live once the contract is signed.",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
