from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from dealdesk import roles
from dealdesk.errors import DomainError
from dealdesk.templatetags.dealdesk_tags import time_left
from dealdesk.web import form_errors, page, require
from promises.selectors import ask_get
from reviews import selectors, services
from reviews.answer_forms import FORMS, DataMovementForm
from reviews.forms import DecisionForm, ReassignForm
from reviews.models import ReviewTask
from reviews.services.answers import fills_data_movement
from reviews.services.routing import live_tasks
from reviews.suggest import suggest

_ANY_ID = 987_654_321_987  # stands for the task id in the one reverse() per queue page
QUEUE_PAGE = 50


@page
def queue(request: HttpRequest) -> HttpResponse:
    require(request, *roles.REVIEW_ROLES)
    # Only the columns the page shows, as plain rows with their link and time left:
    # model instances of every task, ask and deal column and a reverse() and a template
    # tag per row cost several times what the rest of the page does. QUEUE_PAGE rows a
    # page; one row more is read to know whether a next page exists (no count query).
    now = timezone.now()
    link = reverse("review", args=[_ANY_ID])
    number = _page_number(request)
    start = (number - 1) * QUEUE_PAGE
    rows = list(
        selectors.review_queue(user=request.user).values_list(
            "pk", "role", "due_at", "ask__text", "ask__deal__name", "assignee__username"
        )[start : start + QUEUE_PAGE + 1]
    )
    has_next = len(rows) > QUEUE_PAGE
    tasks = [
        {
            "url": link.replace(str(_ANY_ID), str(pk)),
            "role": role,
            "overdue": due_at <= now,
            "time_left": time_left(due_at, now),
            "text": text,
            "deal": deal_name,
            "assignee": assignee,
        }
        for pk, role, due_at, text, deal_name, assignee in rows[:QUEUE_PAGE]
    ]
    context = {"tasks": tasks, "now": now, "page": number, "has_next": has_next,
               "first": start + 1, "last": start + len(tasks)}  # fmt: skip
    return render(request, "reviews/queue.html", context)


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    return max(int(raw), 1) if raw.isdigit() and len(raw) < 7 else 1


def _answer_forms(request: HttpRequest, task: ReviewTask, data=None):
    form = FORMS[task.role](
        data, initial={"acknowledge_expired": task.state == ReviewTask.State.EXPIRED}
    )
    needs_dm = fills_data_movement(task.ask, task.role)
    return form, (DataMovementForm(data) if needs_dm else None)


def _place_errors(form, dm_form, exc: DomainError) -> int:
    placed = False
    for key, messages_ in exc.fields.items():
        for message in messages_:
            text = message.get("message", str(message)) if isinstance(message, dict) else message
            placed = form.place(key, text) or bool(dm_form and dm_form.place(key, text)) or placed
    if not placed:
        form.add_error(None, exc.message)
    return exc.status


@page
def review(request: HttpRequest, task_id: int) -> HttpResponse:
    task = selectors.review_task_get(user=request.user, task_id=task_id)
    form, dm_form = _answer_forms(request, task, request.POST or None)
    status = 200
    if request.method == "POST":
        form.is_valid()
        if dm_form is not None:
            dm_form.is_valid()
        answer = form.answer()
        if dm_form is not None:
            answer["data_movement"] = dm_form.cleaned_data
        try:
            services.review_answer(
                actor=request.user,
                task_id=task.pk,
                verdict=form.cleaned_data.get("verdict", ""),
                note=form.cleaned_data.get("note", ""),
                answer=answer,
                acknowledge_expired=form.cleaned_data.get("acknowledge_expired", False),
            )
            return redirect("queue")
        except DomainError as exc:
            # Re-read the task: if the deadline just won, the re-shown form says so and
            # a second submit answers the overdue review knowingly.
            task = selectors.review_task_get(user=request.user, task_id=task_id)
            data = request.POST.copy()
            data["acknowledge_expired"] = "on" if task.state == "expired" else ""
            form, dm_form = _answer_forms(request, task, data)
            form.is_valid()
            if dm_form is not None:
                dm_form.is_valid()
            status = _place_errors(form, dm_form, exc)
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
            "dm_form": dm_form,
            "others": others,
            "evidence": list(task.ask.evidence.all()),
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
    tasks = sorted(live_tasks(ask), key=lambda t: t.role)
    missing = [t.role for t in tasks if t.state != ReviewTask.State.ANSWERED]
    draft = suggest(ask.text, [(t.role, t.verdict, t.answer) for t in tasks if not missing])
    form = DecisionForm(
        request.POST or None,
        initial={
            "ask_version": ask.version,
            "outcome": draft.outcome,
            "wording": draft.wording,
            "conditions": draft.conditions,
            "limit": draft.limit,
            "due_date": draft.due_date,
        },
    )
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
    decision = (
        ask.decisions.filter(ask_version=ask.version).select_related("owner", "decided_by").first()
    )
    return render(
        request,
        "reviews/decide.html",
        {
            "ask": ask,
            "tasks": tasks,
            "form": form,
            "decision": decision,
            "missing": missing,
            "draft": draft,
            "evidence": list(ask.evidence.select_related("added_by")),
            "comments": list(ask.comments.select_related("author")),
        },
        status=status,
    )
