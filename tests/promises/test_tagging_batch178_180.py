"""Tagging shapes added after batches 178 (a broadcast media asset vendor), 179 (a pension
plan recordkeeper) and 180 (a fitness club management vendor): promises.tagging_rules_shapes,
with its guards in promises.tagging_rules, _generic, _dates, _trades, _cross, _security and
_flags, and two lint changes in promises.wording_formal and promises.wording_patterns.

Added, mostly as sentence shapes any trade uses: anything rejected or flagged past a limit,
caps ("capped at the lesser of", "once a borrower reaches", "the limit enforced"), uses counted
against a capacity, a computing method, records blocked until something happens, rights kept
to a home site, a rate reverted to, credits that expire a span after purchase, steps on a list
of days, a waitlist that promotes, things sent only to people who did something, sales kept to
a season (custom logic); records kept on servers in a country, people who may only reach or
see some records, records stored for years (security); reports emailed on a schedule, files
sent as a named format, readings from devices, historical records converted, hardware our
system drives (data movement); one invoice paid for many buyers (terms). Second senses
removed: a bank's routing number, a period that already ended, retention reports, a copy kept
miles away, ingest named as what a price counts.

Each case is written apart from the data sets, in other trades than the batches', and each
fails on main's rules alone.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, full_tags, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: limits, caps, counts, methods, blocks, home sites, rates, expiry, days.
        ('Reject any voice memo longer than ten minutes and tell the sender why.', [L], []),
        ('Flag any timesheet that arrives more than three days after the week '
         'closes as overdue.', [L], []),
        ('Flag returning patients likely to miss a follow-up so the front desk can '
         'call them.', [L], []),
        ('Overtime for a single nurse should be capped at the lesser of 12 hours '
         "or the unit's weekly budget.", [L], []),
        ("Seat bookings must be capped at 75% of each hall's seating during the refit.", [L], []),
        ('The county wants the per-household water allowance limit enforced on '
         'every bill.', [L], []),
        ("Drop-in visitors must count against the studio's daily capacity.", [L], []),
        ('A tenant with an unpaid deposit stays blocked at the key desk until '
         'finance clears it.', [L], []),
        ("Locker rentals should be offered only at the member's home branch.", [L], []),
        ('Students whose scholarship ends should revert to the standard tuition '
         'rate the next term.', [L], []),
        ('Bundles of five lessons must expire 90 days after purchase.', [L], []),
        ('Send overdue notices on day 3, 10 and 21 after the invoice date.', [L], []),
        ('The waitlist should auto-promote the next family when a camp place opens.', [L], []),
        ('Annual statements should be sent only to policyholders who opted in to paper.', [L], []),
        ('Front desk staff should only be able to sell day passes during school '
         'holidays.', [L], []),
        ('Leave balances must be accrued under the straight-line method.', [L], []),
        ('Library fines should stop growing once the borrower reaches the '
         'replacement cost.', [L], []),
        ('Session bundles bought at the clinic should expire 12 months after purchase.', [L], []),
        # Security: servers in a country, people kept to some records, years kept, second senses.
        ('Their patient images must stay on servers in Switzerland.', [S], []),
        ('Interns should only reach the cases their supervisor shares with them.', [S], []),
        ('Signed consent forms must be stored as scanned images for ten years.', [S], []),
        ('Raw survey footage must remain on servers in Japan.', [S], []),
        ('Supplier routing numbers must be masked for everyone except treasury.', [S], []),
        ('Send the pen-test summary for the assessment window that ended in May.', [S], []),
        ('Disaster-recovery copies must be encrypted and kept at least 200 km away '
         'from the primary.', [S], []),
        # Data movement: reports emailed, named file formats, device readings, conversions, drives.
        ('The finance team wants a utilisation report emailed on the second Monday '
         'of every month.', [D], []),
        ("Store managers want an email every morning with yesterday's takings and "
         'refunds.', [D], []),
        ("Glucose data from their patients' wearables must show up on the nurse "
         'station view.', [D], []),
        ('Convert eight years of legacy claims history into our schema.', [D], []),
        ('Our ticketing should drive their turnstile controllers at each gate.', [D], []),
        ('Send the weekly menu to each franchise as Markdown files every Friday.', [D], []),
        ('Rainfall data from their field sensors should appear on the irrigation '
         'planner.', [D], []),
        ('Churn and retention reports from their old CRM need importing into our '
         'warehouse.', [D], []),
        # Terms: one invoice for many buyers, an ingest price held.
        ('The parent company will pay one consolidated invoice for all twelve '
         'subsidiaries.', [], [TERMS]),
        ("Their ingest fees should be held at this year's rate for the whole term.", [], [TERMS]),
        ('The franchisor pays a single invoice covering every franchise.', [], [TERMS]),
    ],
)  # fmt: skip
def test_limit_window_and_residency_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert rules_tags(text) == (categories, flags)
    assert full_tags(text) == (categories, flags)


def test_people_a_rule_picks_out_as_likely_are_not_a_hedge() -> None:
    # Refused on main as hedged by "likely".
    assert lint("Flag returning patients likely to miss a follow-up so the front desk can "
                "call them.") == []
    assert lint("The vendor is likely to need two more weeks.") != []


def test_an_appropriate_level_of_uptime_is_vague() -> None:
    # Passed on main.
    assert [p.code for p in lint("Our hosting must deliver an appropriate level of uptime.")] == [
        "vague_phrase"
    ]
