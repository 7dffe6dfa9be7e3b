"""Tagging shapes added in the breadth round over batches 205-216 (translation management,
radiology PACS, retail pharmacy, home health, child care, last-mile delivery, corporate
travel, contract lifecycle management, board portals, survey research, contact-centre
workforce management, e-signature): promises.tagging_rules_breadth_b.

Added as sentence shapes any trade uses: an action blocked or held back whenever something
holds, a record kept from being marked done, a review passed before a record can be closed,
people blocked from doing something, a step after the nth failed attempt, a reschedule to
the next open slot, a limit gone past or hit, people enrolled only on a condition, an offer
allowed only past a bound, records not collected within a span, the next available person,
the top of a list, a share picked at random, a span ahead of an event, a minimum gap between
two events, limits per place, what counts as a kind of time (custom logic); records never
sent to a public service, someone blocked from some records, one-time passcodes (security);
records sent on a schedule, records that must reach another system, results passed back, a
reconciliation on a schedule, files with a named extension, historical records converted,
changes sent to payroll (data movement); our price against the list price, a share off a
later year (terms). Lint: a grade with no figure ("decent OCR quality") is vague.

Each case is written apart from the data sets, in other trades than the batches', and each
fails on main's rules alone.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, full_tags, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: blocks, gates, failed attempts, limits, conditions, spans, gaps.
        ('The turnstile holds back entry whenever a season ticket has an unpaid fine.', [L], []),
        ('A payroll check that stops payment when the foreman has not countersigned.', [L], []),
        ('A missing torque reading should stop the work order from being marked '
         'complete.', [L], []),
        ('Every lease has to pass a site manager review before it can be signed.', [L], []),
        ('Agents blocked from quoting a hull over twenty years old.', [L], []),
        ('Parcels go back to the depot after the second failed delivery.', [L], []),
        ('Missed lessons should be rescheduled to the next open slot automatically.', [L], []),
        ('Warn the foreman whenever a welder would go past 50 hours that week.', [L], []),
        ('New sign-ups should pause when the seat limit is hit.', [L], []),
        ('Seed orders stop once the allotment limit has been reached.', [L], []),
        ('The loyalty program should enroll only shoppers with at least four visits '
         'a year.', [L], []),
        ('Upgrades are allowed only for stays longer than five nights.', [L], []),
        ('Library holds not collected within 7 days go back on the shelf.', [L], []),
        ("Inbound calls should be handed to the next available agent in the caller's "
         'region.', [L], []),
        ("Urgent plumbing jobs should jump to the top of each technician's route.", [L], []),
        ("Two percent of each inspector's reports are randomly selected for a second "
         'look.', [L], []),
        ('Crew rosters must be published 21 days ahead of each voyage.', [L], []),
        ('Nurses must never get fewer than 8 hours of rest between night shifts.', [L], []),
        ('Prize ceilings per zone: $500 in the north, $300 in the south.', [L], []),
        ('Training hours should count as billable time on the consultant timesheet.', [L], []),
        # Security: nothing sent to a public service, people kept from records, passcodes.
        ('Case notes must never be sent to any public chatbot.', [S], []),
        ('Visitors should be blocked from any patient records once the visit ends.', [S], []),
        ('Owners should use a one-time passcode to open the tenant portal.', [S], []),
        # Data movement: schedules, reaching a system, passed back, reconciled, extensions.
        ('Sales tallies submitted weekly to the franchisor in their template.', [D], []),
        ("Orders data need to reach the hospital's LIS within ten minutes.", [D], []),
        ('Scores passed back to the league after every match.', [D], []),
        ("Pallet counts re-checked against the warehouse's tallies every hour.", [D], []),
        ('Soil samples delivered as an .shp file per field.', [D], []),
        ('Conversion of ten years of historical tenancy records is in scope.', [D], []),
        # Terms: our price against the list price, a share off a later year.
        ('The co-op wants a $9 per-hive fee instead of the $12 list price.', [], [TERMS]),
        ('The academy asks for 30% off the second year of the licence.', [], [TERMS]),
    ],
)  # fmt: skip
def test_breadth_shapes_from_twelve_new_trades(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert rules_tags(text) == (categories, flags)
    assert full_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "Customer needs decent OCR quality on their scanned invoices.",
        "The clinic wants decent ASR accuracy across all its dictation.",
    ],
)
def test_a_decent_grade_with_no_figure_is_vague(text: str) -> None:
    # Passed on main: nothing names a control, rule or format, and no figure is given.
    assert rules_tags(text) == ([], [])
    assert [p.code for p in lint(text)] == ["vague_phrase"]
