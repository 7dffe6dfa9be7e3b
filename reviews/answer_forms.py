"""HTML forms for each role's review. They only carry values: the service validates
(reviews/answer_spec.py), and its errors are placed back on these fields."""

from typing import Any

from django import forms

from dealdesk import roles
from reviews.answer_spec import (
    AREA_STATUSES,
    DATA_MOVEMENT_FIELDS,
    LANES,
    OTHERS_WANT,
    PRODUCT_TEXT,
    SECURITY_AREAS,
)
from reviews.models.tasks import VERDICTS

AREA_LABELS = {
    "supported": "Supported",
    "partial": "Partial (a gap)",
    "not_supported": "Not supported",
    "not_asked": "Not asked",
}


def _text(label: str, rows: int = 2) -> forms.CharField:
    return forms.CharField(
        label=label, required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": rows})
    )


class BaseAnswerForm(forms.Form):
    note = _text("Note for the lead")
    acknowledge_expired = forms.BooleanField(required=False, widget=forms.HiddenInput)

    role = ""

    def answer(self) -> dict[str, Any]:
        """The role's structured answer; each role's form maps its own fields."""
        return {}

    def place(self, key: str, message: str) -> bool:
        if key in self.fields:
            self.add_error(key, message)
            return True
        return False


class EngineeringAnswerForm(BaseAnswerForm):
    role = roles.ENGINEERING
    verdict = forms.ChoiceField(
        choices=VERDICTS[roles.ENGINEERING], widget=forms.RadioSelect, required=False
    )
    effort_hours = forms.CharField(
        label="Effort in hours",
        required=False,
        widget=forms.NumberInput(attrs={"min": 0, "step": "0.5"}),
    )
    dependencies = _text("Dependencies")
    limits = _text("Limits")
    earliest_date = forms.CharField(
        label="Earliest honest date", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    field_order = ["verdict", "effort_hours", "earliest_date", "dependencies", "limits", "note"]

    def answer(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            k: d.get(k, "") for k in ("effort_hours", "dependencies", "limits", "earliest_date")
        }


class SecurityAnswerForm(BaseAnswerForm):
    role = roles.SECURITY
    lane = forms.ChoiceField(
        label="Lane",
        required=False,
        widget=forms.RadioSelect,
        choices=[(x, x.replace("_", " ")) for x in LANES],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in SECURITY_AREAS.items():
            self.fields[f"{key}_status"] = forms.ChoiceField(
                label=label,
                required=False,
                widget=forms.RadioSelect,
                choices=[(s, AREA_LABELS[s]) for s in AREA_STATUSES],
            )
            self.fields[f"{key}_note"] = forms.CharField(
                label=f"{key.capitalize()} note", required=False, max_length=2000
            )
        self.order_fields(
            [*(f"{k}_{p}" for k in SECURITY_AREAS for p in ("status", "note")), "lane", "note"]
        )

    def answer(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "lane": d.get("lane", ""),
            "areas": {
                k: {"status": d.get(f"{k}_status", ""), "note": d.get(f"{k}_note", "")}
                for k in SECURITY_AREAS
            },
        }

    def place(self, key: str, message: str) -> bool:
        if key.startswith("areas."):
            key = key.removeprefix("areas.") + "_status"
        return super().place(key, message)


class ProductAnswerForm(BaseAnswerForm):
    role = roles.PRODUCT
    verdict = forms.ChoiceField(
        label="Fit", choices=VERDICTS[roles.PRODUCT], widget=forms.RadioSelect, required=False
    )
    others_want = forms.ChoiceField(
        label="Will other customers want it?",
        required=False,
        widget=forms.RadioSelect,
        choices=[(x, x) for x in OTHERS_WANT],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in PRODUCT_TEXT.items():
            self.fields[key] = _text(label)
        self.order_fields(
            [
                "verdict",
                "rule",
                "who_depends",
                "others_want",
                "we_build",
                "customer_provides",
                "out_of_scope",
                "note",
            ]
        )

    def answer(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {k: d.get(k, "") for k in (*PRODUCT_TEXT, "others_want")}


class DataMovementForm(forms.Form):
    prefix = "dm"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in DATA_MOVEMENT_FIELDS.items():
            self.fields[key] = forms.CharField(label=label, required=False, max_length=2000)

    def place(self, key: str, message: str) -> bool:
        key = key.removeprefix("data_movement.")
        if key in self.fields:
            self.add_error(key, message)
            return True
        return False


FORMS: dict[str, type[BaseAnswerForm]] = {
    roles.ENGINEERING: EngineeringAnswerForm,
    roles.SECURITY: SecurityAnswerForm,
    roles.PRODUCT: ProductAnswerForm,
}
