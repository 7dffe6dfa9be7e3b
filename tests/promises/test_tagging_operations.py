"""Operational asks (field service, asset management, dispatch), added after held-out
batch 13: their vocabulary and shapes, and the false hits they used to cause.

Each case is a family member written apart from the data sets, not a copy of a row.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger
from promises.wording import lint

TAGGER = Tagger(DEFAULT_RULES, fallback=None)  # the rules alone (see test_fallback.py)
S, D, L = "security", "data_movement", "custom_logic"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # Scheduling by interval or usage.
        ("Pump inspections should be scheduled automatically after 500 operating hours.", [L]),
        (
            "Boiler services are raised every 12 months or at 3,000 run hours, whichever is "
            "sooner.",
            [L],
        ),
        # Queue priority and offers by a rule.
        ("Water main bursts must jump to the front of the planners' board.", [L]),
        ("Weekend standby shifts are offered to linemen on a rota.", [L]),
        ("Each fault goes to the closest available electrician with a current HV licence.", [L]),
        # Evidence on a step, multipliers, timed notices, review holds, own types.
        ("Installers must attach a signature and GPS stamp for every boiler install.", [L]),
        ("Engineer time billed on bank holidays must apply a double time multiplier.", [L]),
        ("Tenants should be messaged 2 hours ahead of the plumber's visit.", [L]),
        ("A custom vehicle class for road gritters with its own 8 attributes.", [L]),
        # Operational data movement.
        ("Bus door sensor counts read over Modbus every five minutes.", [D]),
        ("Substation readings pulled from their AVEVA PI historian into each asset page.", [D]),
        ("Fault events from the customer's BMS should create new tickets in our queue.", [L, D]),
        ("Inspection forms filled in offline sync once signal comes back.", [D]),
        ("Geotab truck positions fed into the dispatch map every 30 seconds.", [D]),
        # Hiding from field groups is access control.
        ("Home phone numbers hidden from subcontractor crews on the mobile app.", [S]),
    ],
)
def test_operational_families_are_tagged(text: str, categories: list[str]) -> None:
    assert sorted(TAGGER.tag(text).categories) == sorted(categories)


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # An adjective on the payload is not an approval step.
        ("Approved contractor invoices exported to Sage as CSV every Friday.", [D], []),
        # Pushing for a price, and a size in users, are neither data nor a rule.
        ("Finance is pushing for a 10% discount above 800 field users.", [], ["commercial_terms"]),
        (
            "Buyer wants a reference call with a rail operator that has more than 3,000 users.",
            [],
            [],
        ),
        # "en route" is a status, not routing.
        ("Post a JSON event to their ERP whenever a van is marked en route.", [D], []),
        # Lockout/tagout is a safety procedure.
        ("A checklist rule that stops close-out until lockout/tagout is confirmed.", [L], []),
        # The opening stretch of the contract is a date; an outage window is not.
        (
            "Customer wants the Maximo import working during the first two weeks.",
            [D],
            ["delivery_date"],
        ),
        (
            "Service credits apply if MFA is down for more than one hour in a month.",
            [S],
            ["commercial_terms"],
        ),
    ],
)
def test_operational_false_hits_are_gone(text: str, categories: list[str],
                                         flags: list[str]) -> None:  # fmt: skip
    result = TAGGER.tag(text)
    assert sorted(result.categories) == sorted(categories)
    assert sorted(result.flags) == sorted(flags)


@pytest.mark.parametrize(
    "text",
    [
        "Dispatch needs overtime call-outs offered to the most senior crews first.",
        "Labour cost on every work order must include travel time at the union rate.",
        "Every meter exchange needs a before photo and the old meter's final reading.",
    ],
)
def test_operational_asks_are_not_refused(text: str) -> None:
    assert lint(text) == []


def test_vague_operational_ask_is_still_refused() -> None:
    assert lint("Client wants dispatch to be smooth and best in class.")
