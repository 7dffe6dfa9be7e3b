"""Tagging families added after held-out batches 19 to 22 (hospitals, payers, pharma,
marketing, agencies, legal, everyday B2B SaaS, government and manufacturers), kept to
shapes that cross domains (promises.tagging_rules_cross): staff named by where they sit,
records checked against a rule set, refused or excluded on a condition, people told by
page, a prohibition with its condition, prices said as a price; and false
hits removed (a commission that regulates, a stage change that only fires a webhook, a
span of time that is not a threshold, a clause their contract tool handles).

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # Staff named by where they sit; badges, cards and cookie consent as controls.
        ("Customer bars offshore contractors from their support desk.", [S]),
        ("Customer wants only UK-based engineers to reach their production tenant.", [S]),
        ("Clinicians want proximity card tap at shared workstations.", [S]),
        ("Customer wants our cookie banner to honour each visitor's choice.", [S]),
        ("Moderators must not see members' email addresses.", [S]),
        # Data work named with no system, and the systems of the domains.
        ("Practice wants an 837P generated for each completed visit.", [D]),
        ("Claims should go to Waystar twice a day.", [D]),
        ("Drivers' handhelds should upload proof-of-delivery photos once they regain signal.",
         [D]),
        ("Prospect wants their permit history carried over through a one-time data "
         "conversion.", [D]),
        ("The county needs the cashiering interface live in 8 weeks.", [D]),
        ("Matter numbers should come across from Intapp Open.", [D]),
        ("Meter readings get fed straight from the sensors into the alarm view.", [D]),
        ("Their CISO must be told within four hours of any cyber incident.", [S]),
        ("Overdue inspections should automatically open a corrective task.", [L]),
        # Rules on records written as a check, a refusal, a silence or a weight.
        ("Expense lines should be checked against their travel policy before payout.", [L]),
        ("Their carriers need state-specific edits for each policy.", [L]),
        ("Timesheets should be rejected when the project code is closed.", [L]),
        ("Shoppers without an opt-in must be excluded from every SMS blast.", [L]),
        ("Members who haven't booked a class in 60 days should get a win-back offer.", [L]),
        ("Job postings should expire on their close date automatically.", [L]),
        ("Vendor ratings weighted 60% price and 40% quality.", [L]),
        ("The app attributes each signup to the referring partner.", [L]),
        ("No order may be shipped until payment clears.", [L]),
        ("Critical alarms should page the on-call engineer.", [L]),
        ("Reviews left by guests are held for moderation before going live.", [L]),
        ("A comment is required whenever an invoice is disputed.", [L]),
        ("Incoming expense receipts should be auto-coded to GL accounts.", [L]),
        ("The report attributes pipeline to webinars using a W-shaped model.", [L]),
        ("Editors want a CMS workflow with legal sign-off on every article.", [L]),
        # False hits removed: a regulating commission, a stage change as an event, a span
        # of time, an SSO target or a go-live, legal transfers, a scanned upload, a
        # threshold count, approved records picked for an export, an API as a subject.
        ("The securities commission requires audit trails kept for seven years.", [S]),
        ("A webhook should fire on every opportunity stage change.", [D]),
        ("Failed webhook calls must be retried over 12 hours.", [D]),
        ("Backups must allow no more than 5 minutes of data loss.", [S]),
        ("SAML SSO must be live before their Epic go-live.", [S]),
        ("Legal wants SCCs in place for transfers to the US.", [S]),
        ("Every file upload must be scanned for viruses.", [S]),
        ("Any campaign to more than 50,000 contacts needs a second approver.", [L]),
        ("Approved payouts should be exported nightly as a NACHA file.", [D]),
        ("Buyer wants 99.95% uptime on the tax-rates API.", []),
    ],
)  # fmt: skip
def test_batch_19_to_22_categories(text: str, categories: list[str]) -> None:
    assert _tag(text)[0] == categories
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Prices said as a price, cooperative contracts, retainage, work folded in.
        ("Their CFO wants a price of $18 per seat.", [TERMS]),
        ("Customer expects $3 per user per month for the SSO add-on.", [TERMS]),
        ("Procurement asks us to lock the per-unit fee for five years.", [TERMS]),
        ("The district wants to buy through a cooperative purchasing agreement.", [TERMS]),
        ("The agency will apply 5% retainage to each milestone invoice.", [TERMS]),
        ("Buyer wants the onboarding workshops folded into the subscription price.", [TERMS]),
        ("Data cleanup should be quoted on a separate statement of work.", [TERMS]),
        # Dates: not the contract's, not a ratio, and the end of a named shutdown.
        ("Customer wants a 10% discount if the order is signed by March 31.", [TERMS]),
        ("Commission splits follow a 50/30/20 model across the deal team.", []),
        ("The plant wants the MES feed live by the end of the July shutdown.", [DATE]),
        # Not terms: a clause their tool handles, SLA breaches reported, a response time
        # measured per team, free content for their readers, money held in a rule.
        ("Their reviewers want any indemnity clause that deviates from the playbook flagged.",
         []),
        ("Managers want a weekly digest of SLA breaches by queue.", []),
        ("Supervisors want first response time per team on the wallboard.", []),
        ("The metering rule should allow three free articles per month.", []),
    ],
)  # fmt: skip
def test_batch_19_to_22_flags(text: str, flags: list[str]) -> None:
    assert _tag(text)[1] == flags
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Guards (these pass with or without the families): a commission plan is still
        # logic, a liability cap and an SLA credit still terms, a token still security.
        ("Reps want their commission calculated on paid invoices only.", [L], []),
        ("Customer wants our liability capped at twelve months of fees.", [], [TERMS]),
        ("Customer wants a 10% service credit for each SLA breach.", [], [TERMS]),
        ("Customer wants API tokens to expire automatically after 30 days.", [S], []),
        ("Prospect wants 2 million records migrated from Dynamics.", [D], []),
        ("The interface must be available in French.", [], []),
    ],
)  # fmt: skip
def test_batch_19_to_22_guards(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
