import hashlib

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


def wording_hash(wording: str) -> str:
    return hashlib.sha256(wording.encode("utf-8")).hexdigest()


class DecisionOutcome(models.TextChoices):
    APPROVED = "approved", "Approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions", "Approved with conditions"
    REJECTED = "rejected", "Rejected"


class Decision(models.Model):
    """The deal desk lead's one answer to one ask version."""

    Outcome = DecisionOutcome

    ask = models.ForeignKey("promises.Ask", on_delete=models.PROTECT, related_name="decisions")
    ask_version = models.PositiveIntegerField()
    outcome = models.CharField(max_length=30, choices=Outcome.choices)
    wording = models.TextField()
    wording_sha256 = models.CharField(max_length=64)
    conditions = models.TextField(blank=True, default="")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    due_date = models.DateField(null=True, blank=True)
    limit = models.CharField(max_length=300, blank=True, default="")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["decided_at", "id"]
        constraints = [
            # No two people can answer the same ask version.
            models.UniqueConstraint(fields=["ask", "ask_version"], name="decision_one_per_version"),
            # Plan lines reference (id, wording_sha256, outcome) with a composite foreign
            # key, so the database itself refuses a line whose wording or outcome
            # differs from the decision's (closeplans migration 0002).
            models.UniqueConstraint(
                fields=["id", "wording_sha256", "outcome"], name="decision_id_hash_outcome"
            ),
            models.CheckConstraint(
                condition=models.Q(outcome__in=DecisionOutcome.values),
                name="decision_outcome_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(outcome="rejected")
                | (models.Q(owner__isnull=False, due_date__isnull=False) & ~models.Q(limit="")),
                name="decision_approval_has_owner_date_limit",
            ),
            models.CheckConstraint(
                condition=~models.Q(outcome="approved_with_conditions") | ~models.Q(conditions=""),
                name="decision_conditions_present",
            ),
            models.CheckConstraint(
                condition=~models.Q(wording=""), name="decision_wording_present"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.wording}"

    @property
    def is_approval(self) -> bool:
        return self.outcome != self.Outcome.REJECTED
