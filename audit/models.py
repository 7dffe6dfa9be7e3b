from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """One state change, written by the service that made it, in the same transaction.

    Append-only: PostgreSQL refuses UPDATE and DELETE on the table (migration 0002).
    Each row carries the hash of the one before it (`seq` order), so a row changed
    behind the application's back breaks the chain; `manage.py verify_audit` finds the
    first broken link.
    """

    seq = models.BigIntegerField(unique=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)
    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # "system:sweep", "system:outbox" when a job acted; the username otherwise.
    actor_label = models.CharField(max_length=150)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64)
    object_id = models.BigIntegerField()
    # Both indexed first in audit_deal_at / audit_ask_at below.
    deal = models.ForeignKey(
        "promises.Deal",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    ask = models.ForeignKey(
        "promises.Ask",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    reason = models.TextField(blank=True, default="")
    request_id = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        ordering = ["seq"]
        indexes = [
            # The per-deal and per-ask timelines read these.
            models.Index(fields=["deal", "at"], name="audit_deal_at"),
            models.Index(fields=["ask", "at"], name="audit_ask_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_type}"
