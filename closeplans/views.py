from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from closeplans import selectors, services
from closeplans.checks import plan_checks
from closeplans.forms import CutForm
from dealdesk.errors import DomainError
from dealdesk.web import form_errors, page
from promises.selectors import deal_get, user_may_write_deal


def _render_plan(request: HttpRequest, deal, form: CutForm, status: int = 200) -> HttpResponse:
    current = selectors.plan_current(deal=deal)
    return render(
        request,
        "closeplans/plan.html",
        {
            "deal": deal,
            "plan": current,
            "form": form,
            "checks": plan_checks(deal=deal, version=current),
            "out_of_date": selectors.plan_is_out_of_date(deal=deal, version=current),
            "versions": list(selectors.plan_versions(deal=deal)),
            "may_write": user_may_write_deal(request.user, deal),
        },
        status=status,
    )


@page
def plan(request: HttpRequest, deal_id: int) -> HttpResponse:
    deal = deal_get(user=request.user, deal_id=deal_id)
    return _render_plan(request, deal, CutForm())


@page
def cut(request: HttpRequest, deal_id: int) -> HttpResponse:
    deal = deal_get(user=request.user, deal_id=deal_id)
    form = CutForm(request.POST or None)
    if request.method != "POST":
        return redirect("plan", deal_id=deal.pk)
    if form.is_valid():
        try:
            version = services.closeplan_cut_version(
                actor=request.user, deal_id=deal.pk, reason=form.cleaned_data["reason"]
            )
            messages.success(request, f"Version {version.number} cut.")
            return redirect("plan", deal_id=deal.pk)
        except DomainError as exc:
            return _render_plan(request, deal, form, form_errors(form, exc))
    return _render_plan(request, deal, form, 400)


@page
def send(request: HttpRequest, deal_id: int) -> HttpResponse:
    deal = deal_get(user=request.user, deal_id=deal_id)
    if request.method == "POST":
        try:
            services.closeplan_send(actor=request.user, deal_id=deal.pk)
            messages.success(request, "The close plan is marked as sent.")
        except DomainError as exc:
            if exc.status in (403, 404):
                raise
            # Back to the plan page, where each failing check shows with its reason.
            messages.error(request, exc.message)
    return redirect("plan", deal_id=deal.pk)


@page
def version(request: HttpRequest, deal_id: int, number: int) -> HttpResponse:
    deal = deal_get(user=request.user, deal_id=deal_id)
    v = selectors.plan_version_get(deal=deal, number=number)
    return render(request, "closeplans/version.html", {"deal": deal, "version": v})


@page
def export(request: HttpRequest, deal_id: int, number: int, fmt: str) -> HttpResponse:
    deal = deal_get(user=request.user, deal_id=deal_id)
    return export_response(selectors.plan_version_get(deal=deal, number=number), fmt)


def export_response(v, fmt: str) -> HttpResponse:
    from closeplans.exports import EXPORTERS

    if fmt not in EXPORTERS:
        raise Http404("Export as md, csv or pdf.")
    content_type, render_fn = EXPORTERS[fmt]
    response = HttpResponse(render_fn(v), content_type=content_type)
    filename = f"close-plan-{v.deal_id}-v{v.number}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@page
def diff(request: HttpRequest, deal_id: int) -> HttpResponse:
    deal = deal_get(user=request.user, deal_id=deal_id)
    numbers = list(selectors.plan_versions(deal=deal).values_list("number", flat=True))
    try:
        to_n = int(request.GET.get("to") or (numbers[0] if numbers else 0))
        from_n = int(request.GET.get("from") or (numbers[1] if len(numbers) > 1 else to_n))
    except ValueError as exc:
        raise Http404("Versions are numbers.") from exc
    changes = selectors.plan_diff(deal=deal, from_number=from_n, to_number=to_n)
    return render(
        request,
        "closeplans/diff.html",
        {
            "deal": deal,
            "changes": changes,
            "from_n": from_n,
            "to_n": to_n,
            "numbers": numbers,
        },
    )
