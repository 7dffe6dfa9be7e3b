"""Wording families added after held-out batches 17 and 18: stances instead of promises
(a qualified yes, pleasing someone, scope with no edge, growth with no figure, trouble
promised away, a regulation worn as a label or named with a feeling), boasts and load
with no figure, and urgency next to a sync or an integration.

Each case is a family member written apart from the data sets, and names something
concrete, so only the family can refuse it.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Mostly yes on the SCIM provisioning question.",
        "Buyer wants audit reporting in Splunk that keeps their examiners happy.",
        "Prospect wants the Okta SSO setup covered on all fronts.",
        "We'll set up the NetSuite export however their controller wants it.",
        "Whatever the auditors ask for from Splunk, we'll provide.",
        "Their ops team needs Power BI visibility into everything.",
        "The carrier needs a TMS that grows with their business.",
        "The hospital wants us NIS2-ready in time for the audit.",
        "Procurement asked if we're fully SOX compliant.",
        "The bank wants reassurance about PCI DSS.",
        "Their DPO needs to know we take GDPR seriously.",
        "Customer needs world-class fraud scoring in their Stripe account.",
        "The OMS must cope with holiday spikes without any glitches.",
        "Orders should sync to NetSuite every 5 minutes without any hiccups.",
        "Get the Workday integration switched on as soon as possible.",
    ],
)
def test_batch_17_and_18_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        # Guards (they pass with or without the families): a figure, a direction, the
        # paper itself, or the word used in its plain sense.
        "Customer wants the NetSuite export ASAP.",
        "They want the WMS to handle 40,000 order lines an hour at peak.",
        "Broadly, they want SAML SSO through Okta for 300 users.",
        "The bank wants reassurance on GDPR through a signed DPA.",
    ],
)
def test_concrete_asks_near_those_families_still_pass(text: str) -> None:
    assert lint(text) == []
