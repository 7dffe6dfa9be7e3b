from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from promises.tagging import CATEGORIES, FLAGS


class DealStage(models.TextChoices):
    DISCOVERY = "discovery", "Discovery"
    EVALUATION = "evaluation", "Evaluation"
    NEGOTIATION = "negotiation", "Negotiation"
    CLOSED_WON = "closed_won", "Closed won"
    CLOSED_LOST = "closed_lost", "Closed lost"


class AskState(models.TextChoices):
    IN_REVIEW = "in_review", "In review"
    PAUSED = "paused", "Paused: a review is overdue"
    AWAITING_DECISION = "awaiting_decision", "Awaiting decision"
    DECIDED = "decided", "Decided"
    WITHDRAWN = "withdrawn", "Withdrawn"


class AskKind(models.TextChoices):
    SECURITY = "security", "Security"
    DATA_MOVEMENT = "data_movement", "Data movement"
    CUSTOM_LOGIC = "custom_logic", "Custom logic"
    MIXED = "mixed", "Mixed"
    UNCLASSIFIED = "unclassified", "Unclassified"


class Deal(models.Model):
    Stage = DealStage

    name = models.CharField(max_length=200)
    customer = models.CharField(max_length=200)
    # Indexed first in deal_owner_created, which serves every lookup by owner.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="owned_deals",
        db_index=False,
    )
    shared_with = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="shared_deals"
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.DISCOVERY)
    target_close_date = models.DateField(null=True, blank=True)
    # Bumped whenever an ask is added, edited, decided or withdrawn; a close plan
    # version remembers the value it was cut at, so "out of date" is one comparison.
    scope_version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    # History rows are read by the object's id; copies of foreign keys need no index
    # (one index less to write per history row on the submission path).
    history = HistoricalRecords(no_db_index=["owner"])

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "-created_at"], name="deal_owner_created")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stage__in=DealStage.values), name="deal_stage_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.customer})"


class Ask(models.Model):
    State = AskState
    Kind = AskKind

    # Indexed first in ask_deal_submitted, which serves every lookup by deal.
    deal = models.ForeignKey(Deal, on_delete=models.PROTECT, related_name="asks", db_index=False)
    text = models.TextField()
    version = models.PositiveIntegerField(default=1)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    categories = models.JSONField(default=list)
    flags = models.JSONField(default=list)
    # target -> words that triggered it, shown beside the tags so people see why.
    matches = models.JSONField(default=dict)
    # category -> words: what only shipped rules found and the tagger's second reading
    # doubted (promises.fallback), so it was not tagged; shown beside the tags.
    set_aside = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.IN_REVIEW)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(no_db_index=["deal", "submitted_by"])

    class Meta:
        ordering = ["submitted_at", "id"]
        indexes = [
            models.Index(fields=["deal", "submitted_at"], name="ask_deal_submitted"),
            models.Index(fields=["state"], name="ask_state"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=AskState.values), name="ask_state_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=AskKind.values), name="ask_kind_valid"
            ),
            models.CheckConstraint(condition=models.Q(version__gte=1), name="ask_version_positive"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_open(self) -> bool:
        return self.state in (self.State.IN_REVIEW, self.State.PAUSED, self.State.AWAITING_DECISION)


class AskVersion(models.Model):
    """The wording of each version, so answers to old wording stay readable."""

    # Indexed first by askversion_unique_number.
    ask = models.ForeignKey(Ask, on_delete=models.PROTECT, related_name="versions", db_index=False)
    number = models.PositiveIntegerField()
    text = models.TextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    history = HistoricalRecords(no_db_index=["ask", "created_by"])

    class Meta:
        ordering = ["ask", "number"]
        constraints = [
            models.UniqueConstraint(fields=["ask", "number"], name="askversion_unique_number")
        ]

    def __str__(self) -> str:
        return f"v{self.number}: {self.text[:60]}"


TARGET_CHOICES = [(t, t.replace("_", " ")) for t in (*CATEGORIES, *FLAGS)]


class TriggerRule(models.Model):
    """A phrase or pattern that tags asks; the deal desk lead edits these."""

    pattern = models.TextField()
    is_regex = models.BooleanField(default=False)
    target = models.CharField(max_length=20, choices=TARGET_CHOICES)
    active = models.BooleanField(default=True)
    note = models.CharField(max_length=300, blank=True, default="")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["target", "pattern", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(target__in=[*CATEGORIES, *FLAGS]), name="rule_target_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.pattern} → {self.target}"


class RulesGeneration(models.Model):
    """One row whose `generation` changes whenever any trigger rule changes, by
    database triggers on the rules table (migration promises/0005), however the change
    is made: the page, the admin, a queryset ``update()``, raw SQL. Each process reads
    it (one indexed row) to know whether its compiled tagger is still current."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    generation = models.BigIntegerField(default=1)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="rules_generation_one_row")
        ]

    def __str__(self) -> str:
        return f"rules generation {self.generation}"


class TagCorrection(models.Model):
    """A reviewer's or the lead's correction of an ask's tags, kept with its reason."""

    ask = models.ForeignKey(Ask, on_delete=models.PROTECT, related_name="tag_corrections")
    ask_version = models.PositiveIntegerField()
    before_categories = models.JSONField(default=list)
    before_flags = models.JSONField(default=list)
    categories = models.JSONField(default=list)
    flags = models.JSONField(default=list)
    reason = models.TextField()
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    corrected_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["corrected_at", "id"]

    def __str__(self) -> str:
        return f"tags of ask {self.ask_id}: {self.categories} ({self.reason[:40]})"


class Evidence(models.Model):
    """Proof attached to an ask: a file (stored outside the web root under a generated
    name) or a link."""

    class Kind(models.TextChoices):
        FILE = "file", "File"
        LINK = "link", "Link"

    ask = models.ForeignKey(Ask, on_delete=models.PROTECT, related_name="evidence")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=1000, blank=True, default="")
    original_name = models.CharField(max_length=255, blank=True, default="")
    stored_name = models.CharField(max_length=64, blank=True, default="")
    content_type = models.CharField(max_length=100, blank=True, default="")
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True, default="")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["added_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(kind="file") & ~models.Q(stored_name=""))
                | (models.Q(kind="link") & ~models.Q(url="")),
                name="evidence_file_or_link",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Comment(models.Model):
    ask = models.ForeignKey(Ask, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:60]
