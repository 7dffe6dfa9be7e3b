"""Table tests for reviews.deadlines.BusinessCalendar (pure: no database, no Django
settings): day_end inside a DST gap or fold, business days, and refused configurations.

Expected values are written out by hand as exact datetimes, not recomputed with
the code under test, so a regression in the arithmetic cannot hide behind an
equally wrong expectation.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from reviews.deadlines import (
    NEXT_BUSINESS_DAY,
    BusinessCalendar,
    compute_due_at,
)
from tests.reviews.deadline_cases import (
    ALL_WEEK,
    BERLIN,
    BERLIN_PLAIN,
    DE,
    DE_HOLIDAYS_2024,
    NEW_YORK,
    SAUDI,
    assert_utc_equal,
    utc,
)

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
