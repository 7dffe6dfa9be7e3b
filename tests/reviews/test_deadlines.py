"""Table tests for reviews.deadlines (pure: no database, no Django settings).

Expected values are written out by hand as exact datetimes, not recomputed with
the code under test, so a regression in the arithmetic cannot hide behind an
equally wrong expectation.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from reviews.deadlines import (
    HOURS_24,
    NEXT_BUSINESS_DAY,
    BusinessCalendar,
    compute_due_at,
    compute_remind_at,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
RIYADH = ZoneInfo("Asia/Riyadh")
JERUSALEM = ZoneInfo("Asia/Jerusalem")

ALL_WEEK = frozenset(range(7))
SUN_TO_THU = frozenset({6, 0, 1, 2, 3})

# German public holidays 2024 (nationwide subset) -- realistic clusters around
# weekends and DST (Easter Monday 2024 is the day after spring-forward).
DE_HOLIDAYS_2024 = frozenset(
    {
        date(2024, 1, 1),
        date(2024, 3, 29),  # Good Friday
        date(2024, 4, 1),  # Easter Monday
        date(2024, 5, 1),  # Labour Day (Wednesday)
        date(2024, 5, 9),  # Ascension (Thursday)
        date(2024, 5, 20),  # Whit Monday
        date(2024, 10, 3),
        date(2024, 12, 25),
        date(2024, 12, 26),
    }
)

DE = BusinessCalendar(tz="Europe/Berlin", holidays=DE_HOLIDAYS_2024)
BERLIN_PLAIN = BusinessCalendar(tz="Europe/Berlin")
BERLIN_ALL_WEEK = BusinessCalendar(tz="Europe/Berlin", working_days=ALL_WEEK)
NY_PLAIN = BusinessCalendar(tz="America/New_York")
UTC_PLAIN = BusinessCalendar()
SAUDI = BusinessCalendar(tz="Asia/Riyadh", working_days=SUN_TO_THU)
ISRAEL = BusinessCalendar(tz="Asia/Jerusalem", working_days=SUN_TO_THU)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


def assert_utc_equal(actual: datetime, expected: datetime) -> None:
    # `==` on aware datetimes compares instants only; also pin that the result
    # really is expressed in UTC, as the interface promises.
    assert actual == expected
    assert actual.tzinfo is UTC


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
# day_end inside a DST gap or fold: must not crash, resolved with fold=0
# --------------------------------------------------------------------------

DST_EDGE_CASES = [
    pytest.param(
        BusinessCalendar(tz="Europe/Berlin", working_days=ALL_WEEK, day_end=time(2, 30)),
        datetime(2024, 3, 30, 12, 0, tzinfo=BERLIN),
        utc(2024, 3, 31, 1, 30),
        datetime(2024, 3, 31, 3, 30),  # 02:30 does not exist -> 03:30 CEST
        id="berlin-day-end-in-gap",
    ),
    pytest.param(
        BusinessCalendar(tz="Europe/Berlin", working_days=ALL_WEEK, day_end=time(2, 30)),
        datetime(2024, 10, 26, 12, 0, tzinfo=BERLIN),
        utc(2024, 10, 27, 0, 30),  # first (CEST) occurrence, not 01:30Z
        datetime(2024, 10, 27, 2, 30),
        id="berlin-day-end-in-fold-earlier",
    ),
    pytest.param(
        BusinessCalendar(tz="Europe/Berlin", working_days=ALL_WEEK, day_end=time(2, 30, fold=1)),
        datetime(2024, 10, 26, 12, 0, tzinfo=BERLIN),
        utc(2024, 10, 27, 0, 30),  # a fold=1 configured time is normalised too
        datetime(2024, 10, 27, 2, 30),
        id="berlin-day-end-fold1-normalised",
    ),
    pytest.param(
        BusinessCalendar(tz="America/New_York", working_days=ALL_WEEK, day_end=time(2, 30)),
        datetime(2024, 3, 9, 12, 0, tzinfo=NEW_YORK),
        utc(2024, 3, 10, 7, 30),
        datetime(2024, 3, 10, 3, 30),  # 02:30 does not exist -> 03:30 EDT
        id="new-york-day-end-in-gap",
    ),
    pytest.param(
        BusinessCalendar(tz="America/New_York", working_days=ALL_WEEK, day_end=time(1, 30)),
        datetime(2024, 11, 2, 12, 0, tzinfo=NEW_YORK),
        utc(2024, 11, 3, 5, 30),  # first (EDT) occurrence, not 06:30Z
        datetime(2024, 11, 3, 1, 30),
        id="new-york-day-end-in-fold-earlier",
    ),
]


@pytest.mark.parametrize(("calendar", "opened_at", "expected", "local"), DST_EDGE_CASES)
def test_day_end_in_dst_gap_or_fold(
    calendar: BusinessCalendar, opened_at: datetime, expected: datetime, local: datetime
) -> None:
    due = compute_due_at(opened_at, NEXT_BUSINESS_DAY, calendar)

    assert_utc_equal(due, expected)
    assert due.astimezone(calendar.zone).replace(tzinfo=None) == local


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
# BusinessCalendar
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calendar", "day", "expected"),
    [
        pytest.param(DE, date(2024, 6, 14), True, id="friday"),
        pytest.param(DE, date(2024, 6, 15), False, id="saturday"),
        pytest.param(DE, date(2024, 6, 16), False, id="sunday"),
        pytest.param(DE, date(2024, 5, 20), False, id="holiday-monday"),
        pytest.param(BERLIN_PLAIN, date(2024, 5, 20), True, id="same-monday-without-holidays"),
        pytest.param(SAUDI, date(2024, 6, 16), True, id="sun-thu-sunday"),
        pytest.param(SAUDI, date(2024, 6, 14), False, id="sun-thu-friday"),
    ],
)
def test_is_business_day(calendar: BusinessCalendar, day: date, expected: bool) -> None:
    assert calendar.is_business_day(day) is expected


@pytest.mark.parametrize(
    ("calendar", "day", "expected"),
    [
        pytest.param(DE, date(2024, 6, 11), date(2024, 6, 12), id="strictly-after-business-day"),
        pytest.param(DE, date(2024, 6, 14), date(2024, 6, 17), id="friday-to-monday"),
        pytest.param(DE, date(2024, 12, 24), date(2024, 12, 27), id="over-two-holidays"),
        pytest.param(
            BusinessCalendar(holidays=DE_HOLIDAYS_2024 | {date(2025, 1, 1)}),
            date(2024, 12, 31),
            date(2025, 1, 2),
            id="over-new-year-holiday",
        ),
        pytest.param(
            BusinessCalendar(working_days=frozenset({2})),
            date(2024, 6, 12),
            date(2024, 6, 19),
            id="single-working-day-a-week",
        ),
    ],
)
def test_next_business_day(calendar: BusinessCalendar, day: date, expected: date) -> None:
    assert calendar.next_business_day(day) == expected


def test_calendar_normalises_iterables_and_stays_hashable() -> None:
    calendar = BusinessCalendar(
        working_days={0, 1, 2},  # type: ignore[arg-type]
        holidays=[date(2024, 1, 1)],  # type: ignore[arg-type]
    )

    assert calendar.working_days == frozenset({0, 1, 2})
    assert isinstance(calendar.working_days, frozenset)
    assert isinstance(calendar.holidays, frozenset)
    assert hash(calendar) == hash(
        BusinessCalendar(working_days=frozenset({0, 1, 2}), holidays=frozenset({date(2024, 1, 1)}))
    )


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


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param(
            {"working_days": frozenset()}, "at least one working day", id="no-working-days"
        ),
        pytest.param({"working_days": frozenset({7})}, "weekday numbers", id="weekday-7"),
        pytest.param(
            {"working_days": frozenset({-1, 0})}, "weekday numbers", id="weekday-negative"
        ),
        pytest.param({"tz": "Europe/Atlantis"}, "unknown time zone", id="unknown-tz"),
        pytest.param({"tz": ""}, "unknown time zone", id="empty-tz"),
        pytest.param({"day_end": time(18, 0, tzinfo=UTC)}, "naive time", id="aware-day-end"),
        pytest.param(
            {"holidays": frozenset({datetime(2024, 12, 25, tzinfo=UTC)})},
            "datetime.date",
            id="datetime-holiday",
        ),
    ],
)
def test_calendar_rejects_invalid_configuration(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BusinessCalendar(**kwargs)  # type: ignore[arg-type]


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
