from django import forms
from django.contrib.auth import get_user_model

from reviews.models import Decision


class ReassignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(), label="New reviewer"
    )
    reason = forms.CharField(max_length=1000)
    due_at = forms.DateTimeField(
        required=False,
        label="New deadline (UTC)",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    def __init__(self, *args, role: str, **kwargs):
        super().__init__(*args, **kwargs)
        assignee = self.fields["assignee"]
        assert isinstance(assignee, forms.ModelChoiceField)
        assignee.queryset = (
            get_user_model().objects.filter(groups__name=role, is_active=True).order_by("username")
        )


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(choices=Decision.Outcome.choices, widget=forms.RadioSelect)
    wording = forms.CharField(
        max_length=2000,
        strip=False,
        label="The answer, as one exact sentence",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="This sentence, word for word, is what the close plan will say.",
    )
    conditions = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    owner = forms.ModelChoiceField(
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        required=False,
    )
    due_date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    limit = forms.CharField(
        required=False, max_length=300, help_text="What the approval covers and no more."
    )
    ask_version = forms.IntegerField(widget=forms.HiddenInput)
