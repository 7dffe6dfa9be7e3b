"""Tagging shapes added after pending batches 65 (general SaaS), 66 (marketing automation)
and 67 (developer platform), in promises.tagging_rules_devplat (lent to
promises.tagging_rules, _flags and _cross).

Added: a pipeline or check that fails on a condition, a merge or pull request made to run
or need something, builds promoted to production only on a condition, work stopped during a
change or code freeze, a different rate limit or quota, an error body returned for some
responses, something done only in business hours, a cap of N sends per contact, a score of
N points, a send in each contact's own time zone, a contact changed after N bounces, people
suppressed from sends (custom logic); people limited to their own records, requests only
from their own IP or NAT addresses (security); people added to a contact list, logs moved
(data movement); usage billed at a fraction of our price, something written into the
contract (terms). Second senses removed: "pull requests" pull no data, a pipeline "to fail"
moves none, an API's gateway and consumers are no data flow, a team a rule routes alerts to
is no dedicated team of ours, a signing deadline is no delivery date, "so they can trigger"
is their use of the data.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # The developer platform's own parts, gated by a rule.
        ("Customer wants builds to fail if unit test coverage drops below 80%.",
         [L], []),
        ("Customer wants merge requests into main to need a passing lint job.", [L], []),
        ("Customer wants canary releases promoted to prod only once error rates stay flat.",
         [L], []),
        ("Customer wants deploys blocked during their quarter-end release freeze.", [L], []),
        ("Customer wants sandbox apps given a stricter quota than production apps.", [L], []),
        ("Customer wants the gateway to respond with their own error page for "
         "timeouts.", [L], []),
        ("Customer wants on-call pages sent only outside business hours.", [L], []),
        # Marketing: their rules on contacts.
        ("Retailer wants a cap of two promotional texts per subscriber per week.", [L], []),
        ("Customer wants trial sign-ups scored 10 points above newsletter sign-ups.", [L], []),
        ("Customer wants reminders sent at 8 a.m. in every recipient's own time zone.",
         [L], []),
        ("Customer wants a lead unsubscribed after three spam complaints.", [L], []),
        ("Customer wants current customers suppressed from the win-back sequence.", [L], []),
        # Whose records, where requests come from.
        ("Customer wants franchise owners limited to their own locations.", [S], []),
        ("Customer wants admin logins refused unless they come from their office IP range.",
         [S], []),
        # Data moved.
        ("Customer wants event attendees from Cvent added to a mailing list each night.",
         [D], []),
        ("Customer wants audit logs older than a year moved to their Azure archive.", [D, S],
         []),
        # Terms.
        ("Customer asks that extra seats be charged at half the renewal price.", [], [TERMS]),
        ("Buyer wants a two-hour response for outages written into the order form.", [],
         [TERMS]),
        ("Customer wants 10% off the analytics add-on if they sign by the end of the quarter.",
         [], [TERMS]),
        # Second senses removed.
        ("Customer wants mutual TLS on the API gateway for partner traffic.", [S], []),
        ("Customer wants API consumers on the starter plan given a lower rate limit.",
         [L], []),
        ("Customer wants incidents routed to a dedicated team by service name.", [L], []),
    ],
)  # fmt: skip
def test_devplat_and_marketing_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses still tag as before.
        ("Customer wants contacts pulled from HubSpot every hour.", [D], []),
        ("Customer wants a dedicated team for their rollout.", [], [TERMS]),
        ("Customer wants the Salesforce migration finished before the change freeze in "
         "December.", [D], [DATE]),
        ("Customer wants orders streamed into their data pipelines to Snowflake.", [D], []),
    ],
)  # fmt: skip
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
