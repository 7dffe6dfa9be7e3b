"""Wording families added after held-out batches 26 and 27: something to be arranged with
nothing said about what ("sort something out", "put something together", "come up with
something") and someone's hope that we can, whatever system the sentence names.

Each refused case names something concrete, so only the family can refuse it; the
passing cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "The clinic group wants us to sort something out for their Epic data.",
        "Rep will figure something out for the Shopify orders.",
        "We'll put something together for their Jira workflow.",
        "Our SE will come up with something for the NetSuite integration.",
        "The shipping line is hoping we can cover their Dynamics 365 reporting.",
        "Their IT lead is hoping that our SSO works with PingFederate.",
    ],
)
def test_batch26_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer is hoping for Okta SSO for 300 users by March 1.",
        "Customer wants records sorted by due date in the weekly CSV export.",
        "Customer wants the team to put together a nightly CSV export of orders to their SFTP.",
        "cust wants deals >$250k routed to the VP for approval",
        "per their CIO: nightly Parquet export to Snowflake w/ SSO via Okta",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
