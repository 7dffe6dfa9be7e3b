from django import forms

from promises.models import Deal
from promises.tagging import CATEGORIES, FLAGS, TARGETS


class DealForm(forms.Form):
    name = forms.CharField(max_length=200, label="Deal name")
    customer = forms.CharField(max_length=200)
    stage = forms.ChoiceField(choices=Deal.Stage.choices, initial=Deal.Stage.DISCOVERY)
    target_close_date = forms.DateField(
        required=False, label="Target close date", widget=forms.DateInput(attrs={"type": "date"})
    )


class AskForm(forms.Form):
    text = forms.CharField(
        label="The customer's ask, as one plain sentence",
        max_length=2000,
        strip=False,
        widget=forms.Textarea(
            attrs={
                "rows": 3,
                "data-preview": "/api/asks/preview/",
                "placeholder": "Customer wants SAML SSO through Okta for "
                "all 400 users before go-live on March 1.",
            }
        ),
        help_text="Say what the product will do, for whom, and by when if timing matters.",
    )


class AskEditForm(AskForm):
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)
    reopen_decided = forms.BooleanField(
        required=False, label="This ask is decided: saving new wording reopens its review"
    )

    def __init__(self, *args, decided: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not decided:
            self.fields["reopen_decided"].widget = forms.HiddenInput()


class WithdrawForm(forms.Form):
    reason = forms.CharField(max_length=500, label="Why withdraw this ask?")


class TagCorrectionForm(forms.Form):
    categories = forms.MultipleChoiceField(
        choices=[(c, c.replace("_", " ")) for c in CATEGORIES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    flags = forms.MultipleChoiceField(
        choices=[(f, f.replace("_", " ")) for f in FLAGS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    reason = forms.CharField(max_length=500, label="Why are the tags wrong?")


def rule_prefill(params) -> dict[str, str]:
    """The add-rule form's starting values from a link ("teach a rule" beside a tag
    correction: ?target=...&note=...&pattern=...); what is not a known target or is too
    long is left out rather than refused, since nobody typed it."""
    initial = {}
    if params.get("target") in TARGETS:
        initial["target"] = params["target"]
    for name, size in (("note", 300), ("pattern", 2000)):  # a link carries a short one
        value = (params.get(name) or "").strip()
        if value and len(value) <= size:
            initial[name] = value
    return initial


class RuleFilter(forms.Form):
    """The rules page's filters: a word of the pattern or note, the target, the state."""

    q = forms.CharField(required=False, max_length=200, label="Pattern or note contains")
    show = forms.ChoiceField(
        required=False,
        label="Tags as",
        choices=[("", "any")] + [(t, t.replace("_", " ")) for t in TARGETS],
    )
    state = forms.ChoiceField(
        required=False,
        label="State",
        choices=[("", "any"), ("active", "active"), ("inactive", "switched off")],
    )


class RuleForm(forms.Form):
    # Room for the longest shipped regexes (up to about 50,000 characters): the lead edits
    # or switches off a shipped rule on the same form, pattern and all.
    pattern = forms.CharField(
        max_length=100_000,
        help_text="A phrase, or a regular expression.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    is_regex = forms.BooleanField(required=False, label="Pattern is a regular expression")
    target = forms.ChoiceField(choices=[(t, t.replace("_", " ")) for t in TARGETS])
    note = forms.CharField(
        max_length=300, required=False, help_text="Which deal or pattern taught this rule."
    )
    active = forms.BooleanField(required=False, initial=True)
