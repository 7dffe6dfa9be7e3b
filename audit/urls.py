from django.urls import path

from audit import views

urlpatterns = [
    path("audit/", views.desk_timeline, name="audit"),
    path("audit/export.csv", views.desk_export, name="audit-export"),
    path("audit/speed/", views.speed, name="audit-speed"),
]
