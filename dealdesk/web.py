"""Small helpers shared by the HTML views."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.forms import Form
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase

from dealdesk import roles
from dealdesk.errors import DomainError, NotAllowed, NotFound


def page(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Login required; missing objects are 404 and forbidden actions 403.

    Someone with no role at all sees nothing here.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not roles.roles_of(request.user):
            raise PermissionDenied("Your account has no role on the deal desk yet.")
        try:
            return view(request, *args, **kwargs)
        except NotFound as exc:
            raise Http404(exc.message) from exc
        except NotAllowed as exc:
            raise PermissionDenied(exc.message) from exc

    return login_required(wrapper)


def require(request: HttpRequest, *role_names: str) -> None:
    if not roles.has_role(request.user, *role_names):
        raise PermissionDenied("This page is for: " + ", ".join(role_names) + ".")


def form_errors(form: Form, exc: DomainError) -> int:
    """Put a service's refusal on the form; returns the status to render with."""
    placed = False
    for field, errors in exc.fields.items():
        for err in errors if isinstance(errors, list) else [errors]:
            msg = err.get("message", str(err)) if isinstance(err, dict) else str(err)
            form.add_error(field if field in form.fields else None, msg)
            placed = True
    if not placed:
        form.add_error(None, exc.message)
    return exc.status
