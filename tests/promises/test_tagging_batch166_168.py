"""Tagging shapes added after batches 166 (a hotel property management vendor), 167 (a
manufacturing execution vendor) and 168 (a commercial real estate lease management
vendor): promises.tagging_rules_sites, with its guards in promises.tagging_rules,
_flags, _cross and _appsec.

Added: fees of a guest's or a tenant's stay, work handed on before anyone else, records
landing in a named or a team's queue, a lot put on quality hold, a check at scan time,
runs that always go after others, one record split into one job per unit, records nested
under others, alerts at a list of days, a stop at a witness point (custom logic); a
recovery point objective, card numbers never exposed, people kept to their own site, a
right kept to a group of users, records held until a case closes, electronic signatures
(security); data flowing both ways, label jobs in ZPL, hotel, plant and lease systems by
brand (data movement); a response promised on severity-one tickets (terms). Second senses
removed: a routing next to a bill of materials, a lease liability and a tenant's liability
cover, a plant's own engineers named for a right, a line's commissioning, a discount
deeper than a threshold, their complimentary rates, a fiscal year before records, a role
that shows only some records.

Each case is written apart from the data sets. The shipped tagger's learned reading
already guessed some of them on main, so the rules' own tags are asserted as well as the
full tagger's.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, full_tags, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: their stays, queues, holds, checks and orders of work.
        ("Holdover charges should begin the day after a lease term ends.", [L], []),
        ("Late checkout fees apply only to guests below Gold status.", [L], []),
        ("Unassigned VIP arrivals should go to the concierge desk before anyone else.",
         [L], []),
        ("Bookings without a deposit should drop into a 'deposit chase' queue instead of "
         "being confirmed.", [L], []),
        ("Any coil that fails the hardness test should be put on quality hold.", [L], []),
        ("Shelf life must be checked at scan time so expired resin can't be issued to the "
         "line.", [L], []),
        ("Lines must stop at a witness point until the customer's inspector records "
         "acceptance.", [L], []),
        ("Gluten-free batches must always run before wheat batches on the same mixer.",
         [L], []),
        ("Each sales order should be split into one work order per finished SKU.", [L], []),
        ("Franchise locations need to be nested under their regional parent account.",
         [L], []),
        ("Their asset managers want lease alerts at 120 and 60 days before each rent "
         "review.", [L], []),
        # Security: recovery objectives, card numbers, own sites, rights, holds, signatures.
        ("The controller wants a recovery point objective of 15 minutes for the ledger.",
         [S], []),
        ("Guest cards must be swapped for tokens without exposing the card numbers to "
         "staff.", [S], []),
        ("Area managers may see folios and guest notes for their own hotels only.", [S], []),
        ("Only payroll users can void a posted pay run.", [S], []),
        ("Counsel wants a hold on all email and chat records from the Denver site until the "
         "lawsuit is settled.", [S], []),
        ("Every batch release must carry an electronic signature with the signer's "
         "meaning.", [S], []),
        # Data movement: both ways, printer language, their systems by brand.
        ("Housekeeping status should flow both ways between the PMS and their Hotsos app.",
         [D], []),
        ("Pallet labels must be sent to the line printers as ZPL.", [D], []),
        ("Reservations must come across from their SynXis CRS within a minute.", [D], []),
        ("Signed deals in VTS need to create a lease record on our side.", [D], []),
        # Terms: a response promised on their worst tickets.
        ("Procurement expects severity-one outages to be fixed within four hours.",
         [], [TERMS]),
        # Second senses: a routing beside a bill of materials, liabilities of leases and
        # tenants, a plant's own named engineers, a line's commissioning, a discount as a
        # threshold, their complimentary rates, a fiscal year, a role showing some records.
        ("Only IT staff may change a routing or bill of materials in the MES.", [S], []),
        ("ASC 842 lease liability balances must be exported to NetSuite every month.",
         [D], []),
        ("A tenant's liability insurance under $2 million must trigger an alert to the "
         "property manager.", [L], []),
        ("Permissions to change safety interlock settings are restricted to three named "
         "automation engineers.", [S], []),
        ("The MES must be ready for the packaging line commissioning on 3 March.",
         [], [DATE]),
        ("Any discount deeper than 20% needs revenue manager approval.", [L], []),
        ("The resort fee must be added per night, except on complimentary and employee "
         "rates.", [L], []),
        ("Auditors need read-only access to fiscal 2023 invoice records.", [S], []),
        ("Brokers get a role that shows only their own listings.", [S], []),
    ],
)  # fmt: skip
def test_hotel_plant_and_lease_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (categories, flags)
    assert full_tags(text) == (categories, flags)


def test_a_right_kept_to_a_group_of_users_is_a_concrete_ask() -> None:
    # Refused on main as naming nothing concrete.
    assert lint("Only payroll users can void a posted pay run.") == []
