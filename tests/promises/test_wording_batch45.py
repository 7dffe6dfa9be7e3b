"""Wording shapes added after held-out batches 45 (education software), 46 (manufacturing
and industrial IoT) and 48 (subscription billing), in promises.wording_stance (refused
whatever else the sentence names) and promises.tagging_rules_general (shapes that also make
an ask concrete).

Refused: a promise to fit a choice not yet made ("whatever SIS the district ends up
choosing"), a quality said of a named thing with nothing to measure it by ("make the
roster sync simple and reliable"), and fitting their needs without naming one ("handled
the way they need", "will handle their batch needs", "accommodate their billing rules").
Passing: a preference said with the customer's verb on an ask that names two things done,
now that a message written in a language by rule is one of them ("would ideally like
dunning emails sent in French ..., chosen by the billing country").
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Bank would ideally like overdraft letters sent in Spanish or English for Texas "
        "accounts, chosen by the language on the account.",
        "Insurer would ideally like claim notices written in French for Quebec policies, "
        "picked by the province on the policy.",
    ],
)
def test_batch45_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A choice not yet made.
        "We'll support whatever LMS the college ends up using.",
        "The portal will connect to whatever ERP the group goes with.",
        "We'll integrate with whatever payroll provider the client ends up picking.",
        # A quality said of a named thing.
        "We'll make the patient portal login reliable.",
        "Our team will keep the HL7 interface stable.",
        "We'll make the Shopify order sync smooth and reliable.",
        # Fitting their needs without naming one.
        "Stripe refunds will be routed in Zendesk the way they need.",
        "Their SAP purchase orders will be mapped the way the customer wants.",
        "Our LMS will handle their grading needs.",
        "We'll accommodate their pricing rules going forward.",
    ],
)
def test_batch45_families_are_refused(text: str) -> None:
    assert lint(text)
