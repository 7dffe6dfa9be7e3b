"""Tagging families added after held-out batches 30 (customers' own emails and chats, often
not in their first language) and 31 (a typical week of intake): a label saying where the
ask was written ("From Slack:") names no system; where their own customers sit, "free
zones", the contract's end as a time ("after they terminate the contract", "at contract
end, delivered within 14 days"), their works council or board agreeing, records an export
carries ("an export of all approvals") and their staff's pay rates ("1.5 times the hourly
rate") are no longer security, terms, dates or custom logic; an export a log records is an
action, not data movement. Added: data kept at home ("inside the Kingdom", "must not leave
the EU"), retention and backups without "for" ("archived 10 years", "backed up every
day") and a gate on who may download as security; rankings and weighted scores, the
condition first ("when ticket is closed, the customer gets survey email"), reports sent to
people and fields made mandatory after the noun as custom logic; fees named as charges as
terms.

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
        # Where the ask was written is no system.
        ("From Slack: the client needs SAML SSO through Entra ID for 300 staff.", [S], []),
        ("From the Microsoft Teams chat with their IT lead: they need MFA enforced for every "
         "admin.", [S], []),
        ("Per the customer's Slack message, invoices above 20,000 EUR need CFO approval.", [L], []),
        # An export a log records is an action people take.
        ("Each export by an admin must be logged in the activity log with the row count.", [S], []),
        # Where their own customers are is not where data is kept; a free zone is a place.
        ("Customer wants tax calculated automatically for shoppers located in Canada.", [L], []),
        ("Customer wants zero VAT applied automatically on invoices for companies in free trade "
         "zones.", [L], []),
        # The contract's end as a time, not a right to terminate or a date for the work.
        ("Their DPO wants all backups destroyed within 60 days after they terminate the "
         "agreement.", [S], []),
        ("Customer wants all tickets exported as CSV on termination, delivered within 30 days.",
         [D], []),
        # Their own body agreeing to the purchase is no sign-off step.
        ("The buyer needs a SOC 2 Type II report before their works council approves the "
         "rollout.", [S], []),
        ("They need an ISO 27001 certificate before their board signs off on the purchase.", [S],
         []),
        # Records an export carries are data, not approval steps or workflows.
        ("Customer wants a daily feed of all approvals to their data lake.", [D], []),
        ("Customer wants approvals exported to Excel every Friday.", [D], []),
        ("Customer wants a backup of all completed workflows copied to Azure Blob nightly.",
         [D, S], []),
        # Their staff's pay rates, which the product works out, are not our rate card.
        ("Customer wants shift pay calculated at double the hourly rate on public holidays.", [L],
         []),
        ("Customer wants night shift pay calculated at 1.25 times the employee's hourly rate.",
         [L], []),
        # Rankings by criteria and weighted scores.
        ("Customer needs the platform to rank applicants by years of experience and test score.",
         [L], []),
        ("Customer wants a weighted scorecard for vendor reviews.", [L], []),
        ("Customer wants an engine that scores leads using firmographic data.", [L], []),
        # A gate on who may take the data.
        ("Reports must be approved by a manager so that no user can print them before release.",
         [L, S], []),
        ("Customer wants compliance to approve each report before anyone can export it.",
         [L, D, S], []),
        # Data kept at home, however it is said.
        ("Kindly host all our data inside the country.", [S], []),
        ("Records must never leave the Kingdom.", [S], []),
        ("We need that all personal data stays inside our own country.", [S], []),
        ("The buyer expects the system to keep their data in Japan.", [S], []),
        ("Customer is requesting that the data is not leaving EU.", [S], []),
        # Retention and backups without "for".
        ("It is needed that all the documents are archived 10 years.", [S], []),
        ("We need that our data is backed up every day.", [S], []),
        # The condition first, a report sent to people, a field made mandatory.
        ("Customer needs that when ticket is closed, the customer gets survey email.", [L], []),
        ("Once an order is shipped the buyer is notified by SMS.", [L], []),
        ("Customer wants report sent to directors every Monday.", [L], []),
        ("Please to make the field 'Tax ID' mandatory for all suppliers in Mexico.", [L], []),
        # Fees named as charges.
        ("Customer requests to remove the implementation charges.", [], [TERMS]),
    ],
)  # fmt: skip
def test_batch30_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


def test_a_date_for_the_work_is_still_a_date() -> None:
    # The exit window is not a date; a window for building the work still is.
    assert _tag("Customer wants the Salesforce integration delivered within 30 days.") == (
        [D],
        [DATE],
    )
    assert _tag("Customer wants all tickets exported as CSV on termination, delivered "
                "within 30 days.") == ([D], [])  # fmt: skip
