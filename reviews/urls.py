from django.urls import path

from reviews import views, views_policy

urlpatterns = [
    path("reviews/", views.queue, name="queue"),
    path("reviews/<int:task_id>/", views.review, name="review"),
    path("reviews/<int:task_id>/reassign/", views.reassign, name="review-reassign"),
    path("decisions/", views.decisions, name="decisions"),
    path("settings/deadlines/", views_policy.deadlines_page, name="deadlines"),
    path("asks/<int:ask_id>/decide/", views.decide, name="decide"),
]
