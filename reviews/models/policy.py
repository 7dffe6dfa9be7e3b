from datetime import time

from django.db import models
from simple_history.models import HistoricalRecords

from dealdesk import roles
from reviews import deadlines


class DeadlinePolicy(models.Model):
    """How long each review role has; set by the deal desk lead."""

    POLICY_CHOICES = [
        (deadlines.HOURS_24, "24 hours after opening"),
        (deadlines.NEXT_BUSINESS_DAY, "End of the next business day"),
    ]
    role = models.CharField(
        max_length=20, unique=True, choices=[(r, r) for r in roles.REVIEW_ROLES]
    )
    policy = models.CharField(max_length=30, choices=POLICY_CHOICES, default=deadlines.HOURS_24)
    # Reminder goes out once this share of the window has passed.
    reminder_share = models.FloatField(default=0.75)
    # This role fills the data-movement form on asks tagged data_movement.
    fills_data_movement = models.BooleanField(default=False)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reminder_share__gt=0, reminder_share__lt=1),
                name="policy_reminder_share_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role}: {self.policy}"


class BusinessCalendarConfig(models.Model):
    """The desk's one business calendar (a single row)."""

    tz = models.CharField(max_length=64, default="UTC")
    # Monday = 0 ... Sunday = 6
    working_days = models.JSONField(default=list)
    day_end = models.TimeField(default=time(18, 0))
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"Business calendar ({self.tz})"


class Holiday(models.Model):
    date = models.DateField(unique=True)
    name = models.CharField(max_length=120)
    history = HistoricalRecords()

    class Meta:
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {self.name}"
