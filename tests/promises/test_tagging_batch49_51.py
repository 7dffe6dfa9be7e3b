"""Tagging shapes added after held-out batches 49 (CRM and sales engagement), 50
(analytics and reporting) and 51 (project management and collaboration), in
promises.tagging_rules_objects and the checks it lends to the other rule modules.

A product's own objects named as what is moved, secured, counted or waited for are no
custom logic: dashboards migrated, encrypted, posted, reflected into or lost access to
(a dashboard built "of", "showing" or "per" something still is). Words with a second
meaning: a system's records hosted somewhere are no data flow, the part someone plays
("a Decision Role field") is no access role, logged cost or effort is no audit log,
email history handed over is no notice sent "if", an API that access is limited on is
no data flow, "priority-1 tickets" is no volume, "twice in a month" is no date, their
own fixed rates are no price we hold, and a discount or payment terms compared with a
threshold are the condition of their rule, not our terms. Added: an audit entry and
sharing links (security), data handed back and EML or MBOX files, and a report in a
file format emailed to people (data movement), a run of messages paused on an event, a
cap per unit and day, their fiscal calendar and amounts converted at their rates
(custom logic), a feature included in one of our plans, not paying for a higher one,
and a fee reduction (terms).

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
        # Dashboards moved, secured, posted or waited for: not built.
        (
            "Retailer wants a one-time migration of 450 dashboards from their Looker instance.",
            [D],
            [],
        ),
        ("Bank wants all dashboard data encrypted at rest with customer-managed keys.", [S], []),
        (
            "Client wants the weekly pipeline dashboard snapshot posted to their Teams channel "
            "every Monday.",
            [D],
            [],
        ),
        (
            "Insurer wants claims from their Snowflake warehouse reflected in dashboards within "
            "ten minutes.",
            [D],
            [],
        ),
        (
            "Client wants SCIM from Okta so that contractors lose dashboard access on their "
            "last day.",
            [S],
            [],
        ),
        # A system's records kept somewhere: no data moving.
        ("Client wants all CRM contacts hosted in Swiss data centers.", [S], []),
        # Built dashboards stay custom logic.
        ("Client wants a dashboard of churn by region for their CFO.", [L], []),
        # The part someone plays is a value on a record.
        (
            "Client wants a dropdown field called Decision Role on each contact with four values.",
            [L],
            [],
        ),
        # Time-tracking amounts are not audit logs.
        (
            "Agency wants a formula field showing budget left as estimated cost minus logged "
            "effort.",
            [L],
            [],
        ),
        # An API access is limited on is not a data flow.
        ("Bank wants the API reachable only from their office IP range.", [S], []),
        # Email kept as data and handed back.
        ("Client wants all email history returned as MBOX files if they cancel.", [D], []),
        (
            "Client wants every support email thread given back as EML files when they leave.",
            [D],
            [],
        ),
        # A report in a file format emailed to people is a file moving.
        ("Distributor wants CSV reports emailed to 40 branch managers every Friday.", [D], []),
        # An unnamed user's action recorded by an audit entry.
        ("Bank wants an audit record whenever someone exports a customer list.", [S], []),
        ("Client wants public sharing links on attachments to last 48 hours at most.", [S], []),
    ],
)
def test_objects_moved_secured_or_counted(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # A run of messages or steps whose state changes on an event.
        ("Client wants a drip campaign stopped automatically when a contact replies.", [L], []),
        ("Publisher wants a reader's cadence halted once they unsubscribe from any list.", [L], []),
        # A cap per unit and period.
        ("Client wants every sender limited to 200 outbound emails per day.", [L], []),
        # Their own calendar.
        ("Retailer wants all weekly reports to follow their 4-4-5 calendar.", [L], []),
        (
            "Chain wants a retail calendar with weeks starting on Sunday in every date filter.",
            [L],
            [],
        ),
        # Amounts converted at their rates: their rule, not our price.
        (
            "Client wants invoices converted using their bank's fixed month-end exchange rates.",
            [L],
            [],
        ),
        # A discount or payment terms compared with a threshold: their rule's condition.
        (
            "Client wants any order with more than a 20% discount held for the sales "
            "director's approval.",
            [L],
            [],
        ),
        (
            "Client wants quotes with payment terms longer than net 45 routed to finance for "
            "approval.",
            [L],
            [],
        ),
    ],
)
def test_rules_on_their_records(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Which of our plans a feature comes in.
        (
            "Client wants SCIM included in the Business tier without paying for Enterprise.",
            [S],
            [TERMS],
        ),
        (
            "Client wants MFA enforcement included on the Starter edition instead of buying "
            "the security add-on.",
            [S],
            [TERMS],
        ),
        # Money off our fee.
        (
            "Client wants a fee reduction of 15% if the Jira connector is not live by May 1.",
            [D],
            [DATE, TERMS],
        ),
        # A count in a window is no date; "severity-1 tickets" no volume.
        (
            "Client wants a service credit whenever the hourly Marketo sync runs late more "
            "than twice in a month.",
            [D],
            [TERMS],
        ),
        (
            "Client wants a 15-minute response on priority-1 tickets under premium support.",
            [],
            [TERMS],
        ),
    ],
)
def test_our_terms(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
