from rest_framework import serializers


class LineOut(serializers.Serializer):
    position = serializers.IntegerField()
    ask = serializers.IntegerField(source="ask_id")
    decision = serializers.IntegerField(source="decision_id")
    outcome = serializers.CharField()
    wording = serializers.CharField()
    conditions = serializers.CharField()
    owner = serializers.CharField(source="owner.username")
    due_date = serializers.DateField()
    limit = serializers.CharField()


class SendOut(serializers.Serializer):
    sent_by = serializers.CharField(source="sent_by.username")
    sent_at = serializers.DateTimeField()


class VersionOut(serializers.Serializer):
    number = serializers.IntegerField()
    reason = serializers.CharField()
    cut_by = serializers.CharField(source="cut_by.username")
    cut_at = serializers.DateTimeField()
    lines = LineOut(many=True)
    sends = SendOut(many=True)


class PlanOut(VersionOut):
    out_of_date = serializers.BooleanField()


class CutIn(serializers.Serializer):
    reason = serializers.CharField(max_length=300)


class CheckOut(serializers.Serializer):
    name = serializers.CharField()
    passed = serializers.BooleanField()
    reason = serializers.CharField()


class DiffIn(serializers.Serializer):
    from_ = serializers.IntegerField(min_value=1)
    to = serializers.IntegerField(min_value=1)


class LineViewOut(serializers.Serializer):
    ask = serializers.IntegerField()
    wording = serializers.CharField()
    conditions = serializers.CharField()
    owner = serializers.CharField()
    due_date = serializers.CharField()
    limit = serializers.CharField()


class LineChangeOut(serializers.Serializer):
    ask = serializers.IntegerField()
    change = serializers.ChoiceField(choices=["added", "removed", "changed", "same"])
    changed_fields = serializers.ListField(child=serializers.CharField(), source="fields")
    before = LineViewOut(allow_null=True)
    after = LineViewOut(allow_null=True)
