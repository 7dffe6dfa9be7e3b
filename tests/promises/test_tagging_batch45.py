"""Tagging shapes added after held-out batches 45 (education software), 46 (manufacturing
operations and industrial IoT) and 48 (subscription billing and revenue recognition), in
promises.tagging_rules_general and the precision checks it lends to the other rule modules.

Tuning on trade vocabulary had not carried to unseen trades, so these are sentence shapes.
Added: records placed by a rule ("assigns students to sections by reading score"), a step
gated "only after" another, rounding and reference days of a calculation, a choice each of
their units makes, when revenue counts, a schedule restarting from a date, proration by
the day, a retry schedule, balances rolling over, a count in a window as a trigger, their
own invoices to their customers, messages written in a language by rule, consent and
signature steps, values mapped to their own scheme (custom logic); data that must never
touch our servers (security); store and forward on reconnect, and a file emailed to a
person (data movement, where a report emailed stays custom logic); money off our invoice,
a price after a free start and a flat fee (terms).

Whose price it is decides terms against custom logic: our price unit ("per-site
licensing"), a cap on our uplift and our credit on an invoice are terms with no logic;
their discount applied automatically, their fees recognized as revenue, every prorated
charge of theirs, payment terms on invoices to their customers, credits a student earns
or a balance that rolls over are their rules, not our terms. Also removed as false hits:
an account suspended on day N of a schedule (not access), a record logged N times (a
trigger, not an audit log), a day that recurs or ends a period (not a delivery date),
ledger entries and posting rights (not a ledger system), "CRM:" opening a note, and a
count above which a price applies (not a volume).

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Records placed by a rule.
        ("School wants a tool that assigns pupils to tutor groups by house and surname.", [L],
         []),
        ("Airline wants the gate app to assign standby passengers to seats by loyalty tier.",
         [L], []),
        # A step gated on another.
        ("Insurer needs claims paid to the bank only after the adjuster marks the file as "
         "closed.", [L], []),
        ("Publisher wants articles published only after the editor signs the proof.", [L],
         []),
        # Rounding and reference days a calculation follows.
        ("Payroll client wants overtime hours rounded to the nearest quarter hour.", [L], []),
        ("Freight customer wants fuel surcharges set from the diesel index on the last "
         "business day of the prior month.", [L], []),
        ("Payroll client wants bonus accruals booked on the first working day of the "
         "following month.", [L], []),
        # A choice each of their units makes.
        ("Franchise owner says each store may set its own opening hours for online booking.",
         [L], []),
        ("School district says each school can pick its own term start date.", [L], []),
        # When something counts, and schedules that restart.
        ("Agency wants retainer income recognized straight-line over the engagement.", [L],
         []),
        ("Leasing firm wants retroactive adjustments applied to rent after each rent review.",
         [L], []),
        ("Gym wants the membership term to restart from the unfreeze date.", [L], []),
        ("Telecom client wants mid-month plan changes prorated by the day.", [L], []),
        # A retry schedule.
        ("Utility wants failed direct debits retried on days 3 and 10 after the due date.",
         [L], []),
        # Balances carried forward.
        ("Airline wants unused travel vouchers to roll over into the next season.", [L], []),
        ("Employer wants remaining leave days to roll over up to a cap of five.", [L], []),
        # A count in a window as a trigger.
        ("Bank wants a fraud case opened whenever a card is declined five times in one "
         "hour.", [L], []),
        ("Plant wants a maintenance ticket raised when the same fault code is logged three "
         "times within a shift.", [L], []),
        # Their own invoices to their customers.
        ("Clinic wants invoices to their self-pay patients to show the visit date and "
         "provider.", [L], []),
        ("Wholesaler needs statements issued to their resellers in euros.", [L], []),
        ("Utility wants bills sent to their tenants to show the meter reading used.", [L], []),
        # Messages written in a language chosen by rule.
        ("Bank wants overdraft notices written in Spanish for accounts opened in Texas.", [L],
         []),
        ("Carrier wants delivery texts written in Spanish for Mexican addresses.", [L], []),
        # Steps in their flow; values mapped to their own scheme.
        ("Landlord wants a tenant acknowledgement step on every lease renewal.", [L], []),
        ("Lab wants a patient consent step for every genetic test order.", [L], []),
        ("Retailer wants supplier sizes mapped to their own size chart.", [L], []),
        ("Hospital wants lab codes mapped onto its own test catalogue.", [L], []),
        # Data that must never touch our servers.
        ("Clinic insists patient images never touch our servers and stay in their PACS.", [S],
         []),
        ("Bank requires account numbers never reach our databases in clear text.", [S], []),
        # Store and forward on reconnect; a file emailed to a person.
        ("Fleet customer wants trip logs kept on the tablet and sent on reconnect.", [D], []),
        ("Warehouse wants handheld scans replayed in order upon reconnection.", [D], []),
        ("School wants a weekly CSV of absences emailed to the head of year.", [D], []),
        ("Hotel group wants a nightly XLSX extract of bookings by property emailed to the "
         "revenue manager.", [D], []),
        # Terms: money off our invoice, a price after a free start, a flat fee.
        ("Clinic wants a $2k credit on our invoice for every week the go-live slips.", [],
         [TERMS]),
        ("Gym chain wants year one at our list price, then $3 per member.", [], [TERMS]),
        ("Carrier wants the onboarding done for a flat $8,000 fee.", [], [TERMS]),
    ],
)  # fmt: skip
def test_batch45_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Our price and terms: no custom logic.
        ("Utility wants per-region licensing with the first region at half price.", [],
         [TERMS]),
        ("Retailer wants the first 20 stores per region included in the license.", [],
         [TERMS]),
        ("Hospital wants prices fixed for three years with no annual increase above 4%.", [],
         [TERMS]),
        # Their rules: not our terms.
        ("Wholesaler wants a 3% prompt-payment discount applied automatically when a dealer "
         "pays within 7 days.", [L], []),
        ("Agency wants their setup fees recognized ratably over each client contract.", [L],
         []),
        ("Utility wants every prorated charge rounded to the nearest cent.", [L], []),
        ("Clinic wants net-30 payment terms on invoices to their members and net-60 for "
         "everyone else.", [L], []),
        ("College wants credits earned at partner schools mapped to their own course codes.",
         [L], []),
        # An account suspended on a schedule, a day that recurs or ends a period.
        ("Gym wants dunning to retry cards on days 2 and 5 and suspend the membership "
         "account on day 8.", [L], []),
        ("Buyer wants our renewal invoiced each March 1 with net-45 terms.", [], [TERMS]),
        ("Charity gets a pilot at $0 through May 31.", [], [TERMS]),
        # A ledger's records and rights, a note's label, a count a price applies above.
        ("Customer wants ledger entries older than ten years purged every January.", [S], []),
        ("Auditor wants MFA for anyone with ledger posting rights.", [S], []),
        ("CRM: customer needs SAML SSO with Okta for all staff.", [S], []),
        ("Telecom client needs texts billed at $0.01 each above 5 million messages a month.",
         [], [TERMS]),
    ],
)  # fmt: skip
def test_whose_price_and_second_meanings(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
