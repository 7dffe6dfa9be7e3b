"""Tagging families added after held-out batches 26 and 27 (labs, aviation, maritime,
mining, museums, architecture, vets, churches, startups; generic SaaS asks written as
hurried CRM notes), promises.tagging_rules_notes: thresholds in note shorthand (">$250k",
"≥ €10k", "$500+"), amounts split across stages or cost centres, billing by percentage
complete, people or records suspended automatically and conditions on someone's record
("whose check has lapsed") as custom logic; data kept from leaving a place ("no
replication outside the EU"), export taken away as a permission and accounts deactivated
on their own as security; "paid by us", "included in base price", a priced add-on,
"thrown in" and a flat yearly fee as terms; a day and month after "on" ("cutover on
9/1") as a date; and false hits removed (a sales region after "each", a ticket the
customer approved, a buying condition that names security paperwork, sign-offs that an
audit trail records, "can't export", a balance paid on a day, yr 1 signing dates).

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
        # Thresholds in note shorthand.
        ("cust wants a Teams alert whenever an opp >€100k slips a stage", [L], []),
        ("POs ≥ $10k need a second approver", [L], []),
        ("refunds $500+ go to the finance lead", [L], []),
        ("Customer wants orders <$50 to skip the fraud review", [L], []),
        # Amounts split across the parts of the work, and progress billing.
        (
            "Customer wants consultancy fees apportioned between work packages by percent "
            "complete.",
            [L],
            [],
        ),
        ("Customer wants revenue recognised by percentage of completion.", [L], []),
        (
            "Customer wants contractor timesheets allocated across their grant codes and projects.",
            [L],
            [],
        ),
        # Our own invoice split between their entities is a term, not their rule.
        ("Customer wants our annual invoice split between their two subsidiaries.", [], [TERMS]),
        # People or records taken out of use on a condition of their record.
        ("Club wants members whose direct debit has failed suspended automatically.", [L], []),
        ("Hospital wants any nurse whose registration has lapsed removed from the rota.", [L], []),
        ("Gym wants to auto-suspend members with two failed payments.", [L], []),
        ("Marketplace wants listings deactivated automatically once the item sells.", [L], []),
        # Accounts and credentials taken out of use stay security.
        ("Customer wants users whose password has expired locked out.", [S], []),
        ("Customer wants dormant user accounts deactivated after 45 days.", [S], []),
        ("cust wants inactive users auto-suspended after 30 days", [S], []),
        # Where data may not go.
        ("Customer requires that backups are never replicated outside the UK.", [S], []),
        ("Customer needs no copies of patient files stored outside Australia.", [S], []),
        ("Customer wants replication to a second region for DR.", [S], []),
        # Export taken away as a permission.
        ("Agents can view tickets but not export them.", [S], []),
        ("cust wants viewers unable to download or print contracts", [S], []),
        ("Customer wants a weekly export of tickets to their S3 bucket.", [D], []),
        # A sales region is not where data is hosted.
        ("cust wants leads round-robined within each EMEA region", [L], []),
        ("Customer requires EU region only hosting.", [S], []),
        # A ticket the customer approved is where access comes through, not an approval step.
        ("Vendor staff may only access prod data via a customer-approved change ticket.", [S], []),
        ("per their CISO: prod access only via JIT w/ 4-hr expiry", [S], []),
        # A buying condition that names security paperwork; a record held at a step stays.
        ("Prospect won't proceed without a signed BAA.", [S], []),
        ("Claims must not proceed to payment until the adjuster approves.", [L], []),
        # Sign-offs that an audit trail records; a sign-off step stays custom logic.
        ("Customer wants lab sign-offs recorded in the audit trail.", [S], []),
        ("Customer wants a QA sign-off step before release.", [L], []),
        # Paying us, or not.
        ("cust wants SOC 2 audit costs covered by us", [S], [TERMS]),
        ("Buyer says we'll pay for their third-party penetration test.", [S], [TERMS]),
        (
            "Customer wants the Jira integration included in the standard subscription price.",
            [D],
            [TERMS],
        ),
        ("cust wants audit log streaming included at list price", [D, S], [TERMS]),
        ("Customer wants the $12k analytics add-on thrown in.", [], [TERMS]),
        ("cust wants a sandbox thrown in for year one", [], [TERMS]),
        ("Customer wants a flat annual fee instead of per-seat pricing.", [], [TERMS]),
        ("cust wants 15% off yr 1 if signed by EOQ", [], [TERMS]),
        # A day and a month after "on", but not the day money falls due or a renewal.
        ("Customer wants a Salesforce sync w/ go-live on 10/1", [D], [DATE]),
        ("Customer wants Okta SSO for the rollout on 3/15.", [S], [DATE]),
        ("Customer pays the balance on 9/1 for the HubSpot sync.", [D], []),
        ("Contract renews on 4/1 and they want renewal uplift capped at 5%.", [], [TERMS]),
    ],
)
def test_batch26_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (sorted(categories), flags)
    assert lint(text) == []
