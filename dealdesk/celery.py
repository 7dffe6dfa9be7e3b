import os

from celery import Celery
from celery.signals import task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealdesk.settings.base")

app = Celery("dealdesk")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    # Deadlines live in PostgreSQL; this sweep turns the ones that passed into
    # paused asks and escalations. Running it twice does the work once.
    "sweep-timers": {"task": "reviews.tasks.sweep_timers", "schedule": 60.0},
    # Safety net for notifications whose on-commit enqueue was lost (broker down,
    # flushed) or whose send failed and waits out its backoff: the outbox row is the
    # truth, the message only a nudge.
    "deliver-outbox": {"task": "reviews.tasks.deliver_pending", "schedule": 60.0},
}


@task_prerun.connect
@task_postrun.connect
def close_old_db_connections(sender=None, **kwargs) -> None:
    """Give tasks the connection rule Django gives requests.

    Celery's Django fixup closes the database connection before and after every task
    unless CELERY_DB_REUSE_MAX is set (settings), and a reconnect costs more than a
    small task: it caps a worker near 150 tasks a second. With reuse on, this drops a
    connection that errored or outlived CONN_MAX_AGE, as Django does after a request.
    Eager tasks run inside the caller's request or transaction: leave those alone.
    """
    if sender is None or getattr(sender.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()
