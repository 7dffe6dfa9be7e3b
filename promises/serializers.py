import re
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from promises.models import Ask, Deal


class DealIn(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    customer = serializers.CharField(max_length=200)
    stage = serializers.ChoiceField(choices=Deal.Stage.choices, default=Deal.Stage.DISCOVERY)
    target_close_date = serializers.DateField(required=False, allow_null=True)
    owner = serializers.IntegerField(
        required=False,
        allow_null=True,
        help_text="Sales rep id; only the lead opens deals for others.",
    )


class DealOut(serializers.ModelSerializer):
    owner = serializers.CharField(source="owner.username")

    class Meta:
        model = Deal
        fields = [
            "id",
            "name",
            "customer",
            "owner",
            "stage",
            "target_close_date",
            "scope_version",
            "created_at",
        ]


class TaskBrief(serializers.Serializer):
    id = serializers.IntegerField()
    role = serializers.CharField()
    ask_version = serializers.IntegerField()
    due_at = serializers.DateTimeField()
    state = serializers.CharField()
    verdict = serializers.CharField()


_DATETIME = serializers.DateTimeField()


def task_brief(task) -> dict:
    """`TaskBrief(task).data` without building a serializer per task (every ask in an
    API response carries its tasks); tests/promises/test_asks.py keeps them equal."""
    return {
        "id": task.id,
        "role": task.role,
        "ask_version": task.ask_version,
        "due_at": _DATETIME.to_representation(task.due_at),
        "state": task.state,
        "verdict": task.verdict,
    }


class AskIn(serializers.Serializer):
    TEXT_MAX = 2000
    deal = serializers.IntegerField()
    text = serializers.CharField(max_length=TEXT_MAX, allow_blank=True, trim_whitespace=False)


_SURROGATES = re.compile("[\ud800-\udfff]")


def ask_in(data: Any) -> dict:
    """What `AskIn(data=data)` validates to. The usual body (an integer deal, a string
    text within the limits) is taken as is, without building a serializer and copying
    its fields on every submission; anything else goes through `AskIn`, so every error
    is DRF's own. tests/promises/test_asks.py keeps the two equal."""
    if isinstance(data, dict):
        deal, text = data.get("deal"), data.get("text")
        if (
            type(deal) is int
            and type(text) is str
            and len(text) <= AskIn.TEXT_MAX
            and "\x00" not in text
            and not _SURROGATES.search(text)
        ):
            return {"deal": deal, "text": text}
    serializer = AskIn(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class AskEditIn(serializers.Serializer):
    text = serializers.CharField(max_length=2000, allow_blank=True, trim_whitespace=False)
    version = serializers.IntegerField(required=False, help_text="The version you edited.")
    reopen_decided = serializers.BooleanField(
        required=False, default=False, help_text="Confirm that editing a decided ask reopens it."
    )


class AskOut(serializers.Serializer):
    # Declared field by field rather than a ModelSerializer: the same schema, without
    # rebuilding the fields from the model on every response (the ask submission and
    # the ask lists are hot paths). tests/promises/test_asks.py checks the fields
    # against the model.
    id = serializers.IntegerField(read_only=True)
    deal = serializers.IntegerField(source="deal_id")
    text = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=Ask.Kind.choices)
    categories = serializers.JSONField(read_only=True)
    flags = serializers.JSONField(read_only=True)
    matches = serializers.JSONField(read_only=True)
    set_aside = serializers.JSONField(
        read_only=True,
        help_text="Categories only shipped rules found and the tagger's second reading "
        "doubted, with their words: not tagged, not routed.",
    )
    state = serializers.ChoiceField(choices=Ask.State.choices)
    version = serializers.IntegerField(read_only=True)
    submitted_by = serializers.CharField(source="submitted_by.username")
    submitted_at = serializers.DateTimeField(read_only=True)
    review_tasks = serializers.SerializerMethodField()

    @extend_schema_field(TaskBrief(many=True))
    def get_review_tasks(self, ask: Ask) -> list[dict]:
        return current_task_briefs(ask)


def current_task_briefs(ask: Ask) -> list[dict]:
    """The tasks of the ask's current version, by role, as `TaskBrief`s."""
    tasks = [t for t in ask.review_tasks.all() if t.ask_version == ask.version]
    return [task_brief(t) for t in sorted(tasks, key=lambda t: t.role)]


def ask_out(ask: Ask) -> dict:
    """`AskOut(ask).data` as a plain dict, without building a serializer and its
    fields per response (the submission and the ask lists are hot paths);
    tests/promises/test_asks.py keeps them equal."""
    return {
        "id": ask.id,
        "deal": ask.deal_id,
        "text": ask.text,
        "kind": ask.kind,
        "categories": ask.categories,
        "flags": ask.flags,
        "matches": ask.matches,
        "set_aside": ask.set_aside,
        "state": ask.state,
        "version": ask.version,
        "submitted_by": ask.submitted_by.username,
        "submitted_at": _DATETIME.to_representation(ask.submitted_at),
        "review_tasks": current_task_briefs(ask),
    }


class PreviewIn(serializers.Serializer):
    text = serializers.CharField(max_length=2000, allow_blank=True, trim_whitespace=False)


class ProblemOut(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class PreviewOut(serializers.Serializer):
    text = serializers.CharField()
    kind = serializers.CharField()
    categories = serializers.ListField(child=serializers.CharField())
    flags = serializers.ListField(child=serializers.CharField())
    reviewable = serializers.BooleanField()
    problems = ProblemOut(many=True)
    matches = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))
    set_aside = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Categories rules shipped with the product matched but the word counts "
        "all but rule out, with the matched words: not tagged.",
    )
    roles = serializers.ListField(child=serializers.CharField())


class HistoryOut(serializers.Serializer):
    at = serializers.DateTimeField()
    actor = serializers.CharField(source="actor_label")
    action = serializers.CharField()
    object_type = serializers.CharField()
    object_id = serializers.IntegerField()
    ask = serializers.IntegerField(source="ask_id", allow_null=True)
    before = serializers.DictField()
    after = serializers.DictField()
    reason = serializers.CharField()
    request_id = serializers.CharField()
