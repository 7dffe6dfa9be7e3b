from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from dealdesk import views

# The API first: Django tries patterns in order, and the four includes at "" below would
# otherwise be walked pattern by pattern (each miss recorded) on every API request.
urlpatterns = [
    path("api/", include("dealdesk.api_urls")),
    path("", views.home, name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("inbox/", views.inbox, name="inbox"),
    path("", include("promises.urls")),
    path("", include("reviews.urls")),
    path("", include("closeplans.urls")),
    path("", include("audit.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]

handler404 = "dealdesk.views.not_found"
handler500 = "dealdesk.views.server_error"
