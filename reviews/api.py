from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from dealdesk.throttle import WriteThrottle
from promises.selectors import ask_get
from reviews import selectors, services
from reviews.pagination import QueueCursorPagination
from reviews.serializers import AnswerIn, DecisionIn, DecisionOut, ReassignIn, TaskOut

# What TaskOut reads: every ask, deal and user column (JSON, timestamps, password
# hashes) of 50 rows costs more to load than the page costs to serialize.
TASK_OUT_COLUMNS = (
    *(f for f in TaskOut.Meta.fields if f not in ("ask_text", "deal", "deal_name")),
    "ask__text",
    "ask__deal__name",
    "assignee__username",
    "answered_by__username",
)


class ReviewTaskList(generics.GenericAPIView):
    """The caller's review queue, soonest due first, 50 a page by cursor (``next`` and
    ``previous`` links, no total count: reviews.pagination)."""

    serializer_class = TaskOut
    pagination_class = QueueCursorPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("role", OpenApiTypes.STR, enum=["engineering", "security", "product"]),
            OpenApiParameter(
                "state",
                OpenApiTypes.STR,
                enum=["open", "answered", "expired", "superseded", "not_needed"],
            ),
        ],
        responses=TaskOut(many=True),
    )
    def get(self, request: Request) -> Response:
        qs = selectors.review_queue(
            user=request.user,
            role=request.query_params.get("role"),
            state=request.query_params.get("state"),
        )
        page = self.paginate_queryset(qs.select_related("answered_by").only(*TASK_OUT_COLUMNS))
        return self.get_paginated_response(TaskOut(page, many=True).data)


class ReviewTaskDetail(APIView):
    @extend_schema(responses=TaskOut)
    def get(self, request: Request, task_id: int) -> Response:
        return Response(TaskOut(selectors.review_task_get(user=request.user, task_id=task_id)).data)


class ReviewTaskAnswer(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(request=AnswerIn, responses=TaskOut)
    def post(self, request: Request, task_id: int) -> Response:
        selectors.review_task_get(user=request.user, task_id=task_id)
        data = AnswerIn(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        services.review_answer(
            actor=request.user,
            task_id=task_id,
            verdict=v["verdict"],
            note=v["note"],
            answer=v["answer"],
            acknowledge_expired=v["acknowledge_expired"],
        )
        return Response(TaskOut(selectors.review_task_get(user=request.user, task_id=task_id)).data)


class ReviewTaskReassign(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(request=ReassignIn, responses=TaskOut)
    def post(self, request: Request, task_id: int) -> Response:
        selectors.review_task_get(user=request.user, task_id=task_id)
        data = ReassignIn(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        services.review_reassign(
            actor=request.user,
            task_id=task_id,
            assignee_id=v["assignee"],
            reason=v["reason"],
            due_at=v.get("due_at"),
        )
        return Response(TaskOut(selectors.review_task_get(user=request.user, task_id=task_id)).data)


class AskDecision(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(request=DecisionIn, responses={201: DecisionOut})
    def post(self, request: Request, ask_id: int) -> Response:
        ask_get(user=request.user, ask_id=ask_id)
        data = DecisionIn(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        decision = services.decision_give(
            actor=request.user,
            ask_id=ask_id,
            outcome=v["outcome"],
            wording=v["wording"],
            conditions=v["conditions"],
            owner_id=v.get("owner"),
            due_date=v.get("due_date"),
            limit=v["limit"],
            ask_version=v.get("ask_version"),
        )
        return Response(DecisionOut(decision).data, status=status.HTTP_201_CREATED)
