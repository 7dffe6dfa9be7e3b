from django import forms


class TimelineFilter(forms.Form):
    actor = forms.CharField(required=False, label="User")
    action = forms.ChoiceField(required=False, label="Action")
    date_from = forms.DateField(required=False, label="From",
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To",
                              widget=forms.DateInput(attrs={"type": "date"}))
    deal = forms.IntegerField(required=False, min_value=1, label="Deal id")
    ask = forms.IntegerField(required=False, min_value=1, label="Ask id")

    def __init__(self, *args, actions: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["action"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "any")] + [(a, a) for a in actions]
