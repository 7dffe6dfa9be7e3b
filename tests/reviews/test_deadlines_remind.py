"""Table tests for reviews.deadlines.compute_remind_at (pure: no database, no Django
settings): where the reminder falls in the window, and the windows and shares refused.

Expected values are written out by hand as exact datetimes, not recomputed with
the code under test, so a regression in the arithmetic cannot hide behind an
equally wrong expectation.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest

from reviews.deadlines import (
    HOURS_24,
    NEXT_BUSINESS_DAY,
    compute_due_at,
    compute_remind_at,
)
from tests.reviews.deadline_cases import (
    BERLIN,
    DE,
    assert_utc_equal,
    utc,
)

# --------------------------------------------------------------------------
# compute_remind_at
# --------------------------------------------------------------------------

REMIND_CASES = [
    pytest.param(
        utc(2024, 6, 11, 9, 0),
        utc(2024, 6, 12, 9, 0),
        0.75,
        utc(2024, 6, 12, 3, 0),
        id="24h-window-default-share-is-18h",
    ),
    pytest.param(
        datetime(2024, 3, 30, 12, 0, tzinfo=BERLIN),  # 11:00Z
        utc(2024, 3, 31, 11, 0),
        0.75,
        utc(2024, 3, 31, 5, 0),  # 18 elapsed hours, = 07:00 CEST
        id="24h-window-across-berlin-spring-forward",
    ),
    pytest.param(
        datetime(2024, 6, 14, 17, 0, tzinfo=BERLIN),  # Fri 15:00Z
        utc(2024, 6, 17, 16, 0),  # Mon 18:00 CEST; window 73h
        0.75,
        utc(2024, 6, 16, 21, 45),  # + 54h45m
        id="next-business-day-window-over-weekend",
    ),
    pytest.param(
        utc(2024, 6, 11, 9, 0),
        utc(2024, 6, 12, 9, 0),
        0.5,
        utc(2024, 6, 11, 21, 0),
        id="custom-share-half",
    ),
    pytest.param(
        utc(2024, 6, 11, 9, 0),
        utc(2024, 6, 11, 9, 0, 1),
        0.25,
        utc(2024, 6, 11, 9, 0, 0, 250000),
        id="sub-second-window",
    ),
]


@pytest.mark.parametrize(("opened_at", "due_at", "share", "expected"), REMIND_CASES)
def test_compute_remind_at(
    opened_at: datetime, due_at: datetime, share: float, expected: datetime
) -> None:
    assert_utc_equal(compute_remind_at(opened_at, due_at, share), expected)


def test_compute_remind_at_default_share_is_75_percent() -> None:
    opened_at = utc(2024, 6, 11, 9, 0)
    due_at = opened_at + timedelta(hours=24)

    assert_utc_equal(compute_remind_at(opened_at, due_at), utc(2024, 6, 12, 3, 0))


@pytest.mark.parametrize("policy", [HOURS_24, NEXT_BUSINESS_DAY])
def test_reminder_lies_strictly_inside_window(policy: str) -> None:
    opened_at = datetime(2024, 10, 25, 17, 59, tzinfo=BERLIN)
    due_at = compute_due_at(opened_at, policy, DE)

    remind_at = compute_remind_at(opened_at, due_at)

    assert opened_at < remind_at < due_at


# --------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "share",
    [
        pytest.param(0.0, id="zero"),
        pytest.param(1.0, id="one"),
        pytest.param(-0.25, id="negative"),
        pytest.param(1.5, id="above-one"),
        pytest.param(math.nan, id="nan"),
        pytest.param(math.inf, id="inf"),
    ],
)
def test_remind_at_rejects_share_outside_open_unit_interval(share: float) -> None:
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        compute_remind_at(utc(2024, 6, 11, 9, 0), utc(2024, 6, 12, 9, 0), share)


@pytest.mark.parametrize(
    ("opened_at", "due_at", "message"),
    [
        pytest.param(
            datetime(2024, 6, 11, 9, 0), utc(2024, 6, 12, 9, 0), "opened_at", id="naive-opened"
        ),
        pytest.param(utc(2024, 6, 11, 9, 0), datetime(2024, 6, 12, 9, 0), "due_at", id="naive-due"),
        pytest.param(
            utc(2024, 6, 11, 9, 0), utc(2024, 6, 11, 9, 0), "must be after", id="empty-window"
        ),
        pytest.param(
            utc(2024, 6, 12, 9, 0), utc(2024, 6, 11, 9, 0), "must be after", id="due-before-opened"
        ),
    ],
)
def test_remind_at_rejects_invalid_window(
    opened_at: datetime, due_at: datetime, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        compute_remind_at(opened_at, due_at)
