"""Tagging shapes added after batches 172 (a laboratory information system vendor), 173
(an advertising buying platform) and 174 (a treasury and cash management vendor):
promises.tagging_rules_lab_ads_cash, with its guards in promises.tagging_rules, _generic,
_sectors, _security, _dates and _cross, and two wording families in promises.wording_tech.

Added: a record opened automatically, work blocked from release or launch, values that
differ per client, a schedule of intervals, rush work billed at a surcharge, a fee added
on top of another, campaigns paused and spend past a cap, frequency caps, bidding
stopped, figures rolled up a hierarchy, netting, a check that rejects any file, fields
added to a record (custom logic); records visible only to some people (security);
instruments read over a serial line, files checked against a checksum, lab and bank
formats, a file format named for a receiver, photos uploaded onto records, history
rebuilt on our side, bank connectivity (data movement); paid custom work (terms). Second
senses removed: an interface that goes down, a sample's login, approved results, a
validation environment, a system validated and live, a funding transfer, pull dates,
their own dashboards, a fee waived for the first quarter, approving among a role's
permissions. Vague: needs named for a regime, and openness promised.

Each case is written apart from the data sets and fails against main's promises/. The
rules' own tags are asserted, and the full tagger's (rules, then the learned reading) too.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, full_tags, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Custom logic: records opened, held back, set per key, scheduled, charged, paused.
        ("A deviation report should be raised automatically whenever a control sample "
         "drifts.", [L], []),
        ("Stability reports must be prevented from releasing while any assay is still "
         "pending.", [L], []),
        ("Detection limits for the PFAS panel have to vary per client.", [L], []),
        ("Calibration checks come due at 30, 60 and 90 days.", [L], []),
        ("Same-day analyses are invoiced with a 40% surcharge to the submitting clinic.",
         [L], []),
        ("A 5% handling fee is applied on top of every freight line on their quotes.",
         [L], []),
        ("Their traders want to pause any ad set whose cost per click doubles overnight.",
         [L], []),
        ("Spend over the weekly flight budget must stop new impressions.", [L], []),
        ("Connected TV buys need cross-screen frequency capping.", [L], []),
        ("Ops wants bidding paused on apps that fail the viewability check.", [L], []),
        ("Store sales should be rolled up to district and then to country.", [L], []),
        ("Intercompany netting must settle in each subsidiary's home currency.", [L], []),
        ("A nightly check which quarantines every batch with a failed blank.", [L], []),
        ("Two risk rating fields added to each vendor record, with a default of low.",
         [L], []),
        # Security: records visible only to some people.
        ("Draft budgets are only viewable to the plant's cost controllers.", [S], []),
        # Data movement: instruments, checksums, formats, photos, history, banks.
        ("Plate reader output comes in over RS-485 into the sample record.", [D], []),
        ("Uploaded spectra must be checksum-verified against the instrument's copy.",
         [D], []),
        ("The environmental agency wants quarterly sampling data sent in its EDD format.",
         [D], []),
        ("Field technicians' meter photos uploaded from tablets need to land on the "
         "work order.", [D], []),
        ("They want us to recreate their 300 existing audiences in our tool.", [D], []),
        ("Intraday statements should arrive from their 14 banks every hour.", [D], []),
        ("Payment batches must go to their banks through EBICS.", [D], []),
        # Terms: work we charge for.
        ("The new dosing calculator will be delivered as billable services under a "
         "separate SOW.", [L], [TERMS]),
        # Second senses: an interface that goes down, approved results, a validation environment, a
        # funding transfer, pull dates, their own dashboards, a fee waived for an opening
        # stretch, approving among a role's permissions.
        ("They want a one-hour response time whenever the scale interface goes down.",
         [], [TERMS]),
        ("Each specimen login must auto-assign the next accession number.", [L], []),
        ("Approved assay results need to be posted into their Veeva vault every hour.",
         [D], []),
        ("Okta MFA must be switched on in the validation environment before go-live.",
         [S], []),
        ("Payroll funding transfers above $1M need a treasurer's sign-off.", [L], []),
        ("Auditors want the warehouse to hold their own dashboards' source tables, "
         "loaded from our Snowflake share.", [D], []),
        ("The onboarding fee should be waived for the first quarter.", [], [TERMS]),
        ("Clerks need a role that can view but not delete, edit or approve journals.",
         [S], []),
    ],
)  # fmt: skip
def test_lab_media_and_treasury_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (categories, flags)
    assert full_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "The agency wants to fully support their GMP needs.",
        "The advertiser wants full transparency on where each euro of their budget goes.",
    ],
)
def test_named_needs_and_openness_are_vague(text: str) -> None:
    assert lint(text)


def test_full_tagger_keeps_the_rules_tags_on_a_lab_ask() -> None:
    text = "Balance readings must be captured directly from the lab instruments."
    assert rules_tags(text) == ([D], [])
    assert full_tags(text) == ([D], [])
