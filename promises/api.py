from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.selectors import deal_timeline
from dealdesk.throttle import WriteThrottle
from promises import selectors, services
from promises.classify import classify
from promises.rules import current_tagger
from promises.serializers import (
    AskEditIn,
    AskIn,
    AskOut,
    DealIn,
    DealOut,
    HistoryOut,
    PreviewIn,
    PreviewOut,
    ask_in,
    ask_out,
)
from reviews.models import ReviewTask
from reviews.services import required_roles


def _ask_with_tasks(user, ask_id: int):
    selectors.ask_get(user=user, ask_id=ask_id)
    return (
        selectors.asks_visible_to(user)
        .select_related("submitted_by")
        .prefetch_related(Prefetch("review_tasks", queryset=ReviewTask.objects.all()))
        .get(pk=ask_id)
    )


class DealListCreate(generics.GenericAPIView):
    serializer_class = DealOut
    throttle_classes = [WriteThrottle]

    def get_queryset(self):
        return selectors.deal_list(user=self.request.user)

    @extend_schema(responses=DealOut(many=True))
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(DealOut(page, many=True).data)

    @extend_schema(request=DealIn, responses={201: DealOut})
    def post(self, request: Request) -> Response:
        data = DealIn(data=request.data)
        data.is_valid(raise_exception=True)
        v = data.validated_data
        deal = services.deal_create(
            actor=request.user,
            name=v["name"],
            customer=v["customer"],
            stage=v["stage"],
            target_close_date=v.get("target_close_date"),
            owner_id=v.get("owner"),
        )
        return Response(DealOut(deal).data, status=status.HTTP_201_CREATED)


class DealDetail(APIView):
    @extend_schema(responses=DealOut)
    def get(self, request: Request, deal_id: int) -> Response:
        return Response(DealOut(selectors.deal_get(user=request.user, deal_id=deal_id)).data)


class DealHistory(generics.GenericAPIView):
    serializer_class = HistoryOut

    @extend_schema(responses=HistoryOut(many=True))
    def get(self, request: Request, deal_id: int) -> Response:
        deal = selectors.deal_get(user=request.user, deal_id=deal_id)
        page = self.paginate_queryset(deal_timeline(deal=deal))
        return self.get_paginated_response(HistoryOut(page, many=True).data)


class AskListCreate(generics.GenericAPIView):
    serializer_class = AskOut
    throttle_classes = [WriteThrottle]

    def get_queryset(self):
        qs = (
            selectors.asks_visible_to(self.request.user)
            .select_related("submitted_by")
            .prefetch_related("review_tasks")
            .order_by("-submitted_at", "-id")
        )
        deal = self.request.query_params.get("deal")
        if deal and deal.isdigit():
            qs = qs.filter(deal_id=int(deal))
        state = self.request.query_params.get("state")
        return qs.filter(state=state) if state else qs

    @extend_schema(responses=AskOut(many=True))
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset()) or []
        return self.get_paginated_response([ask_out(ask) for ask in page])

    @extend_schema(request=AskIn, responses={201: AskOut})
    def post(self, request: Request) -> Response:
        data = ask_in(request.data)
        # The service reads the deal and refuses whoever may not write on it;
        # it hands back the ask with its new tasks as written, so nothing is read back.
        ask = services.ask_submit(actor=request.user, deal=data["deal"], text=data["text"])
        return Response(ask_out(ask), status=status.HTTP_201_CREATED)


class AskDetail(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(responses=AskOut)
    def get(self, request: Request, ask_id: int) -> Response:
        return Response(ask_out(_ask_with_tasks(request.user, ask_id)))

    @extend_schema(request=AskEditIn, responses=AskOut)
    def patch(self, request: Request, ask_id: int) -> Response:
        selectors.ask_get(user=request.user, ask_id=ask_id)
        data = AskEditIn(data=request.data)
        data.is_valid(raise_exception=True)
        services.ask_edit(
            actor=request.user,
            ask_id=ask_id,
            text=data.validated_data["text"],
            version=data.validated_data.get("version"),
            reopen_decided=data.validated_data["reopen_decided"],
        )
        return Response(ask_out(_ask_with_tasks(request.user, ask_id)))


class AskPreview(APIView):
    """Lint and tag a sentence without saving it (the form calls this as you type)."""

    @extend_schema(request=PreviewIn, responses=PreviewOut)
    def post(self, request: Request) -> Response:
        data = PreviewIn(data=request.data)
        data.is_valid(raise_exception=True)
        result = classify(data.validated_data["text"], current_tagger())
        result["roles"] = required_roles(result["categories"], result["flags"])
        return Response(result)
