"""Celery tasks: take ids, call a service."""

from celery import shared_task

from reviews.services import outbox
from reviews.services.sweep import timers_sweep


@shared_task(acks_late=True)
def send_notification(notification_id: int) -> str:
    # A failed send is not retried here: the row keeps its backoff time and the
    # `deliver-outbox` beat entry tries it again, so retries survive a broker flush.
    return outbox.notification_send(notification_id=notification_id)


@shared_task
def deliver_pending() -> dict[str, int]:
    return outbox.notifications_deliver_pending()


@shared_task
def sweep_timers() -> dict:
    result = timers_sweep()
    return {"expired": result.expired, "reminded": result.reminded, "failed": len(result.failed)}
