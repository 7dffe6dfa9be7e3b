"""Reads for the audit timelines and the review-speed figures."""

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, QuerySet
from django.utils import timezone

from audit.models import AuditEvent
from dealdesk import roles
from promises.models import Ask, Deal


def deal_timeline(*, deal: Deal) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(deal=deal).order_by("seq")


def ask_timeline(*, ask: Ask) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(ask=ask).order_by("seq")


def _day_start(d: date) -> datetime:
    return timezone.make_aware(datetime.combine(d, time.min), timezone.get_default_timezone())


def events_filtered(
    *,
    actor: str = "",
    action: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
    deal_id: int | None = None,
    ask_id: int | None = None,
) -> QuerySet[AuditEvent]:
    """The desk timeline, newest first, narrowed by who, what, when and where."""
    qs = AuditEvent.objects.all()
    if actor:
        qs = qs.filter(actor_label=actor)
    if action:
        qs = qs.filter(action=action)
    if date_from:
        qs = qs.filter(at__gte=_day_start(date_from))
    if date_to:
        qs = qs.filter(at__lt=_day_start(date_to + timedelta(days=1)))
    if deal_id:
        qs = qs.filter(deal_id=deal_id)
    if ask_id:
        qs = qs.filter(ask_id=ask_id)
    return qs.order_by("-seq")


def known_actions() -> list[str]:
    return list(AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct())


@dataclass(frozen=True)
class RoleSpeed:
    role: str
    answered: int
    median_hours: float | None
    p90_hours: float | None
    on_time_share: float | None


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def review_speed(*, since: datetime) -> list[RoleSpeed]:
    """Time to answer per role, over reviews answered since `since`."""
    from reviews.models import ReviewTask

    out = []
    for role in roles.REVIEW_ROLES:
        rows = ReviewTask.objects.filter(
            role=role, state=ReviewTask.State.ANSWERED, answered_at__gte=since
        ).values_list("opened_at", "answered_at", "due_at")
        pairs = [(o, a, d) for o, a, d in rows if a is not None]
        hours = sorted((a - o).total_seconds() / 3600 for o, a, _ in pairs)
        on_time = len([1 for _, a, d in pairs if a <= d])
        out.append(RoleSpeed(
            role=role,
            answered=len(hours),
            median_hours=statistics.median(hours) if hours else None,
            p90_hours=_percentile(hours, 0.9),
            on_time_share=(on_time / len(hours)) if hours else None,
        ))
    return out


def asks_by_kind(*, since: datetime) -> dict[str, int]:
    rows = Ask.objects.filter(submitted_at__gte=since).values("kind").annotate(n=Count("id"))
    return {r["kind"]: r["n"] for r in rows.order_by("kind")}


def paused_now() -> QuerySet[Ask]:
    return Ask.objects.filter(state=Ask.State.PAUSED).select_related("deal").order_by(
        "updated_at")


