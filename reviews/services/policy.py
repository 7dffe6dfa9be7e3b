"""The deal desk lead's settings for review deadlines and the business calendar."""

from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import transaction

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import NotAllowed, ValidationFailed
from reviews import deadlines
from reviews.models import BusinessCalendarConfig, DeadlinePolicy, Holiday


def _lead_only(actor) -> None:
    if not roles.has_role(actor, roles.LEAD):
        raise NotAllowed("Only the deal desk lead sets review deadlines and the calendar.")


@transaction.atomic
def policy_update(
    *, actor, role: str, policy: str, reminder_share: float, fills_data_movement: bool
) -> DeadlinePolicy:
    """Applies to review tasks opened from now on; open tasks keep their deadline."""
    _lead_only(actor)
    errors = {}
    if role not in roles.REVIEW_ROLES:
        errors["role"] = ["Pick engineering, security or product."]
    if policy not in deadlines.POLICIES:
        errors["policy"] = ["Pick 24 hours or the end of the next business day."]
    if not 0 < reminder_share < 1:
        errors["reminder_share"] = ["The reminder goes out between 1% and 99% of the window."]
    if fills_data_movement and role == roles.PRODUCT:
        errors["fills_data_movement"] = [
            "Product does not review every data-movement ask; pick engineering or security."
        ]
    if errors:
        raise ValidationFailed("The deadline policy cannot be saved.", fields=errors)
    row, _ = DeadlinePolicy.objects.select_for_update().get_or_create(role=role)
    before = {
        "policy": row.policy,
        "reminder_share": row.reminder_share,
        "fills_data_movement": row.fills_data_movement,
    }
    row.policy, row.reminder_share = policy, reminder_share
    row.fills_data_movement = fills_data_movement
    row._history_user = actor  # type: ignore[attr-defined]
    row.save()
    if fills_data_movement:
        for other in DeadlinePolicy.objects.exclude(pk=row.pk).filter(fills_data_movement=True):
            other.fills_data_movement = False
            other._history_user = actor  # type: ignore[attr-defined]
            other.save(update_fields=["fills_data_movement"])
    audit_record(
        actor=actor,
        action="policy.updated",
        obj=row,
        before=before,
        after={
            "role": role,
            "policy": policy,
            "reminder_share": reminder_share,
            "fills_data_movement": fills_data_movement,
        },
    )
    return row


@transaction.atomic
def calendar_update(
    *, actor, tz: str, working_days: list[int], day_end: time
) -> BusinessCalendarConfig:
    _lead_only(actor)
    errors = {}
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        errors["tz"] = [f"{tz!r} is not a time zone name such as Europe/Berlin."]
    days = sorted({int(d) for d in working_days})
    if not days or any(d < 0 or d > 6 for d in days):
        errors["working_days"] = ["Pick at least one working day."]
    if errors:
        raise ValidationFailed("The calendar cannot be saved.", fields=errors)
    config = BusinessCalendarConfig.objects.select_for_update().first() or BusinessCalendarConfig()
    before = {
        "tz": config.tz,
        "working_days": config.working_days,
        "day_end": config.day_end.isoformat() if config.day_end else None,
    }
    config.tz, config.working_days, config.day_end = tz, days, day_end
    config._history_user = actor  # type: ignore[attr-defined]
    config.save()
    audit_record(
        actor=actor,
        action="calendar.updated",
        obj=config,
        before=before,
        after={"tz": tz, "working_days": days, "day_end": day_end.isoformat()},
    )
    return config


@transaction.atomic
def holiday_add(*, actor, day: date, name: str) -> Holiday:
    _lead_only(actor)
    if not (name or "").strip():
        raise ValidationFailed("Name the holiday.", fields={"name": ["Name the holiday."]})
    if Holiday.objects.filter(date=day).exists():
        raise ValidationFailed("Already a holiday.", fields={"date": [f"{day} is already listed."]})
    holiday = Holiday(date=day, name=name.strip())
    holiday._history_user = actor  # type: ignore[attr-defined]
    holiday.save()
    audit_record(
        actor=actor,
        action="holiday.added",
        obj=holiday,
        after={"date": day.isoformat(), "name": holiday.name},
    )
    return holiday


@transaction.atomic
def holiday_remove(*, actor, holiday_id: int) -> None:
    _lead_only(actor)
    holiday = Holiday.objects.filter(pk=holiday_id).first()
    if holiday is None:
        return
    audit_record(
        actor=actor,
        action="holiday.removed",
        obj=holiday,
        before={"date": holiday.date.isoformat(), "name": holiday.name},
    )
    holiday._history_user = actor  # type: ignore[attr-defined]
    holiday.delete()
