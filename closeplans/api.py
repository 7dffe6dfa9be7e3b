from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from closeplans import selectors, services
from closeplans.checks import plan_checks
from closeplans.serializers import (
    CheckOut,
    CutIn,
    DiffIn,
    LineChangeOut,
    PlanOut,
    SendOut,
    VersionOut,
)
from closeplans.views import export_response
from dealdesk.errors import NotFound, ValidationFailed
from dealdesk.throttle import WriteThrottle
from promises.selectors import deal_get


class PlanCurrent(APIView):
    @extend_schema(responses=PlanOut)
    def get(self, request: Request, deal_id: int) -> Response:
        deal = deal_get(user=request.user, deal_id=deal_id)
        version = selectors.plan_current(deal=deal)
        if version is None:
            raise NotFound("No close plan version has been cut for this deal yet.")
        out_of_date = selectors.plan_is_out_of_date(deal=deal, version=version)
        return Response({**VersionOut(version).data, "out_of_date": out_of_date})


class PlanVersionCut(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(request=CutIn, responses={201: VersionOut})
    def post(self, request: Request, deal_id: int) -> Response:
        deal_get(user=request.user, deal_id=deal_id)
        data = CutIn(data=request.data)
        data.is_valid(raise_exception=True)
        version = services.closeplan_cut_version(
            actor=request.user, deal_id=deal_id, reason=data.validated_data["reason"]
        )
        deal = deal_get(user=request.user, deal_id=deal_id)
        return Response(
            VersionOut(selectors.plan_version_get(deal=deal, number=version.number)).data,
            status=status.HTTP_201_CREATED,
        )


class PlanVersionDetail(APIView):
    @extend_schema(responses=VersionOut)
    def get(self, request: Request, deal_id: int, number: int) -> Response:
        deal = deal_get(user=request.user, deal_id=deal_id)
        return Response(VersionOut(selectors.plan_version_get(deal=deal, number=number)).data)


class PlanChecks(APIView):
    @extend_schema(responses=CheckOut(many=True))
    def get(self, request: Request, deal_id: int) -> Response:
        deal = deal_get(user=request.user, deal_id=deal_id)
        checks = plan_checks(deal=deal, version=selectors.plan_current(deal=deal))
        return Response(CheckOut(checks, many=True).data)


class PlanSend(APIView):
    throttle_classes = [WriteThrottle]

    @extend_schema(request=None, responses={201: SendOut})
    def post(self, request: Request, deal_id: int) -> Response:
        deal_get(user=request.user, deal_id=deal_id)
        send = services.closeplan_send(actor=request.user, deal_id=deal_id)
        return Response(SendOut(send).data, status=status.HTTP_201_CREATED)


class PlanVersionExport(APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("format", OpenApiTypes.STR, enum=["md", "csv", "pdf"], required=True)
        ],
        responses={
            (200, "text/markdown"): OpenApiTypes.STR,
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/pdf"): OpenApiTypes.BINARY,
        },
    )
    def get(self, request: Request, deal_id: int, number: int) -> HttpResponse:
        deal = deal_get(user=request.user, deal_id=deal_id)
        fmt = request.query_params.get("format", "")
        if fmt not in ("md", "csv", "pdf"):
            raise ValidationFailed(
                "Pick an export format.", fields={"format": ["Use md, csv or pdf."]}
            )
        return export_response(selectors.plan_version_get(deal=deal, number=number), fmt)


class PlanDiff(APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("from", OpenApiTypes.INT, required=True),
            OpenApiParameter("to", OpenApiTypes.INT, required=True),
        ],
        responses=LineChangeOut(many=True),
    )
    def get(self, request: Request, deal_id: int) -> Response:
        deal = deal_get(user=request.user, deal_id=deal_id)
        data = DiffIn(
            data={"from_": request.query_params.get("from"), "to": request.query_params.get("to")}
        )
        if not data.is_valid():
            raise ValidationFailed(
                "Name two versions.",
                fields={"from" if k == "from_" else k: v for k, v in data.errors.items()},
            )
        changes = selectors.plan_diff(
            deal=deal, from_number=data.validated_data["from_"], to_number=data.validated_data["to"]
        )
        return Response(LineChangeOut(changes, many=True).data)
