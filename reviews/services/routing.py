"""Which roles review an ask, opening their tasks, and the ask state they imply."""

from collections.abc import Iterable
from datetime import datetime

from dealdesk import fastsql, roles
from promises.models import Ask
from reviews import deadlines
from reviews.models import BusinessCalendarConfig, DeadlinePolicy, Decision, Holiday, ReviewTask


def required_roles(categories: Iterable[str], flags: Iterable[str]) -> list[str]:
    """DESIGN step 3: engineering always; security for security and data movement;
    product for custom logic and delivery dates. Commercial terms go to the lead,
    who is told rather than given a review task."""
    cats, fl = set(categories), set(flags)
    needed = [roles.ENGINEERING]
    if cats & {"security", "data_movement"}:
        needed.append(roles.SECURITY)
    if "custom_logic" in cats or "delivery_date" in fl:
        needed.append(roles.PRODUCT)
    return needed


def business_calendar() -> deadlines.BusinessCalendar:
    config = BusinessCalendarConfig.objects.first()
    holidays = frozenset(Holiday.objects.values_list("date", flat=True))
    if config is None:
        return deadlines.BusinessCalendar(holidays=holidays)
    return deadlines.BusinessCalendar(
        tz=config.tz,
        working_days=frozenset(config.working_days or [0, 1, 2, 3, 4]),
        day_end=config.day_end,
        holidays=holidays,
    )


def review_tasks_build(
    *,
    ask: Ask,
    role_names: Iterable[str],
    now: datetime,
    policies: Iterable[DeadlinePolicy] | None = None,
) -> list[ReviewTask]:
    """One unsaved task per role for the ask's current version, each with its deadline
    and reminder time from the role's policy (`policies`: every policy row, when the
    caller has read them)."""
    role_names = list(role_names)
    # A few rows, read whole on every submission: plain SQL (dealdesk.fastsql).
    rows = fastsql.all_rows(DeadlinePolicy) if policies is None else policies
    by_role = {p.role: p for p in rows if p.role in role_names}
    calendar = (
        business_calendar()
        if any(p.policy == deadlines.NEXT_BUSINESS_DAY for p in by_role.values())
        else deadlines.BusinessCalendar()
    )
    tasks = []
    for role in role_names:
        policy = by_role.get(role)
        due = deadlines.compute_due_at(
            now, policy.policy if policy else deadlines.HOURS_24, calendar
        )
        share = policy.reminder_share if policy else 0.75
        tasks.append(
            ReviewTask(
                ask=ask,
                ask_version=ask.version,
                role=role,
                opened_at=now,
                due_at=due,
                remind_at=deadlines.compute_remind_at(now, due, share),
            )
        )
    return tasks


def review_tasks_open(
    *, ask: Ask, role_names: Iterable[str], now: datetime, actor=None
) -> list[ReviewTask]:
    """Open one task per role for the ask's current version (see `review_tasks_build`);
    their history rows name `actor`.

    Call inside the caller's transaction with the ask locked.
    """
    tasks = review_tasks_build(ask=ask, role_names=role_names, now=now)
    # One INSERT for the tasks and one for their history rows, not two per task.
    fastsql.insert(tasks)
    fastsql.insert_history(tasks, history_type="+", user=actor)
    return tasks


def live_tasks(ask: Ask) -> list[ReviewTask]:
    return list(
        ReviewTask.objects.filter(
            ask=ask,
            ask_version=ask.version,
            state__in=[ReviewTask.State.OPEN, ReviewTask.State.ANSWERED, ReviewTask.State.EXPIRED],
        ).select_related("answered_by")
    )


def state_for(task_states: Iterable[str], decided: bool) -> str:
    """The ask state implied by its live tasks; pure so it can be tested alone."""
    states = set(task_states)
    if ReviewTask.State.EXPIRED in states:
        return Ask.State.PAUSED
    if ReviewTask.State.OPEN in states:
        return Ask.State.IN_REVIEW
    return Ask.State.DECIDED if decided else Ask.State.AWAITING_DECISION


def ask_refresh_state(*, ask: Ask) -> str:
    """Recompute and save the ask's state from its current version's tasks."""
    if ask.state == Ask.State.WITHDRAWN:
        return ask.state
    decided = Decision.objects.filter(ask=ask, ask_version=ask.version).exists()
    new_state = state_for((t.state for t in live_tasks(ask)), decided)
    if new_state != ask.state:
        ask.state = new_state
        ask.save(update_fields=["state", "updated_at"])
    return new_state
