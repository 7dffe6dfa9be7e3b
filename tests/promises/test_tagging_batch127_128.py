"""Tagging and wording shapes added after batches 127 (law-firm practice management and
legal e-billing) and 128 (energy and utilities billing and meter data management).

Added (promises.tagging_rules_utility): a utility's rate structures and meter data rules
(a rate engine, time-of-use and critical peak pricing, net metering, budget billing,
estimated reads, interpolation, a rate up to a threshold and another above it), a
standard code set extended with their own codes, charges combined onto one bill, records
exempted from an automatic action, a check run automatically whenever something changes,
records automatically returned to their sender, a count capped at so many in a row, text
checked by its length (custom logic); ethical walls and their shape (people blocked from a
matter, kept from opening its documents) and data shared only once its owner consents
(security); data shared with third parties, requests from their website that create
records in our system, LEDES files, Green Button and MultiSpeak (data movement); work
ready for a named month's billing cycle (a delivery date).
Second senses removed: credits issued, approved or earned by net metering, and a true-up
of a budget billing plan, are their customers' balances, not money off our invoice.
Lint: "flagged as a possible fault" is the label a rule gives, not a hedge; NERC, CMMC,
FISMA, CJIS and ITAR named with a verb that says nothing ("NERC compliance covered") are
refused as the other regulations are.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("The co-op wants a rate engine that handles seasonal irrigation pricing.", [L], []),
        ("The utility needs time-of-use pricing with three periods for commercial accounts.",
         [L], []),
        ("They want critical peak pricing on the ten hottest weekdays of each summer.", [L],
         []),
        ("The water district wants estimated readings used when a meter is unreachable.",
         [L], []),
        ("Missing hourly values should be interpolated from the readings either side.", [L],
         []),
        ("Rooftop generation paid at the retail rate up to 25 kW and at the wholesale rate "
         "beyond that.", [L], []),
        ("The legal department wants the activity code list extended with their own codes.",
         [L], []),
        ("Gas and electric charges should be consolidated into a single statement per home.",
         [L], []),
        ("Hospitals should be exempt from automatic shutoff during heat waves.", [L], []),
        ("The firm wants a trust balance check that runs automatically whenever a bill is "
         "drafted.", [L], []),
        ("Expense entries missing a receipt should be automatically returned to the "
         "timekeeper.", [L], []),
        ("The utility wants budget billing offered to every residential account.", [L], []),
        ("Late notices should be capped at three consecutive cycles.", [L], []),
        ("Time descriptions longer than 200 characters must be trimmed on the invoice.", [L],
         []),
        ("The firm needs an information barrier around the pharmaceutical litigation team.",
         [S], []),
        ("Paralegals must be barred from the merger files.", [S], []),
        ("Staff should be prevented from reading documents on sealed matters.", [S], []),
        ("Meter data is shared with the solar installer after the homeowner grants consent.",
         [S], []),
        ("Consumption records shared with third-party auditors every quarter.", [D], []),
        ("Service requests from their customer portal to open work orders in our system.",
         [D], []),
        ("Our bills sent to the insurer's portal as LEDES 98BI files.", [D], []),
        ("The utility wants Green Button downloads for every residential customer.", [D],
         []),
        ("Customer wants MFA for anyone who can issue credits to a customer account.", [S],
         []),
        ("The budget billing true-up should land in each customer's twelfth month.", [L],
         []),
        ("The new late fee logic must be live for the February billing run.", [L], [DATE]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Any contract with zero billable hours is flagged as a possible duplicate matter.",
        "Usage spikes above 300% of the monthly average are marked as possible theft.",
    ],
)
def test_label_not_hedge(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The co-op just wants NERC handled.",
        "Prospect wants CMMC compliance taken care of.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
