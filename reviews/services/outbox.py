"""Sending outbox rows: idempotent, retried with backoff, every attempt recorded."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from reviews.models import Notification, NotificationAttempt

MAX_ATTEMPTS = 5
SENT, SKIPPED, RETRY, FAILED = "sent", "skipped", "retry", "failed"


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** (attempts - 1), 3600))


def notification_send(*, notification_id: int, now: datetime | None = None) -> str:
    """Send one notification if it is still pending; a second delivery is a no-op.

    The row stays locked while the email goes out and is marked sent in the same
    transaction, so a worker killed mid-send leaves it pending for the next try.
    """
    now = now or timezone.now()
    with transaction.atomic():
        n = (
            Notification.objects.select_for_update(skip_locked=True)
            .select_related("recipient")
            .filter(pk=notification_id, state=Notification.State.PENDING)
            .first()
        )
        if n is None:
            return SKIPPED
        n.attempts += 1
        try:
            if n.recipient.email:
                send_mail(n.subject, _body(n), settings.DEFAULT_FROM_EMAIL, [n.recipient.email])
        except Exception as exc:
            n.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            n.state = Notification.State.FAILED if n.attempts >= MAX_ATTEMPTS else n.state
            n.next_attempt_at = now + backoff(n.attempts)
            n.save(update_fields=["attempts", "last_error", "state", "next_attempt_at"])
            NotificationAttempt.objects.create(notification=n, at=now, ok=False, error=n.last_error)
            return FAILED if n.state == Notification.State.FAILED else RETRY
        n.state = Notification.State.SENT
        n.sent_at = now
        n.save(update_fields=["attempts", "state", "sent_at"])
        NotificationAttempt.objects.create(notification=n, at=now, ok=True)
        return SENT


def _body(n: Notification) -> str:
    base = getattr(settings, "PUBLIC_BASE_URL", "http://127.0.0.1:8000")
    return f"{n.body}\n\n{base}{n.link}" if n.link else n.body


def pending_ids(*, now: datetime | None = None, limit: int = 10000) -> list[int]:
    now = now or timezone.now()
    return list(
        Notification.objects.filter(state=Notification.State.PENDING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .order_by("created_at", "id")
        .values_list("pk", flat=True)[:limit]
    )


def notifications_deliver_pending(*, now: datetime | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for pk in pending_ids(now=now):
        outcome = notification_send(notification_id=pk, now=now)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def inbox_mark_read(*, user, notification_id: int | None = None) -> int:
    """Mark one (or all) of the user's notifications read. Returns how many changed."""
    qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(pk=notification_id)
    # Notifications are not audited records; a bulk update is fine here.
    return qs.update(read_at=timezone.now())
