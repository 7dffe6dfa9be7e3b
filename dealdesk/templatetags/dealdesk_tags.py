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


@register.filter
def readable(value: object) -> str:
    """Audit values for people: lists joined, dicts as `key: value`, empty as a dash."""
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, list):
        return ", ".join(readable(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {readable(v)}" for k, v in value.items())
    return str(value)


@register.filter(expects_localtime=True)
def minute(value: datetime | None) -> str:
    """`{{ x|minute }}` is `{{ x|date:"Y-m-d H:i" }}` without the per-call format and
    language lookups of `date`, a third of the deal page's render time (one per review)."""
    if not value:
        return ""
    return value.strftime("%Y-%m-%d %H:%M")
