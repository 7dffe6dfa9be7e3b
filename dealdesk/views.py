from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views import defaults

from dealdesk import roles
from dealdesk.web import page
from reviews.selectors import inbox as inbox_selector
from reviews.services.outbox import inbox_mark_read


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("login")
    mine = roles.roles_of(request.user)
    if roles.LEAD in mine:
        return redirect("decisions")
    if mine & set(roles.REVIEW_ROLES) and roles.SALES not in mine:
        return redirect("queue")
    return redirect("deals")


@page
def inbox(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        inbox_mark_read(user=request.user)
        return redirect("inbox")
    items = list(inbox_selector(user=request.user)[:100])
    return render(request, "inbox.html", {"items": items})


def _api_error(request: HttpRequest, status: int, detail: str, code: str) -> HttpResponse | None:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": detail, "code": code}, status=status)
    return None


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """API paths that match no route answer in the API's error shape, not HTML."""
    return _api_error(request, 404, "No such endpoint or object.", "not_found") or (
        defaults.page_not_found(request, exception))


def server_error(request: HttpRequest) -> HttpResponse:
    return _api_error(request, 500, "Something went wrong on our side; it was logged.",
                      "server_error") or defaults.server_error(request)
