"""Wording shapes added after pending batches 63 (general SaaS) and 64 (subscription
billing), in promises.wording_ops and promises.wording.

Passing: a quantity inside a condition ("when a licence is used by several teams")
says when a rule applies, not how much work there is; a form that hides a section for some
records, plan changes that take effect at a point of the term and proration by calendar
day name a rule. Refused: a flexible process, review or sign-off chain that writes no rule
out; a quantity of the work itself ("several systems") stays refused.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants each bill split between projects when a licence is used by several "
        "teams.",
        "Customer wants the intake page to hide the billing section for internal requests.",
        "Customer wants plan downgrades to take effect at the next renewal.",
        "Customer asks for seat changes to be prorated by calendar day.",
    ],
)
def test_batch63_64_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants a flexible review process.",
        "Buyer needs a flexible sign-off chain for purchases.",
        "Customer wants data from several systems.",
        "Customer wants a flexible approval workflow.",
    ],
)
def test_batch63_64_vague_refused(text: str) -> None:
    assert lint(text) != []
