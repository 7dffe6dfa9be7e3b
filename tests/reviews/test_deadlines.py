"""Table tests for reviews.deadlines.compute_due_at (pure: no database, no Django
settings). The calendar, the DST gap/fold cases and the reminder share are in
test_deadlines_calendar.py and test_deadlines_remind.py; the shared zones and calendars
in deadline_cases.py.

Expected values are written out by hand as exact datetimes, not recomputed with
the code under test, so a regression in the arithmetic cannot hide behind an
equally wrong expectation.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from reviews.deadlines import (
    HOURS_24,
    NEXT_BUSINESS_DAY,
    BusinessCalendar,
    compute_due_at,
)
from tests.reviews.deadline_cases import (
    BERLIN,
    BERLIN_ALL_WEEK,
    BERLIN_PLAIN,
    DE,
    ISRAEL,
    JERUSALEM,
    NEW_YORK,
    NY_PLAIN,
    RIYADH,
    SAUDI,
    UTC_PLAIN,
    assert_utc_equal,
    utc,
)

# --------------------------------------------------------------------------
# compute_due_at
# --------------------------------------------------------------------------

# (calendar, opened_at, policy, expected due in UTC, expected local wall clock)
DUE_CASES = [
    # --- next business day: weekends -------------------------------------
    pytest.param(
        DE,
        datetime(2024, 6, 14, 19, 0, tzinfo=BERLIN),  # Friday evening
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 16, 0),
        datetime(2024, 6, 17, 18, 0),  # Monday day_end
        id="nbd-friday-evening-to-monday",
    ),
    pytest.param(
        DE,
        datetime(2024, 6, 14, 8, 0, tzinfo=BERLIN),
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 16, 0),
        datetime(2024, 6, 17, 18, 0),
        id="nbd-friday-morning-to-monday",
    ),
    pytest.param(
        DE,
        datetime(2024, 6, 15, 11, 0, tzinfo=BERLIN),
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 16, 0),
        datetime(2024, 6, 17, 18, 0),
        id="nbd-saturday-to-monday",
    ),
    pytest.param(
        DE,
        datetime(2024, 6, 16, 23, 59, tzinfo=BERLIN),
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 16, 0),
        datetime(2024, 6, 17, 18, 0),
        id="nbd-sunday-late-to-monday",
    ),
    # --- next business day: holidays -------------------------------------
    pytest.param(
        DE,
        datetime(2024, 5, 17, 15, 0, tzinfo=BERLIN),  # Friday before Whit Monday
        NEXT_BUSINESS_DAY,
        utc(2024, 5, 21, 16, 0),
        datetime(2024, 5, 21, 18, 0),  # Tuesday
        id="nbd-friday-before-holiday-monday-to-tuesday",
    ),
    pytest.param(
        DE,
        datetime(2024, 5, 20, 10, 0, tzinfo=BERLIN),  # on Whit Monday itself
        NEXT_BUSINESS_DAY,
        utc(2024, 5, 21, 16, 0),
        datetime(2024, 5, 21, 18, 0),
        id="nbd-on-holiday-monday-to-tuesday",
    ),
    pytest.param(
        DE,
        datetime(2024, 4, 30, 10, 0, tzinfo=BERLIN),  # eve of Labour Day (Wed)
        NEXT_BUSINESS_DAY,
        utc(2024, 5, 2, 16, 0),
        datetime(2024, 5, 2, 18, 0),  # Thursday
        id="nbd-eve-of-midweek-holiday",
    ),
    pytest.param(
        DE,
        datetime(2024, 5, 8, 17, 0, tzinfo=BERLIN),  # eve of Ascension (Thu)
        NEXT_BUSINESS_DAY,
        utc(2024, 5, 10, 16, 0),
        datetime(2024, 5, 10, 18, 0),  # Friday
        id="nbd-eve-of-thursday-holiday-to-friday",
    ),
    pytest.param(
        DE,
        datetime(2024, 12, 24, 10, 0, tzinfo=BERLIN),  # two holidays in a row
        NEXT_BUSINESS_DAY,
        utc(2024, 12, 27, 17, 0),
        datetime(2024, 12, 27, 18, 0),
        id="nbd-christmas-eve-skips-two-holidays",
    ),
    pytest.param(
        DE,
        datetime(2024, 3, 28, 12, 0, tzinfo=BERLIN),  # Thursday before Easter
        NEXT_BUSINESS_DAY,
        utc(2024, 4, 2, 16, 0),  # Good Fri, weekend (with DST), Easter Mon skipped
        datetime(2024, 4, 2, 18, 0),
        id="nbd-easter-holidays-and-dst",
    ),
    # --- next business day: time of day does not matter --------------------
    pytest.param(
        DE,
        datetime(2024, 6, 11, 19, 30, tzinfo=BERLIN),  # Tuesday after day_end
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 12, 16, 0),
        datetime(2024, 6, 12, 18, 0),
        id="nbd-weekday-after-day-end-to-next-day",
    ),
    pytest.param(
        DE,
        datetime(2024, 6, 11, 18, 0, tzinfo=BERLIN),  # exactly at day_end
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 12, 16, 0),
        datetime(2024, 6, 12, 18, 0),
        id="nbd-weekday-at-day-end-to-next-day",
    ),
    pytest.param(
        DE,
        datetime(2024, 6, 11, 0, 0, tzinfo=BERLIN),  # local midnight
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 12, 16, 0),
        datetime(2024, 6, 12, 18, 0),
        id="nbd-weekday-at-midnight-to-next-day",
    ),
    # --- next business day: the *local* date decides ------------------------
    pytest.param(
        DE,
        utc(2024, 6, 12, 22, 30),  # Wed in UTC, already Thu 00:30 in Berlin
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 14, 16, 0),
        datetime(2024, 6, 14, 18, 0),  # Friday, not Thursday
        id="nbd-local-date-ahead-of-utc",
    ),
    pytest.param(
        NY_PLAIN,
        utc(2024, 6, 12, 2, 0),  # Wed in UTC, still Tue 22:00 in New York
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 12, 22, 0),
        datetime(2024, 6, 12, 18, 0),  # Wednesday, not Thursday
        id="nbd-local-date-behind-utc",
    ),
    pytest.param(
        DE,
        datetime(2024, 6, 14, 13, 0, tzinfo=NEW_YORK),  # = Fri 19:00 Berlin
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 16, 0),
        datetime(2024, 6, 17, 18, 0),
        id="nbd-opened-at-in-foreign-zone",
    ),
    pytest.param(
        UTC_PLAIN,
        utc(2024, 6, 14, 12, 0),
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 18, 0),
        datetime(2024, 6, 17, 18, 0),
        id="nbd-default-calendar-is-utc-mon-fri",
    ),
    # --- next business day across DST: always day_end local ---------------
    pytest.param(
        BERLIN_PLAIN,
        datetime(2024, 3, 29, 10, 0, tzinfo=BERLIN),  # CET (+1)
        NEXT_BUSINESS_DAY,
        utc(2024, 4, 1, 16, 0),  # CEST (+2)
        datetime(2024, 4, 1, 18, 0),
        id="nbd-berlin-spring-forward",
    ),
    pytest.param(
        BERLIN_ALL_WEEK,
        datetime(2024, 3, 30, 12, 0, tzinfo=BERLIN),
        NEXT_BUSINESS_DAY,
        utc(2024, 3, 31, 16, 0),  # due on the transition day itself
        datetime(2024, 3, 31, 18, 0),
        id="nbd-berlin-spring-forward-night",
    ),
    pytest.param(
        BERLIN_PLAIN,
        datetime(2024, 10, 25, 10, 0, tzinfo=BERLIN),  # CEST (+2)
        NEXT_BUSINESS_DAY,
        utc(2024, 10, 28, 17, 0),  # CET (+1)
        datetime(2024, 10, 28, 18, 0),
        id="nbd-berlin-fall-back",
    ),
    pytest.param(
        BERLIN_ALL_WEEK,
        datetime(2024, 10, 26, 12, 0, tzinfo=BERLIN),
        NEXT_BUSINESS_DAY,
        utc(2024, 10, 27, 17, 0),
        datetime(2024, 10, 27, 18, 0),
        id="nbd-berlin-fall-back-night",
    ),
    pytest.param(
        NY_PLAIN,
        datetime(2024, 3, 8, 10, 0, tzinfo=NEW_YORK),  # EST (-5)
        NEXT_BUSINESS_DAY,
        utc(2024, 3, 11, 22, 0),  # EDT (-4)
        datetime(2024, 3, 11, 18, 0),
        id="nbd-new-york-spring-forward",
    ),
    pytest.param(
        NY_PLAIN,
        datetime(2024, 11, 1, 10, 0, tzinfo=NEW_YORK),  # EDT (-4)
        NEXT_BUSINESS_DAY,
        utc(2024, 11, 4, 23, 0),  # EST (-5)
        datetime(2024, 11, 4, 18, 0),
        id="nbd-new-york-fall-back",
    ),
    # --- 24 hours: elapsed time, wall clock shifts across DST -------------
    pytest.param(
        DE,
        datetime(2024, 6, 11, 9, 15, 30, 123456, tzinfo=BERLIN),
        HOURS_24,
        utc(2024, 6, 12, 7, 15, 30, 123456),
        datetime(2024, 6, 12, 9, 15, 30, 123456),
        id="24h-ordinary-keeps-microseconds",
    ),
    pytest.param(
        DE,
        datetime(2024, 12, 24, 10, 0, tzinfo=BERLIN),
        HOURS_24,
        utc(2024, 12, 25, 9, 0),
        datetime(2024, 12, 25, 10, 0),
        id="24h-ignores-holidays-and-weekends",
    ),
    pytest.param(
        BERLIN_PLAIN,
        datetime(2024, 3, 30, 12, 0, tzinfo=BERLIN),  # 11:00Z
        HOURS_24,
        utc(2024, 3, 31, 11, 0),
        datetime(2024, 3, 31, 13, 0),  # 23 wall-clock hours later
        id="24h-berlin-spring-forward",
    ),
    pytest.param(
        BERLIN_PLAIN,
        datetime(2024, 10, 26, 12, 0, tzinfo=BERLIN),  # 10:00Z
        HOURS_24,
        utc(2024, 10, 27, 10, 0),
        datetime(2024, 10, 27, 11, 0),  # 25 wall-clock hours later
        id="24h-berlin-fall-back",
    ),
    pytest.param(
        NY_PLAIN,
        datetime(2024, 3, 9, 12, 0, tzinfo=NEW_YORK),  # 17:00Z
        HOURS_24,
        utc(2024, 3, 10, 17, 0),
        datetime(2024, 3, 10, 13, 0),  # 23 wall-clock hours later
        id="24h-new-york-spring-forward",
    ),
    pytest.param(
        NY_PLAIN,
        datetime(2024, 11, 2, 12, 0, tzinfo=NEW_YORK),  # 16:00Z
        HOURS_24,
        utc(2024, 11, 3, 16, 0),
        datetime(2024, 11, 3, 11, 0),  # 25 wall-clock hours later
        id="24h-new-york-fall-back",
    ),
    pytest.param(
        BERLIN_PLAIN,
        datetime(2024, 10, 27, 2, 30, fold=0, tzinfo=BERLIN),  # first 02:30, CEST
        HOURS_24,
        utc(2024, 10, 28, 0, 30),
        datetime(2024, 10, 28, 1, 30),
        id="24h-opened-in-ambiguous-hour-first",
    ),
    pytest.param(
        BERLIN_PLAIN,
        datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=BERLIN),  # second 02:30, CET
        HOURS_24,
        utc(2024, 10, 28, 1, 30),
        datetime(2024, 10, 28, 2, 30),
        id="24h-opened-in-ambiguous-hour-second",
    ),
    # --- custom working week (Sun-Thu) ------------------------------------
    pytest.param(
        SAUDI,
        datetime(2024, 6, 13, 10, 0, tzinfo=RIYADH),  # Thursday
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 16, 15, 0),
        datetime(2024, 6, 16, 18, 0),  # Sunday
        id="sun-thu-thursday-to-sunday",
    ),
    pytest.param(
        SAUDI,
        datetime(2024, 6, 14, 10, 0, tzinfo=RIYADH),  # Friday
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 16, 15, 0),
        datetime(2024, 6, 16, 18, 0),
        id="sun-thu-friday-to-sunday",
    ),
    pytest.param(
        SAUDI,
        datetime(2024, 6, 15, 10, 0, tzinfo=RIYADH),  # Saturday
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 16, 15, 0),
        datetime(2024, 6, 16, 18, 0),
        id="sun-thu-saturday-to-sunday",
    ),
    pytest.param(
        SAUDI,
        datetime(2024, 6, 16, 10, 0, tzinfo=RIYADH),  # Sunday is a workday
        NEXT_BUSINESS_DAY,
        utc(2024, 6, 17, 15, 0),
        datetime(2024, 6, 17, 18, 0),  # Monday
        id="sun-thu-sunday-to-monday",
    ),
    pytest.param(
        ISRAEL,
        datetime(2024, 3, 28, 10, 0, tzinfo=JERUSALEM),  # Thu, IST (+2)
        NEXT_BUSINESS_DAY,
        utc(2024, 3, 31, 15, 0),  # Sun, IDT (+3); DST began Fri 29 March
        datetime(2024, 3, 31, 18, 0),
        id="sun-thu-across-dst",
    ),
]


@pytest.mark.parametrize(("calendar", "opened_at", "policy", "expected", "local"), DUE_CASES)
def test_compute_due_at(
    calendar: BusinessCalendar,
    opened_at: datetime,
    policy: str,
    expected: datetime,
    local: datetime,
) -> None:
    due = compute_due_at(opened_at, policy, calendar)

    assert_utc_equal(due, expected)
    # The wall clock the desk sees, so the DST cases document 23/25 hours
    # (24h policy) versus "always day_end" (next-business-day policy).
    assert due.astimezone(calendar.zone).replace(tzinfo=None) == local


# --------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------


@pytest.mark.parametrize("policy", [HOURS_24, NEXT_BUSINESS_DAY])
def test_due_at_rejects_naive_opened_at(policy: str) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        compute_due_at(datetime(2024, 6, 11, 9, 0), policy, DE)


@pytest.mark.parametrize(
    "policy",
    [
        pytest.param("", id="empty"),
        pytest.param("HOURS_24", id="constant-name-not-value"),
        pytest.param("hours_48", id="unknown"),
    ],
)
def test_due_at_rejects_unknown_policy(policy: str) -> None:
    with pytest.raises(ValueError, match="unknown deadline policy"):
        compute_due_at(utc(2024, 6, 11, 9, 0), policy, DE)
