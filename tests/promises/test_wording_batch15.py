"""Wording family added after held-out batch 15: behaviour described as what people are
used to ("the way their HR team is used to") rather than what it is.

Each case is a family member written apart from the data sets.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants onboarding to work the way their managers are accustomed to.",
        "Buyer needs timesheets to behave how their payroll team is familiar with.",
        "Prospect wants leave requests to flow the way staff have been used to.",
    ],
)
def test_familiar_way_is_refused(text: str) -> None:
    assert lint(text)


def test_a_concrete_ask_mentioning_habit_still_passes() -> None:
    assert lint("Customer wants leave requests over 5 days routed to the HR director "
                "for approval.") == []  # fmt: skip
