from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class CloseplanVersion(models.Model):
    """One cut of a deal's close plan. Never changes once cut; the newest is current."""

    deal = models.ForeignKey(
        "promises.Deal", on_delete=models.PROTECT, related_name="plan_versions"
    )
    number = models.PositiveIntegerField()
    reason = models.CharField(max_length=300)
    # The deal's scope_version when this was cut; older than the deal's means out of date.
    scope_version = models.PositiveIntegerField()
    cut_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    cut_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["deal", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["deal", "number"], name="planversion_unique_number"),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="planversion_number_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"Close plan v{self.number} of deal {self.deal_id}"


class CloseplanLine(models.Model):
    """An approved decision's sentence, copied exactly.

    On PostgreSQL a composite foreign key (decision_id, wording_sha256) -> decision,
    a check that the hash is the hash of this wording, and a trigger refusing
    rejected decisions and any UPDATE/DELETE make the database itself refuse words
    the lead did not approve (see migration 0002).
    """

    version = models.ForeignKey(CloseplanVersion, on_delete=models.PROTECT, related_name="lines")
    position = models.PositiveIntegerField()
    decision = models.ForeignKey(
        "reviews.Decision", on_delete=models.PROTECT, related_name="plan_lines"
    )
    ask = models.ForeignKey("promises.Ask", on_delete=models.PROTECT, related_name="+")
    ask_version = models.PositiveIntegerField()
    outcome = models.CharField(max_length=30)
    wording = models.TextField()
    wording_sha256 = models.CharField(max_length=64)
    conditions = models.TextField(blank=True, default="")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    due_date = models.DateField()
    limit = models.CharField(max_length=300)
    history = HistoricalRecords()

    class Meta:
        ordering = ["version", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "position"], name="planline_unique_position"
            ),
            models.UniqueConstraint(fields=["version", "decision"], name="planline_decision_once"),
            models.CheckConstraint(
                condition=models.Q(outcome__in=["approved", "approved_with_conditions"]),
                name="planline_only_approved",
            ),
            models.CheckConstraint(condition=~models.Q(limit=""), name="planline_has_limit"),
        ]

    def __str__(self) -> str:
        return self.wording


class CloseplanSend(models.Model):
    """A version marked as sent to the customer; sending a newer one later adds a row."""

    version = models.ForeignKey(CloseplanVersion, on_delete=models.PROTECT, related_name="sends")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    sent_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"sent version {self.version_id} at {self.sent_at:%Y-%m-%d %H:%M}"
