import csv
import json
from datetime import timedelta

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from audit import selectors
from audit.forms import TimelineFilter
from dealdesk import roles
from dealdesk.web import page, require

CSV_COLUMNS = ["seq", "at", "actor", "action", "object_type", "object_id", "deal", "ask",
               "before", "after", "reason", "request_id", "hash"]


def _filtered(request: HttpRequest):
    form = TimelineFilter(request.GET or None, actions=selectors.known_actions())
    filters = form.cleaned_data if form.is_valid() else {}
    qs = selectors.events_filtered(
        actor=filters.get("actor") or "", action=filters.get("action") or "",
        date_from=filters.get("date_from"), date_to=filters.get("date_to"),
        deal_id=filters.get("deal"), ask_id=filters.get("ask"),
    )
    return form, qs


@page
def desk_timeline(request: HttpRequest) -> HttpResponse:
    require(request, roles.MANAGER, roles.LEAD)
    form, qs = _filtered(request)
    events = Paginator(qs.select_related("actor"), 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "audit/desk.html", {
        "form": form, "events": events, "query": query.urlencode(),
    })


class _Echo:
    def write(self, value: str) -> str:
        return value


@page
def desk_export(request: HttpRequest) -> StreamingHttpResponse:
    require(request, roles.MANAGER, roles.LEAD)
    _, qs = _filtered(request)
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(CSV_COLUMNS)
        for e in qs.order_by("seq").iterator(chunk_size=2000):
            yield writer.writerow([
                e.seq, e.at.isoformat(), e.actor_label, e.action, e.object_type, e.object_id,
                e.deal_id or "", e.ask_id or "", json.dumps(e.before), json.dumps(e.after),
                _safe(e.reason), e.request_id, e.hash,
            ])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="dealdesk-audit.csv"'
    return response


def _safe(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@page
def speed(request: HttpRequest) -> HttpResponse:
    require(request, roles.MANAGER, roles.LEAD)
    try:
        days = max(1, min(int(request.GET.get("days", 90)), 3650))
    except ValueError:
        days = 90
    since = timezone.now() - timedelta(days=days)
    figures = selectors.review_speed(since=since)
    longest = max((f.p90_hours or 0 for f in figures), default=0) or 1
    bars = [
        {"role": f.role, "median": f.median_hours, "p90": f.p90_hours,
         "median_w": round(300 * (f.median_hours or 0) / longest),
         "p90_w": round(300 * (f.p90_hours or 0) / longest), "y": 10 + i * 48}
        for i, f in enumerate(figures)
    ]
    return render(request, "audit/speed.html", {
        "days": days, "figures": figures, "bars": bars, "chart_height": 20 + 48 * len(bars),
        "kinds": selectors.asks_by_kind(since=since),
        "paused": list(selectors.paused_now()[:100]),
    })
