from django.urls import path
from rest_framework.authtoken.views import obtain_auth_token

from closeplans import api as plan_api
from promises import api as promise_api
from promises import views_evidence
from reviews import api as review_api

urlpatterns = [
    path("token/", obtain_auth_token, name="api-token"),
    path("deals/", promise_api.DealListCreate.as_view(), name="api-deals"),
    path("deals/<int:deal_id>/", promise_api.DealDetail.as_view(), name="api-deal"),
    path(
        "deals/<int:deal_id>/history/", promise_api.DealHistory.as_view(), name="api-deal-history"
    ),
    path("deals/<int:deal_id>/close-plan/", plan_api.PlanCurrent.as_view(), name="api-plan"),
    path(
        "deals/<int:deal_id>/close-plan/versions/",
        plan_api.PlanVersionCut.as_view(),
        name="api-plan-cut",
    ),
    path(
        "deals/<int:deal_id>/close-plan/versions/<int:number>/",
        plan_api.PlanVersionDetail.as_view(),
        name="api-plan-version",
    ),
    path(
        "deals/<int:deal_id>/close-plan/versions/<int:number>/export/",
        plan_api.PlanVersionExport.as_view(),
        name="api-plan-export",
    ),
    path("deals/<int:deal_id>/close-plan/diff/", plan_api.PlanDiff.as_view(), name="api-plan-diff"),
    path(
        "deals/<int:deal_id>/close-plan/checks/",
        plan_api.PlanChecks.as_view(),
        name="api-plan-checks",
    ),
    path("deals/<int:deal_id>/close-plan/send/", plan_api.PlanSend.as_view(), name="api-plan-send"),
    path("asks/", promise_api.AskListCreate.as_view(), name="api-asks"),
    path("asks/preview/", promise_api.AskPreview.as_view(), name="api-ask-preview"),
    path("asks/<int:ask_id>/", promise_api.AskDetail.as_view(), name="api-ask"),
    path("asks/<int:ask_id>/decision/", review_api.AskDecision.as_view(), name="api-decision"),
    path(
        "asks/<int:ask_id>/evidence/",
        views_evidence.AskEvidenceApi.as_view(),
        name="api-ask-evidence",
    ),
    path(
        "asks/<int:ask_id>/comments/",
        views_evidence.AskCommentsApi.as_view(),
        name="api-ask-comments",
    ),
    path(
        "evidence/<int:evidence_id>/download/",
        views_evidence.EvidenceDownloadApi.as_view(),
        name="api-evidence-download",
    ),
    path("review-tasks/", review_api.ReviewTaskList.as_view(), name="api-review-tasks"),
    path(
        "review-tasks/<int:task_id>/", review_api.ReviewTaskDetail.as_view(), name="api-review-task"
    ),
    path(
        "review-tasks/<int:task_id>/answer/",
        review_api.ReviewTaskAnswer.as_view(),
        name="api-review-answer",
    ),
    path(
        "review-tasks/<int:task_id>/reassign/",
        review_api.ReviewTaskReassign.as_view(),
        name="api-review-reassign",
    ),
]
