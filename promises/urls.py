from django.urls import path

from promises import views, views_evidence

urlpatterns = [
    path("deals/", views.deal_list, name="deals"),
    path("deals/new/", views.deal_new, name="deal-new"),
    path("deals/<int:deal_id>/", views.deal_detail, name="deal"),
    path("deals/<int:deal_id>/history/", views.deal_history, name="deal-history"),
    path("asks/<int:ask_id>/", views.ask_detail, name="ask"),
    path("asks/<int:ask_id>/edit/", views.ask_edit, name="ask-edit"),
    path("asks/<int:ask_id>/withdraw/", views.ask_withdraw, name="ask-withdraw"),
    path("asks/<int:ask_id>/tags/", views.ask_tags, name="ask-tags"),
    path("asks/<int:ask_id>/evidence/", views_evidence.evidence_add, name="ask-evidence"),
    path("asks/<int:ask_id>/comments/", views_evidence.comment_add, name="ask-comment"),
    path(
        "evidence/<int:evidence_id>/download/",
        views_evidence.evidence_download,
        name="evidence-download",
    ),
    path("rules/", views.rule_list, name="rules"),
    path("rules/<int:rule_id>/", views.rule_edit, name="rule-edit"),
]
