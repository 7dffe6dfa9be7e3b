"""Yardstick views for bench/load_bench.py, mounted only by bench/load/settings.py.

Three bare Django views of the shapes the product serves, with nothing of the
product's own (no sign-in, roles, visibility rules or context processors), so each
product endpoint can be compared with the least the framework needs for its shape:

- ``/bench/one/<id>/``: one indexed query (a review task by primary key), small JSON;
- ``/bench/serializer/``: 50 review tasks with their ask and deal (select_related)
  through a plain DRF ModelSerializer;
- ``/bench/table/``: the same 50 rows in a plain template table.

This module is also the benchmark's ROOT_URLCONF: the product's URLs follow the
yardsticks unchanged.
"""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import engines
from django.urls import include, path
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from reviews.models import ReviewTask


def _fifty():
    return (
        ReviewTask.objects.filter(role="engineering", state="open")
        .select_related("ask", "ask__deal")
        .order_by("due_at", "id")[:50]
    )


def one_query(request: HttpRequest, task_id: int) -> JsonResponse:
    row = (
        ReviewTask.objects.filter(pk=task_id)
        .values("id", "role", "state", "due_at", "ask_id")
        .first()
    )
    return JsonResponse(row or {})


class TaskRow(serializers.ModelSerializer):
    ask_text = serializers.CharField(source="ask.text")
    deal = serializers.IntegerField(source="ask.deal_id")
    deal_name = serializers.CharField(source="ask.deal.name")

    class Meta:
        model = ReviewTask
        fields = ["id", "ask", "ask_text", "deal", "deal_name", "role", "state", "due_at"]


class SerializerList(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    def get(self, request: Request) -> Response:
        return Response(TaskRow(_fifty(), many=True).data)


TABLE = engines["django"].from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tasks</title></head>
<body><table>
<thead><tr><th>Task</th><th>Role</th><th>State</th><th>Due</th><th>Ask</th><th>Deal</th></tr></thead>
<tbody>
{% for t in tasks %}<tr><td>{{ t.id }}</td><td>{{ t.role }}</td><td>{{ t.state }}</td>
<td>{{ t.due_at|date:"Y-m-d H:i" }}</td><td>{{ t.ask.text }}</td><td>{{ t.ask.deal.name }}</td></tr>
{% endfor %}</tbody></table></body></html>
"""
)


def table(request: HttpRequest) -> HttpResponse:
    # No request: a bare table runs no context processors.
    return HttpResponse(TABLE.render({"tasks": list(_fifty())}))


urlpatterns = [
    path("bench/one/<int:task_id>/", one_query),
    path("bench/serializer/", SerializerList.as_view()),
    path("bench/table/", table),
    path("", include("dealdesk.urls")),
]
