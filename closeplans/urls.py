from django.urls import path

from closeplans import views

urlpatterns = [
    path("deals/<int:deal_id>/plan/", views.plan, name="plan"),
    path("deals/<int:deal_id>/plan/cut/", views.cut, name="plan-cut"),
    path("deals/<int:deal_id>/plan/send/", views.send, name="plan-send"),
    path("deals/<int:deal_id>/plan/v/<int:number>/", views.version, name="plan-version"),
    path(
        "deals/<int:deal_id>/plan/v/<int:number>/export.<str:fmt>", views.export, name="plan-export"
    ),
    path("deals/<int:deal_id>/plan/diff/", views.diff, name="plan-diff"),
]
