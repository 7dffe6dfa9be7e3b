"""Wording families added after held-out batches 35 to 39 (global intake forms, HR and
payroll, logistics, field service and contact-centre vendors), in promises.wording_ops.

Refused: the size waved away ("nothing too elaborate", "nothing over the top"), trust
that it will sort itself out ("will work themselves out", "should all fall into place")
and open scope ("whatever payroll requirements the client brings"). Passing: a limit on
weight ("nothing over 500 kg") and pay "worked out at 1.5x" say what the work is.

Each refused case names something concrete, so only the family refuses it; the passing
cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "They need flexible approval workflows, nothing too elaborate.",
        "The Maximo work orders need a dashboard, nothing over the top.",
        "The Kronos piece should all fall into place.",
        "The ServiceNow bits will work themselves out.",
        "We'll handle whatever payroll requirements the client brings for SAP.",
        "Support can cover whatever routing needs they have in Genesys.",
    ],
)
def test_batch35_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants nothing over 500 kg booked onto a van.",
        "Customer wants overtime pay worked out at 1.5x after 40 hours.",
        "Customer wants whatever carrier wins the bid to receive the ASN by EDI 856.",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
