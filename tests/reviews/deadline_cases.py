"""Shared table-test fixtures for the reviews.deadlines tests: time zones, business
calendars (German holidays 2024, a Sun-Thu week) and the `utc` / `assert_utc_equal`
helpers used by test_deadlines*.py."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from reviews.deadlines import BusinessCalendar

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
