"""Tagging shapes added in a breadth round over twelve trades (law firms, residential
property management, airline crew scheduling, vessel operations, crop farms, telecom
billing, event ticketing, listing services, energy trading, mining, libraries and sports
leagues): promises.tagging_rules_breadth_a, with lint families in promises.wording_ops.

Added as sentence shapes any trade uses: a step that clears before a record is issued,
records blocked from an action or frozen until someone clears them, "no X until Y", an
order of precedence, a share counted toward a total, rounding to the nearest unit, records
with a fault rejected, a limit of N per something, a cap once someone spends or passes an
amount, a rate raised past a threshold, a step on a numbered day, things sold only
together, states switched automatically, values carried over, a price as a share of an
index, records skipped, a record rescheduled into the next free slot, rules cut by a type
of person (custom logic); people kept to the records they are assigned or their own shift,
fields never shown to some people (security); records that land in, flow into, come
across from or are brought in from another system, syndication, devices sent records, a
file to a bank, reporting to an agency through a portal, a size per message (data
movement); our fees dropped to an amount and a share off for a group's members (terms).

Each case is written apart from the data sets, in other trades than the batches', and each
fails on main's rules alone.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: clears before, blocked from, frozen until, no X until, precedence.
        ('Vendor onboarding needs a sanctions screen to clear before a new supplier '
         'number is issued.', [L], []),
        ('Apprentices are blocked from scheduling on night shifts.', [L], []),
        ('A failed fire inspection should freeze new bookings for that hall until the '
         'inspector clears it.', [L], []),
        ('No tenant moves in until the deposit clears.', [L], []),
        ('Donations apply to the oldest pledges first.', [L], []),
        ('Overtime shifts are offered in seniority order.', [L], []),
        # Counting, rounding, rejecting, limits and caps.
        ('Online hours count 50% toward the continuing-education requirement.', [L], []),
        ('Billable minutes round up to the nearest quarter hour.', [L], []),
        ('Warranty claims with receipts older than a year must be rejected.', [L], []),
        ('Members have a limit of four guest passes per month.', [L], []),
        ('Cut off extra printing once a student spends $15 in a term.', [L], []),
        ('Kiosk rentals stop once late fees pass $25.', [L], []),
        ('Surge pricing raises the fare 15% when demand doubles.', [L], []),
        ('The club should suspend a membership on day 40 of non-payment.', [L], []),
        # Sold together, states switched, values carried, prices, skips, slots, types.
        ('Spa add-ons should only be bookable together with a massage.', [L], []),
        ("Quotes should switch to 'Expired' automatically after 30 days.", [L], []),
        ('Volunteers are set to inactive when their training lapses.', [L], []),
        ('Extra shifts are awarded automatically to the first nurse who accepts.', [L], []),
        ('Unused vacation days carry over if the employee changes departments.', [L], []),
        ('Scrap metal is priced at 85% of the LME cash price.', [L], []),
        ('Skip all lines with a zero quantity on the packing slip.', [L], []),
        ('Unreturned rental tools should raise an overdue notice to the branch.', [L], []),
        ('Cancelled dentist appointments get moved into the next open slot.', [L], []),
        ('Shift lengths by employee type: nurses 12 hours, aides 8.', [L], []),
        # Security: people kept to assigned records or their own shift, fields never shown.
        ("Field technicians are restricted to the work orders they're assigned to, "
         'nothing else visible.', [S], []),
        ('Bartenders should only be able to void tabs from their own shift.', [S], []),
        ('Salary bands must never be shown to line managers.', [S], []),
        # Data movement: land in, flow into, come across, syndicated, sent, brought in.
        ("Lab results should land on each patient's chart within minutes.", [D], []),
        ('Completed inspection forms should flow into their document archive.', [D], []),
        ('Job costs coming across from their estimating tool every night.', [D], []),
        ('Job postings syndicated to partner boards twice a day.', [D], []),
        ('Menu prices sent to their kitchen display terminals.', [D], []),
        ('Every completed audit goes to their quality management system weekly.', [D], []),
        ('Moisture readings brought in from the kiln controllers.', [D], []),
        ('Test results received from the reference lab are attached to the order.', [D], []),
        ('Emissions reporting to the state agency through their compliance portal.', [D], []),
        ('The payout file to their bank every Friday.', [D], []),
        ('Position reports must stay under 2 KB per message over the satellite link.', [D], []),
        # Terms: our fees dropped to an amount, a share off for a group's members.
        ('Hangar fees dropped to $400 for the first two years.', [], [TERMS]),
        ('The credit union league wants 20% off for all its member credit unions.', [],
         [TERMS]),
    ],
)  # fmt: skip
def test_breadth_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "We'll handle whatever HIPAA and CMS audits the hospital schedules.",
        "Our team can handle whatever FDA and USDA paperwork they send us.",
        "Customer wants us to handle the new Medicare billing changes.",
        "Maintenance rules should just work for each hangar.",
        "They want dispatch that is smarter than what Samsara gives them.",
    ],
)
def test_covering_whatever_comes_is_vague(text: str) -> None:
    # Each passed on main's lint.
    assert [p.code for p in lint(text)] == ["vague_phrase"]


def test_a_name_ending_in_initials_does_not_end_the_sentence() -> None:
    # Refused on main as two sentences.
    assert lint("Keep every hive inspection for five years for their BeeSafeG.A.P. audit.") == []
    assert [p.code for p in lint("Keep every hive inspection. Send it to G.A.P. weekly.")] == [
        "multiple_sentences"
    ]
