"""Tagging families added after held-out batches 24 and 25 (energy, telecoms, construction,
property, farms; media, hotels, nonprofits, staffing, games, dealers, clubs): their own
money and customers in rules (calculators, amounts adjusted by a schedule or a price table,
retention held from a subcontractor, records moved or lapsed on a trigger or a count of
failed events, customers of a tier, records refused for a missing item, a failed check
that opens a record) as custom logic; grid, plant and telecom security standards and
their outsiders limited to what they may see as security; and false hits removed (customer
retention, a power or animal feed, a logged incident, a legal mark, the sites someone is
assigned to, fees their customers pay, a room that is free, prices the product works out,
a deadline for signing the contract).

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
        # Calculators and configurators in the product.
        (
            "The bakery chain wants a catering quote calculator that applies their delivery zones.",
            [L],
            [],
        ),
        ("Dealers need a trim configurator on the showroom tablets.", [L], []),
        # Amounts adjusted by a rule or a table of theirs.
        ("Fleet customer wants fuel surcharges adjusted by the weekly diesel index.", [L], []),
        ("The dairy wants milk payments adjusted for butterfat and protein content.", [L], []),
        ("The orchard wants grower payouts graded against the packhouse pay scale.", [L], []),
        ("Customer wants the new price schedule applied to all quotes from 1 July.", [L], [DATE]),
        # Our renewal price adjusted by an index is still a term.
        ("Procurement accepts the renewal price adjusted by CPI each year.", [], [TERMS]),
        # A failed check that opens a record; a failed login stays security.
        (
            "Their facilities team wants every failed fire-door inspection to raise a work order.",
            [L],
            [],
        ),
        ("Three failed vibration readings on a turbine should open a maintenance ticket.", [L], []),
        ("Customer wants failed login attempts to raise an alert in Splunk.", [S], []),
        # Records moved or lapsed on a trigger or a count of failed events.
        ("Gym members should be downgraded automatically when their card expires.", [L], []),
        ("Patients get booked automatically into the next free slot.", [L], []),
        ("Members marked inactive after three missed classes get a win-back email.", [L], []),
        (
            "Donors who miss two direct debits in a row should be flagged after 2 failed debits.",
            [L],
            [],
        ),
        ("Accounts locked after five failed login attempts.", [S], []),
        # Customers of a tier or status.
        ("Diamond card holders should get priority boarding offers.", [L], []),
        # Records refused for a missing item, the verb first; a missing control is security.
        ("The Workday import must skip any employee without a cost centre.", [L, D], []),
        ("Block any device without MFA from the admin console.", [S], []),
        # Retention held from the trades they pay; retainage on our invoices is a term.
        (
            "The builder wants 5% retainage withheld from every subcontractor pay application.",
            [L],
            [],
        ),
        ("Customer wants 5% retainage on our invoices until acceptance.", [], [TERMS]),
        # Grid, plant and telecom security standards.
        (
            "The transmission operator needs evidence of our NERC CIP-007 patching controls.",
            [S],
            [],
        ),
        ("The water plant asks whether the platform meets IEC 62443 for remote access.", [S], []),
        ("The carrier needs CPNI kept out of the support team's exports.", [D, S], []),
        # Their outsiders limited to what they may see.
        ("Leases must be visible only to the landlord who owns the building.", [S], []),
        ("Match stats should be hidden from players on other teams.", [S], []),
        # Keeping customers, and money held back, are not data retention.
        ("Our retention team wants churn flags exported to Salesforce daily.", [D], []),
        ("Cancellation requests over 50 lines go to the retention desk.", [L], []),
        ("Utility wants interval data retention of seven years in the US region.", [S], []),
        # A power or animal feed is not a data feed; a data feed still is.
        ("Each substation record needs a custom field for the power feed type.", [L], []),
        ("The utility wants the outage feed pushed to their GIS every minute.", [D], []),
        # A record logged in their system is not access logging.
        ("Customer wants hours logged against each project exported to NetSuite weekly.", [D], []),
        ("Customer wants every admin action logged to their SIEM.", [S], []),
        # A legal or sensitivity mark is what a hold or a control acts on.
        ("Contracts flagged as under litigation need a legal hold that stops deletion.", [S], []),
        ("Tickets flagged as urgent when they mention an outage go to the on-call queue.", [L], []),
        # The records someone holds scope what they see.
        ("Inspectors should only be able to open the permits they are assigned to.", [S], []),
        ("Customer wants tickets assigned to the on-call engineer after 6 p.m.", [L], []),
        # Fees their customers pay are worked out by the product; ours are terms.
        ("The property manager wants late fees capped at 5% of monthly rent.", [], []),
        ("The customer wants our implementation fees capped at $20,000.", [], [TERMS]),
        # A resource that is free is available; free work is a term.
        ("Gold members get upgraded to a suite when one is free at check-in.", [L], []),
        ("Customer wants the Salesforce connector free for the first year.", [D], [TERMS]),
        # Prices the product works out for their customers.
        ("Membership renewal prices computed from tenure bands must show on the invoice.", [L], []),
        ("Customer wants renewal prices locked for three years.", [], [TERMS]),
        # A deadline for signing the paper is not a date for the work.
        ("Customer wants 15% off if they sign the order form by 30 June.", [], [TERMS]),
        ("A 10% discount for closing the deal before 31 March.", [], [TERMS]),
        ("Customer wants the Snowflake export live before 31 December.", [D], [DATE]),
        # Systems of the trades, named.
        ("Reservations from Opera PMS must reach the platform within five minutes.", [D], []),
        ("Placements should flow from Bullhorn into the timesheet module every hour.", [D], []),
    ],
)
def test_batch24_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []
