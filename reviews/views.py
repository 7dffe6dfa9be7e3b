from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from dealdesk import roles
from dealdesk.errors import DomainError
from dealdesk.web import form_errors, page, require
from promises.selectors import ask_get
from reviews import selectors, services
from reviews.forms import AnswerForm, DecisionForm, ReassignForm
from reviews.models import ReviewTask
from reviews.services.routing import live_tasks


@page
def queue(request: HttpRequest) -> HttpResponse:
    require(request, *roles.REVIEW_ROLES)
    tasks = list(selectors.review_queue(user=request.user)[:200])
    return render(request, "reviews/queue.html", {"tasks": tasks, "now": timezone.now()})


@page
def review(request: HttpRequest, task_id: int) -> HttpResponse:
    task = selectors.review_task_get(user=request.user, task_id=task_id)
    form = AnswerForm(
        request.POST or None,
        role=task.role,
        initial={"acknowledge_expired": task.state == ReviewTask.State.EXPIRED},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.review_answer(actor=request.user, task_id=task.pk, **form.cleaned_data)
                return redirect("queue")
            except DomainError as exc:
                # Re-read the task: if the deadline just won, the re-shown form says
                # so and a second submit answers the overdue review knowingly.
                task = selectors.review_task_get(user=request.user, task_id=task_id)
                data = request.POST.copy()
                data["acknowledge_expired"] = "on" if task.state == "expired" else ""
                form = AnswerForm(data, role=task.role)
                form.is_valid()
                status = form_errors(form, exc)
        else:
            status = 400
    others = list(
        task.ask.review_tasks.filter(ask_version=task.ask_version)
        .exclude(pk=task.pk)
        .select_related("answered_by")
    )
    return render(
        request,
        "reviews/review.html",
        {
            "task": task,
            "form": form,
            "others": others,
            "now": timezone.now(),
            "may_answer": roles.has_role(request.user, task.role),
            "reassign_form": ReassignForm(role=task.role),
        },
        status=status,
    )


@page
def reassign(request: HttpRequest, task_id: int) -> HttpResponse:
    task = selectors.review_task_get(user=request.user, task_id=task_id)
    form = ReassignForm(request.POST or None, role=task.role)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_reassign(
                actor=request.user,
                task_id=task.pk,
                assignee_id=form.cleaned_data["assignee"].pk,
                reason=form.cleaned_data["reason"],
                due_at=form.cleaned_data["due_at"],
            )
            return redirect("review", task_id=task.pk)
        except DomainError as exc:
            status = form_errors(form, exc)
    else:
        status = 400
    return render(
        request, "reviews/reassign_error.html", {"task": task, "form": form}, status=status
    )


@page
def decisions(request: HttpRequest) -> HttpResponse:
    require(request, roles.LEAD, roles.MANAGER)
    asks = list(selectors.asks_awaiting_decision()[:200])
    return render(request, "reviews/decisions.html", {"asks": asks})


@page
def decide(request: HttpRequest, ask_id: int) -> HttpResponse:
    ask = ask_get(user=request.user, ask_id=ask_id)
    require(request, roles.LEAD, roles.MANAGER)
    form = DecisionForm(request.POST or None, initial={"ask_version": ask.version})
    status = 200
    if request.method == "POST":
        require(request, roles.LEAD)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.decision_give(
                    actor=request.user,
                    ask_id=ask.pk,
                    outcome=data["outcome"],
                    wording=data["wording"],
                    conditions=data["conditions"],
                    owner_id=data["owner"].pk if data["owner"] else None,
                    due_date=data["due_date"],
                    limit=data["limit"],
                    ask_version=data["ask_version"],
                )
                return redirect("decisions")
            except DomainError as exc:
                status = form_errors(form, exc)
        else:
            status = 400
    tasks = sorted(live_tasks(ask), key=lambda t: t.role)
    decision = (
        ask.decisions.filter(ask_version=ask.version).select_related("owner", "decided_by").first()
    )
    missing = [t.role for t in tasks if t.state != ReviewTask.State.ANSWERED]
    return render(
        request,
        "reviews/decide.html",
        {
            "ask": ask,
            "tasks": tasks,
            "form": form,
            "decision": decision,
            "missing": missing,
        },
        status=status,
    )
