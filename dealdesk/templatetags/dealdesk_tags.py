from datetime import datetime

from django import template

register = template.Library()


def _span(seconds: float) -> str:
    seconds = int(abs(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m"


@register.simple_tag
def time_left(due_at: datetime, now: datetime) -> str:
    seconds = (due_at - now).total_seconds()
    return f"overdue by {_span(seconds)}" if seconds <= 0 else f"{_span(seconds)} left"


@register.filter
def label(value: object) -> str:
    """`not_supported` → `not supported`, for showing stored keys to people."""
    return str(value).replace("_", " ")
