"""Wording shapes added after pending batch 69 (field service and asset maintenance), by
promises.tagging_rules_field, which the lint reads as concrete rules.

Passing: a record's fields hidden, masked or redacted in or from a place ("technician
notes hidden from the customer portal") is a visibility control, concrete on its own
(the state that triggers it, "once a job is closed", is a condition, not a detail); a
device unlock or an app lock after idle minutes names a control. Refused as before: data
in general kept out of sight, and soft words with nothing named.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer needs home addresses hidden in the dispatcher view once a visit is done.",
        "Buyer wants supplier prices masked for subcontractor crews.",
        "Customer wants meter serial numbers redacted from the customer portal.",
        "Customer wants a fingerprint unlock on the inspector app.",
        "Customer needs patient contact info hidden in the carer app once a visit ends.",
    ],
)
def test_concrete_asks_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants their data hidden from the wrong people.",
        "Customer wants sensitive stuff hidden somehow in the app.",
        "Buyer needs the app to be locked down properly.",
    ],
)
def test_vague_asks_still_refused(text: str) -> None:
    assert lint(text) != []
