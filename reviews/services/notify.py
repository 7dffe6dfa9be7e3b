"""Notifications go through an outbox: a row in the same transaction as the change,
sent by a Celery task after commit. The row is the truth; the task is a nudge, and
the beat entry `deliver-outbox` sends whatever a lost nudge left behind."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from reviews.models import Notification


def notify(
    *, recipient, kind: str, key: str, subject: str, body: str, link: str = ""
) -> Notification:
    notification, created = Notification.objects.get_or_create(
        key=key,
        defaults={
            "recipient": recipient,
            "kind": kind,
            "subject": subject[:200],
            "body": body,
            "link": link,
            "created_at": timezone.now(),
        },
    )
    if created:
        from reviews.tasks import send_notification

        transaction.on_commit(lambda: send_notification.delay(notification.pk))
    return notification


def notify_role(*, role: str, kind: str, key: str, subject: str, body: str, link: str = "") -> int:
    """Tell every active member of a role; the key is made per person."""
    users = get_user_model().objects.filter(groups__name=role, is_active=True)
    count = 0
    for user in users:
        notify(
            recipient=user,
            kind=kind,
            key=f"{key}:u{user.pk}",
            subject=subject,
            body=body,
            link=link,
        )
        count += 1
    return count
