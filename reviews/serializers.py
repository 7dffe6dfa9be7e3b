from rest_framework import serializers

from reviews.models import Decision, ReviewTask


class TaskOut(serializers.ModelSerializer):
    ask_text = serializers.CharField(source="ask.text")
    deal = serializers.IntegerField(source="ask.deal_id")
    deal_name = serializers.CharField(source="ask.deal.name")
    answered_by = serializers.CharField(
        source="answered_by.username", allow_null=True, default=None
    )
    assignee = serializers.CharField(source="assignee.username", allow_null=True, default=None)

    class Meta:
        model = ReviewTask
        fields = [
            "id",
            "ask",
            "ask_text",
            "deal",
            "deal_name",
            "ask_version",
            "role",
            "state",
            "opened_at",
            "due_at",
            "assignee",
            "verdict",
            "note",
            "answer",
            "answered_by",
            "answered_at",
        ]


class AnswerIn(serializers.Serializer):
    verdict = serializers.CharField(
        max_length=30,
        required=False,
        allow_blank=True,
        default="",
        help_text="Engineering and product pick one; security's is derived from its areas.",
    )
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")
    answer = serializers.DictField(required=False, default=dict)
    acknowledge_expired = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Set when answering a review whose deadline already passed.",
    )


class ReassignIn(serializers.Serializer):
    assignee = serializers.IntegerField()
    reason = serializers.CharField(max_length=1000)
    due_at = serializers.DateTimeField(required=False, allow_null=True)


class DecisionIn(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=Decision.Outcome.choices)
    wording = serializers.CharField(max_length=2000, trim_whitespace=False)
    conditions = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    owner = serializers.IntegerField(required=False, allow_null=True)
    due_date = serializers.DateField(required=False, allow_null=True)
    limit = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    ask_version = serializers.IntegerField(
        required=False, allow_null=True, help_text="The version you read; refused if edited since."
    )


class DecisionOut(serializers.ModelSerializer):
    owner = serializers.CharField(source="owner.username", allow_null=True, default=None)
    decided_by = serializers.CharField(source="decided_by.username")

    class Meta:
        model = Decision
        fields = [
            "id",
            "ask",
            "ask_version",
            "outcome",
            "wording",
            "wording_sha256",
            "conditions",
            "owner",
            "due_date",
            "limit",
            "decided_by",
            "decided_at",
        ]
