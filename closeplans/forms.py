from django import forms


class CutForm(forms.Form):
    reason = forms.CharField(
        max_length=300,
        label="What changed in scope?",
        help_text="For example: security answers in; SSO approved.",
    )
