from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

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
