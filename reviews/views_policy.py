"""The lead's page for review deadlines, reminders and the business calendar."""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from dealdesk import roles
from dealdesk.errors import DomainError
from dealdesk.web import form_errors, page, require
from reviews.models import BusinessCalendarConfig, DeadlinePolicy, Holiday
from reviews.services.policy import calendar_update, holiday_add, holiday_remove, policy_update

DAYS = [(0, "Mon"), (1, "Tue"), (2, "Wed"), (3, "Thu"), (4, "Fri"), (5, "Sat"), (6, "Sun")]


class PolicyForm(forms.Form):
    role = forms.ChoiceField(choices=[(r, r) for r in roles.REVIEW_ROLES], widget=forms.HiddenInput)
    policy = forms.ChoiceField(choices=DeadlinePolicy.POLICY_CHOICES, label="Deadline")
    reminder_share = forms.FloatField(min_value=0.01, max_value=0.99, label="Remind at (share)")
    fills_data_movement = forms.BooleanField(required=False, label="Fills the data-movement form")


class CalendarForm(forms.Form):
    tz = forms.CharField(max_length=64, label="Time zone")
    working_days = forms.TypedMultipleChoiceField(
        choices=DAYS, coerce=int, widget=forms.CheckboxSelectMultiple, label="Working days"
    )
    day_end = forms.TimeField(
        label="End of the working day", widget=forms.TimeInput(attrs={"type": "time"})
    )


class HolidayForm(forms.Form):
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    name = forms.CharField(max_length=120)


@page
def deadlines_page(request: HttpRequest) -> HttpResponse:
    require(request, roles.LEAD, roles.MANAGER)
    status = 200
    bound = None
    if request.method == "POST":
        require(request, roles.LEAD)
        kind = request.POST.get("form")
        form_class = {"policy": PolicyForm, "calendar": CalendarForm, "holiday": HolidayForm}
        if kind == "remove_holiday":
            holiday_remove(actor=request.user, holiday_id=int(request.POST.get("id", 0) or 0))
            return redirect("deadlines")
        if kind in form_class:
            bound = form_class[kind](request.POST, prefix=request.POST.get("prefix") or None)
            if bound.is_valid():
                try:
                    _save(request, kind, bound.cleaned_data)
                    return redirect("deadlines")
                except DomainError as exc:
                    status = form_errors(bound, exc)
            else:
                status = 400
    policies = {p.role: p for p in DeadlinePolicy.objects.all()}
    config = BusinessCalendarConfig.objects.first()
    policy_forms = []
    for role in roles.REVIEW_ROLES:
        p = policies.get(role)
        form = (
            bound
            if (bound is not None and isinstance(bound, PolicyForm) and bound.prefix == role)
            else PolicyForm(
                prefix=role,
                initial={
                    "role": role,
                    "policy": p.policy if p else "hours_24",
                    "reminder_share": p.reminder_share if p else 0.75,
                    "fills_data_movement": p.fills_data_movement
                    if p
                    else role == roles.ENGINEERING,
                },
            )
        )
        policy_forms.append((role, form))
    calendar_form = (
        bound
        if isinstance(bound, CalendarForm)
        else CalendarForm(
            initial={
                "tz": config.tz if config else "UTC",
                "working_days": config.working_days if config else [0, 1, 2, 3, 4],
                "day_end": config.day_end if config else "18:00",
            }
        )
    )
    holiday_form = bound if isinstance(bound, HolidayForm) else HolidayForm()
    return render(
        request,
        "reviews/deadlines.html",
        {
            "policy_forms": policy_forms,
            "calendar_form": calendar_form,
            "holiday_form": holiday_form,
            "holidays": list(Holiday.objects.order_by("date")),
        },
        status=status,
    )


def _save(request: HttpRequest, kind: str, data: dict) -> None:
    if kind == "policy":
        policy_update(
            actor=request.user,
            role=data["role"],
            policy=data["policy"],
            reminder_share=data["reminder_share"],
            fills_data_movement=data["fills_data_movement"],
        )
    elif kind == "calendar":
        calendar_update(
            actor=request.user,
            tz=data["tz"],
            working_days=data["working_days"],
            day_end=data["day_end"],
        )
    else:
        holiday_add(actor=request.user, day=data["date"], name=data["name"])
