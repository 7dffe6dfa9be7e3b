from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from audit.selectors import ask_timeline, deal_timeline
from closeplans.selectors import plan_head, plan_is_out_of_date
from dealdesk import roles
from dealdesk.errors import DomainError
from dealdesk.web import form_errors, page, require
from promises import selectors, services
from promises.forms import (
    AskEditForm,
    AskForm,
    DealForm,
    RuleFilter,
    RuleForm,
    TagCorrectionForm,
    WithdrawForm,
    rule_prefill,
)
from promises.models import TriggerRule
from promises.views_evidence import CommentForm, EvidenceForm


@page
def deal_list(request: HttpRequest) -> HttpResponse:
    deals = list(selectors.deal_list(user=request.user)[:200])
    return render(request, "promises/deal_list.html", {"deals": deals})


@page
def deal_new(request: HttpRequest) -> HttpResponse:
    require(request, roles.SALES, roles.LEAD)
    form = DealForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            deal = services.deal_create(actor=request.user, **form.cleaned_data)
            return redirect("deal", deal_id=deal.pk)
        except DomainError as exc:
            status = form_errors(form, exc)
    elif request.method == "POST":
        status = 400
    return render(request, "promises/deal_new.html", {"form": form}, status=status)


@page
def deal_detail(request: HttpRequest, deal_id: int) -> HttpResponse:
    deal = selectors.deal_get(user=request.user, deal_id=deal_id)
    may_write = selectors.user_may_write_deal(request.user, deal)
    form = AskForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.ask_submit(actor=request.user, deal=deal, text=form.cleaned_data["text"])
                return redirect("deal", deal_id=deal.pk)
            except DomainError as exc:
                status = form_errors(form, exc)
        else:
            status = 400
    plan = plan_head(deal=deal)
    return render(
        request,
        "promises/deal_detail.html",
        {
            "deal": deal,
            "asks": selectors.deal_asks(user=request.user, deal=deal),
            "form": form,
            "may_write": may_write,
            "plan": plan,
            "plan_out_of_date": plan_is_out_of_date(deal=deal, version=plan),
            "now": timezone.now(),
        },
        status=status,
    )


@page
def deal_history(request: HttpRequest, deal_id: int) -> HttpResponse:
    deal = selectors.deal_get(user=request.user, deal_id=deal_id)
    events = list(deal_timeline(deal=deal).select_related("actor")[:1000])
    return render(request, "promises/deal_history.html", {"deal": deal, "events": events})


@page
def ask_detail(request: HttpRequest, ask_id: int) -> HttpResponse:
    ask = selectors.ask_get(user=request.user, ask_id=ask_id)
    tasks = list(
        ask.review_tasks.select_related("answered_by", "assignee").order_by("-ask_version", "role")
    )
    decisions = list(ask.decisions.select_related("owner", "decided_by").order_by("-ask_version"))
    return render(
        request,
        "promises/ask_detail.html",
        {
            "ask": ask,
            "tasks": tasks,
            "decisions": decisions,
            "versions": list(ask.versions.order_by("-number")),
            "corrections": list(ask.tag_corrections.select_related("corrected_by")),
            "evidence": list(ask.evidence.select_related("added_by")),
            "comments": list(ask.comments.select_related("author")),
            "evidence_form": EvidenceForm(),
            "comment_form": CommentForm(),
            "may_contribute": roles.has_role(
                request.user, roles.SALES, roles.LEAD, *roles.REVIEW_ROLES
            ),
            "events": list(ask_timeline(ask=ask)[:500]),
            "may_write": selectors.user_may_write_deal(request.user, ask.deal),
            "may_retag": roles.has_role(request.user, roles.LEAD, *roles.REVIEW_ROLES)
            and ask.is_open,
            "edit_form": AskEditForm(
                initial={"text": ask.text, "version": ask.version},
                decided=ask.state == ask.State.DECIDED,
            ),
            "withdraw_form": WithdrawForm(),
            "tag_form": TagCorrectionForm(
                initial={"categories": ask.categories, "flags": ask.flags}
            ),
            "now": timezone.now(),
        },
    )


def _ask_post(request: HttpRequest, ask_id: int, form, action) -> HttpResponse:
    ask = selectors.ask_get(user=request.user, ask_id=ask_id)
    status = 400
    if request.method == "POST" and form.is_valid():
        try:
            action(ask, form.cleaned_data)
            return redirect("ask", ask_id=ask.pk)
        except DomainError as exc:
            status = form_errors(form, exc)
    elif request.method != "POST":
        return redirect("ask", ask_id=ask.pk)
    return render(
        request, "promises/ask_form_error.html", {"ask": ask, "form": form}, status=status
    )


@page
def ask_edit(request: HttpRequest, ask_id: int) -> HttpResponse:
    return _ask_post(
        request,
        ask_id,
        AskEditForm(request.POST or None, decided=True),
        lambda ask, data: services.ask_edit(
            actor=request.user,
            ask_id=ask.pk,
            text=data["text"],
            version=data.get("version"),
            reopen_decided=data["reopen_decided"],
        ),
    )


@page
def ask_withdraw(request: HttpRequest, ask_id: int) -> HttpResponse:
    return _ask_post(
        request,
        ask_id,
        WithdrawForm(request.POST or None),
        lambda ask, data: services.ask_withdraw(
            actor=request.user, ask_id=ask.pk, reason=data["reason"]
        ),
    )


@page
def ask_tags(request: HttpRequest, ask_id: int) -> HttpResponse:
    return _ask_post(
        request,
        ask_id,
        TagCorrectionForm(request.POST or None),
        lambda ask, data: services.ask_tags_correct(
            actor=request.user,
            ask_id=ask.pk,
            categories=data["categories"],
            flags=data["flags"],
            reason=data["reason"],
        ),
    )


RULES_PER_PAGE = 100


@page
def rule_list(request: HttpRequest) -> HttpResponse:
    require(request, roles.LEAD, roles.MANAGER)
    form = RuleForm(request.POST or None, initial={"active": True, **rule_prefill(request.GET)})
    status = 200
    trial = None
    if request.method == "POST":
        require(request, roles.LEAD)
        if form.is_valid():
            data = form.cleaned_data
            try:
                if "try" in request.POST:  # read only: how the rule would tag recent asks
                    trial = selectors.rule_trial(
                        user=request.user,
                        pattern=data["pattern"],
                        is_regex=data["is_regex"],
                        target=data["target"],
                    )
                else:
                    services.rule_create(actor=request.user, **data)
                    return redirect("rules")
            except DomainError as exc:
                status = form_errors(form, exc)
        else:
            status = 400
    filters = RuleFilter(request.GET or None, auto_id="filter_%s")
    chosen = filters.cleaned_data if filters.is_valid() else {}
    listed = selectors.rules_filtered(
        q=chosen.get("q") or "", target=chosen.get("show") or "", state=chosen.get("state") or ""
    )
    rules = Paginator(listed, RULES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    for name in ("page", "target", "note", "pattern"):  # the pager keeps the filters only
        query.pop(name, None)
    corrections = selectors.recent_tag_corrections(user=request.user)
    for row in corrections:
        c = row["correction"]
        note = f"Taught by the correction of ask #{c.ask_id} on {c.ask.deal.name}"
        row["teach"] = [(t, urlencode({"target": t, "note": note[:300]})) for t in row["added"]]
    context = {
        "rules": rules,
        "form": form,
        "filters": filters,
        "query": query.urlencode(),
        "corrections": corrections,
        "trial": trial,
    }
    return render(request, "promises/rules.html", context, status=status)


@page
def rule_edit(request: HttpRequest, rule_id: int) -> HttpResponse:
    require(request, roles.LEAD)
    rule = get_object_or_404(TriggerRule, pk=rule_id)
    form = RuleForm(
        request.POST or None,
        initial={
            "pattern": rule.pattern,
            "is_regex": rule.is_regex,
            "target": rule.target,
            "note": rule.note,
            "active": rule.active,
        },
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.rule_update(actor=request.user, rule_id=rule.pk, **form.cleaned_data)
                return redirect("rules")
            except DomainError as exc:
                status = form_errors(form, exc)
        else:
            status = 400
    return render(request, "promises/rule_edit.html", {"rule": rule, "form": form}, status=status)
