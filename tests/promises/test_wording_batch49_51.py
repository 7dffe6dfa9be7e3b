"""Wording shapes added after held-out batches 49 (CRM and sales engagement), 50
(analytics) and 51 (project management), in promises.wording_patterns and
promises.wording_playdown.

Passing: "possible" that limits ("sign-in only possible from their VPN", "possible only
for admins") is a restriction, not a hedge; a connector played down ("a simple Zapier
connector") passes when one event is mapped to one record ("so that each form submission
creates a task"). Refused: "should not be a problem", "won't be an issue" and the like,
said of anything.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Client needs logins to be only possible through their Okta tenant.",
        "Client wants Excel exports possible only for workspace admins.",
        "Client wants a simple Make connector so that each new Shopify order creates a "
        "ticket in their helpdesk.",
        "Client wants a basic Zapier hookup so each Calendly booking becomes a deal in their "
        "pipeline.",
    ],
)
def test_batch49_51_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "GDPR should not be an issue for them.",
        "Uptime won't be a problem for this client.",
        "SSO will not be an issue for this account.",
        "Audit logging should not be any concern here.",
        # Still refused: nothing mapped, or "possible" as a hedge.
        "A simple Zapier connector would do.",
        "SSO should be possible.",
        "Sign-in from their VPN is possible.",
    ],
)
def test_batch49_51_shapes_refused(text: str) -> None:
    assert lint(text) != []
