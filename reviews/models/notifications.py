from django.conf import settings
from django.db import models


class Notification(models.Model):
    """Outbox row and in-app inbox entry in one.

    Services write it in the same transaction as the change; a Celery task sends the
    email and records each attempt. A row that keeps failing stays as ``failed``.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="notifications"
    )
    # Idempotency: the same event for the same person is one row, one email.
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    link = models.CharField(max_length=300, blank=True, default="")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True, default="")
    # Backoff: a failed send is not tried again before this moment.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The outbox pass: rows still to send.
            models.Index(
                fields=["created_at"], name="notif_pending", condition=models.Q(state="pending")
            ),
            # The unread count in every page header.
            models.Index(
                fields=["recipient"], name="notif_unread", condition=models.Q(read_at__isnull=True)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}: {self.subject}"


class NotificationAttempt(models.Model):
    notification = models.ForeignKey(Notification, on_delete=models.PROTECT, related_name="tries")
    at = models.DateTimeField()
    ok = models.BooleanField()
    error = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{'ok' if self.ok else 'failed'} attempt at {self.at:%Y-%m-%d %H:%M}"
