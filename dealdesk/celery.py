import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealdesk.settings.base")

app = Celery("dealdesk")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    # Deadlines live in PostgreSQL; this sweep turns the ones that passed into
    # paused asks and escalations. Running it twice does the work once.
    "sweep-timers": {"task": "reviews.tasks.sweep_timers", "schedule": 60.0},
    # Safety net for notifications whose on-commit enqueue was lost (broker down,
    # flushed): the outbox row is the truth, the message only a nudge.
    "deliver-outbox": {"task": "reviews.tasks.deliver_pending", "schedule": 60.0},
}
