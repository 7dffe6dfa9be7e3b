"""Deadline and reminder arithmetic for deal-desk review tasks.

Pure Python on purpose (stdlib ``zoneinfo`` only, no Django): the rules are the
part of the product most likely to be argued about, so they must be testable
without a database and reusable from models, Celery tasks and management
commands alike.

Two deadline policies exist, chosen per deal desk:

* ``HOURS_24`` -- 24 *elapsed* hours after the task was opened.
* ``NEXT_BUSINESS_DAY`` -- the end of working hours (``day_end``, local time) on
  the first business day strictly after the local date the task was opened on.

Reminders fire at a configurable share (default 75%) of the window between
opening and the deadline.

All inputs must be timezone-aware; every result is returned in UTC so callers
can store it directly (Django stores aware datetimes in UTC anyway).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HOURS_24 = "hours_24"
NEXT_BUSINESS_DAY = "next_business_day"

#: All known policies, in a stable order (handy for model ``choices``).
POLICIES: tuple[str, ...] = (HOURS_24, NEXT_BUSINESS_DAY)

DEFAULT_REMINDER_SHARE = 0.75


def _require_aware(value: datetime, name: str) -> None:
    # A naive datetime has no defined instant; guessing a zone here would
    # silently shift deadlines by hours, so refuse instead.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value!r}")


@dataclass(frozen=True)
class BusinessCalendar:
    """Which local days count as business days, and when the working day ends.

    ``working_days`` uses ``date.weekday()`` numbering (Monday=0 .. Sunday=6).
    ``day_end`` is a naive wall-clock time interpreted in ``tz``.
    Iterables passed for ``working_days``/``holidays`` are normalised to
    frozensets so the calendar stays hashable and immutable.
    """

    tz: str = "UTC"
    working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    day_end: time = time(18, 0)
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        # Validate eagerly: a bad calendar should fail when the desk is
        # configured, not hours later inside a Celery worker.
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
            raise ValueError(f"unknown time zone {self.tz!r}") from exc

        # frozen=True forbids normal assignment; object.__setattr__ is the
        # documented escape hatch for normalising fields in __post_init__.
        working_days = frozenset(self.working_days)
        if not working_days:
            # Without working days next_business_day() would never terminate.
            raise ValueError("a business calendar needs at least one working day")
        if not all(isinstance(d, int) and 0 <= d <= 6 for d in working_days):
            raise ValueError(f"working_days must be weekday numbers 0-6, got {working_days!r}")
        object.__setattr__(self, "working_days", working_days)

        holidays = frozenset(self.holidays)
        # datetime is a subclass of date but never compares equal to one, so a
        # datetime in the set would silently never match; reject it.
        if not all(isinstance(h, date) and not isinstance(h, datetime) for h in holidays):
            raise ValueError("holidays must be datetime.date values")
        object.__setattr__(self, "holidays", holidays)

        if self.day_end.tzinfo is not None:
            raise ValueError("day_end must be a naive time; it is interpreted in tz")

    @property
    def zone(self) -> ZoneInfo:
        # ZoneInfo caches instances per key, so this is cheap to call repeatedly.
        return ZoneInfo(self.tz)

    def is_business_day(self, d: date) -> bool:
        return d.weekday() in self.working_days and d not in self.holidays

    def next_business_day(self, d: date) -> date:
        """Return the first business day strictly after ``d``.

        Terminates because there is at least one working day per week and the
        holiday set is finite.
        """
        candidate = d + timedelta(days=1)
        while not self.is_business_day(candidate):
            candidate += timedelta(days=1)
        return candidate

    def local_datetime(self, d: date, t: time) -> datetime:
        """Attach this calendar's zone to the wall-clock time ``t`` on ``d``.

        Resolution of DST edge cases follows PEP 495 with ``fold=0``
        (the same thing Django's ``make_aware`` does with zoneinfo):

        * ambiguous time (clocks go back, the time occurs twice): the *earlier*
          instant, i.e. the one still on summer time -- the conservative choice
          for a deadline;
        * non-existent time (clocks spring forward over it): interpreted with
          the offset in force *before* the transition, which lands the same
          amount of real time after local midnight -- e.g. 02:30 in the
          Europe/Berlin spring-forward gap becomes 03:30 CEST.

        Never raises for either case.
        """
        # combine() copies t.fold; force fold=0 so the result does not depend on
        # how the configured time happened to be constructed.
        return datetime.combine(d, t, tzinfo=self.zone).replace(fold=0)


def compute_due_at(opened_at: datetime, policy: str, calendar: BusinessCalendar) -> datetime:
    """Return the deadline (in UTC) for a task opened at ``opened_at``.

    ``HOURS_24``: exactly 24 elapsed hours, i.e. absolute time. Across a
    daylight-saving change that is 23 (spring forward) or 25 (fall back)
    wall-clock hours in the calendar's zone. We chose elapsed time because
    "24 hours" in an SLA means a duration the reviewer actually gets, and it
    is independent of which zone the desk sits in.

    ``NEXT_BUSINESS_DAY``: ``calendar.day_end`` local time on the first
    business day strictly after the *local* date (in ``calendar.tz``) of
    ``opened_at``. Opening on a non-business day or after ``day_end`` is not
    special-cased: the deadline is still the next business day strictly after
    the opening date. DST gaps/folds at ``day_end`` are resolved as described
    in :meth:`BusinessCalendar.local_datetime`.
    """
    _require_aware(opened_at, "opened_at")

    if policy == HOURS_24:
        # Convert to UTC *before* adding: aware-datetime arithmetic in Python is
        # wall-clock arithmetic within the same tzinfo, so adding 24h to a
        # Europe/Berlin datetime would yield 23/25 elapsed hours across DST.
        return opened_at.astimezone(UTC) + timedelta(hours=24)

    if policy == NEXT_BUSINESS_DAY:
        opened_local_date = opened_at.astimezone(calendar.zone).date()
        due_date = calendar.next_business_day(opened_local_date)
        return calendar.local_datetime(due_date, calendar.day_end).astimezone(UTC)

    raise ValueError(f"unknown deadline policy {policy!r}; expected one of {POLICIES}")


def compute_remind_at(
    opened_at: datetime, due_at: datetime, share: float = DEFAULT_REMINDER_SHARE
) -> datetime:
    """Return when to remind (in UTC): ``opened_at + share * (due_at - opened_at)``.

    ``share`` is the fraction of the window that has elapsed when the reminder
    fires and must lie strictly between 0 and 1 -- a reminder at opening or at
    the deadline itself is useless. The window is measured in elapsed time
    (timedelta between aware datetimes is absolute), so DST does not skew it.
    """
    _require_aware(opened_at, "opened_at")
    _require_aware(due_at, "due_at")
    # `not (0 < share < 1)` rather than `share <= 0 or share >= 1` so NaN is
    # rejected too (every comparison with NaN is False).
    if not (0 < share < 1):
        raise ValueError(f"share must be strictly between 0 and 1, got {share!r}")
    if due_at <= opened_at:
        raise ValueError(f"due_at ({due_at.isoformat()}) must be after opened_at")

    # timedelta * float rounds to whole microseconds (round-half-even), which
    # is deterministic and far below any scheduling granularity.
    return opened_at.astimezone(UTC) + (due_at - opened_at) * share
