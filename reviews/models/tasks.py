from datetime import datetime

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from dealdesk import roles

VERDICTS: dict[str, list[tuple[str, str]]] = {
    roles.ENGINEERING: [
        ("fits_today", "Fits today"),
        ("needs_extra_work", "Needs extra work"),
        ("pushes_other_work", "Would push other work out"),
        ("cannot_do", "Cannot do"),
    ],
    roles.SECURITY: [
        ("supported", "Supported"),
        ("partial", "Partial (a gap)"),
        ("not_supported", "Not supported"),
    ],
    roles.PRODUCT: [
        ("in_product", "Already in product"),
        ("roadmap", "On the roadmap"),
        ("paid_custom", "Paid custom work"),
        ("nowhere", "Nowhere"),
    ],
}
VERDICT_LABELS = {key: label for choices in VERDICTS.values() for key, label in choices}


class TaskState(models.TextChoices):
    OPEN = "open", "Open"
    ANSWERED = "answered", "Answered"
    EXPIRED = "expired", "Expired: no answer in time"
    SUPERSEDED = "superseded", "Superseded by a new version"
    NOT_NEEDED = "not_needed", "No longer needed"


class ReviewTask(models.Model):
    State = TaskState

    # Indexed first in task_ask_version, which serves every lookup by ask.
    ask = models.ForeignKey(
        "promises.Ask", on_delete=models.PROTECT, related_name="review_tasks", db_index=False
    )
    ask_version = models.PositiveIntegerField()
    role = models.CharField(max_length=20, choices=[(r, r) for r in roles.REVIEW_ROLES])
    state = models.CharField(max_length=20, choices=State.choices, default=State.OPEN)
    opened_at = models.DateTimeField()
    due_at = models.DateTimeField()
    remind_at = models.DateTimeField()
    reminded_at = models.DateTimeField(null=True, blank=True)
    expired_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    verdict = models.CharField(max_length=30, blank=True, default="")
    note = models.TextField(blank=True, default="")
    # The structured role form (effort, lanes, data-movement owners ...).
    answer = models.JSONField(default=dict, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    # Read by the task's id; copies of foreign keys need no index.
    history = HistoricalRecords(no_db_index=["ask", "assignee", "answered_by"])

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [
            # The timer sweep: open tasks whose deadline passed.
            models.Index(
                fields=["due_at"],
                name="task_open_due",
                condition=models.Q(state="open"),
            ),
            # The reminder pass: open tasks not yet reminded.
            models.Index(
                fields=["remind_at"],
                name="task_open_remind",
                condition=models.Q(state="open", reminded_at__isnull=True),
            ),
            # A role's queue, soonest deadline first.
            models.Index(fields=["role", "state", "due_at"], name="task_role_queue"),
            # The live queue (open or overdue) in page order: one ordered scan that stops
            # after the page for any set of roles, instead of sorting every live task of
            # the role (reviews.selectors.review_queue; bench/load_bench.py).
            models.Index(
                fields=["due_at", "id"],
                name="task_live_due",
                condition=models.Q(state__in=["open", "expired"]),
            ),
            # The API queue list's count: half the entries' size of task_role_queue's.
            models.Index(
                fields=["role"],
                name="task_live_role",
                condition=models.Q(state__in=["open", "expired"]),
            ),
            models.Index(fields=["ask", "ask_version"], name="task_ask_version"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=TaskState.values), name="task_state_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=roles.REVIEW_ROLES), name="task_role_valid"
            ),
            # An answered task always says who answered, when, and with what verdict.
            models.CheckConstraint(
                condition=~models.Q(state="answered")
                | (
                    models.Q(answered_by__isnull=False, answered_at__isnull=False)
                    & ~models.Q(verdict="")
                ),
                name="task_answered_complete",
            ),
            # One live task per role per ask version.
            models.UniqueConstraint(
                fields=["ask", "ask_version", "role"],
                condition=models.Q(state__in=["open", "answered", "expired"]),
                name="task_one_live_per_role",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role} review of ask {self.ask_id} v{self.ask_version}"

    def time_left(self, now: datetime) -> float:
        """Seconds until the deadline (negative when overdue); pure, for the queue."""
        return (self.due_at - now).total_seconds()

    def is_overdue(self, now: datetime) -> bool:
        return self.state in (self.State.OPEN, self.State.EXPIRED) and self.due_at <= now

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS.get(self.verdict, self.verdict)


class Escalation(models.Model):
    """Written once when a deadline passes without an answer: silence is never approval."""

    task = models.OneToOneField(ReviewTask, on_delete=models.PROTECT, related_name="escalation")
    ask = models.ForeignKey("promises.Ask", on_delete=models.PROTECT, related_name="escalations")
    created_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"escalation of task {self.task_id}"
