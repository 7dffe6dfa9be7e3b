from datetime import datetime
from functools import cache
from typing import Any

from django import template
from django.db.models import Model
from django.utils.html import format_html, format_html_join

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


@cache
def _labels(model: type[Model], field_name: str) -> dict:
    field = model._meta.get_field(field_name)
    return {value: str(text) for value, text in getattr(field, "flatchoices", [])}


@register.filter
def display(obj: Any, field_name: str) -> str:
    """`{{ task|display:"state" }}` is `{{ task.get_state_display }}`, with the labels
    built once per field instead of on every call (dozens a page on the deal page)."""
    value = getattr(obj, field_name)
    model: type[Model] = type(obj)
    return _labels(model, field_name).get(value, value)


@register.simple_tag
def ask_tags(ask: Any) -> str:
    """An ask's kind, categories and flags as tag badges (the deal page shows one row
    of them per ask; an include per row cost more than the rest of the row)."""
    kind = format_html('<span class="tag kind-{}">{}</span>', ask.kind, display(ask, "kind"))
    categories = format_html_join("", '<span class="tag">{}</span>', ((c,) for c in ask.categories))
    flags = format_html_join("", '<span class="tag flag">{}</span>', ((f,) for f in ask.flags))
    return format_html("{}\n{}\n{}", kind, categories, flags)
