"""Celery tasks: take ids, call a service.

None of them retries through Celery: a failed send keeps its backoff time on the row
and the `deliver-outbox` beat entry tries it again, so retries survive a flushed or
restarted broker. `acks_late` puts a message back when the worker dies mid-task; the
outbox row being pending is what guarantees the send (`deliver_pending`).
"""

from celery import shared_task

from reviews.services import outbox
from reviews.services.sweep import timers_sweep


@shared_task(acks_late=True)
def send_notification(notification_id: int) -> str:
    """The nudge enqueued on commit by `notify`: one row."""
    return outbox.notification_send(notification_id=notification_id)


@shared_task(acks_late=True)
def send_notifications(ids: list[int]) -> dict[str, int]:
    """Many rows in one task, each still its own transaction and attempt record."""
    return outbox.notifications_send(ids=ids)


@shared_task(bind=True)
def deliver_pending(self) -> int:
    """Fan every due pending row out in chunks, so all worker processes send at once.

    The chunks go to the queue this pass came from, so workers given a queue of their
    own send its mail. Queued rows are leased for `outbox.QUEUED_LEASE`, so a backlog
    longer than a minute is not queued again by every pass; were a row queued twice,
    the second delivery finds it sent. Returns the number of chunks."""
    queue = (self.request.delivery_info or {}).get("routing_key")
    chunks = outbox.pending_chunks()
    for ids in chunks:
        send_notifications.apply_async(args=[ids], queue=queue)
    return len(chunks)


@shared_task
def sweep_timers() -> dict:
    result = timers_sweep()
    return {"expired": result.expired, "reminded": result.reminded, "failed": len(result.failed)}
