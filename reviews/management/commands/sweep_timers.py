from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_datetime

from reviews.services import timers_sweep
from reviews.services.outbox import notifications_deliver_pending


class Command(BaseCommand):
    help = (
        "Run the timer sweep once: expire overdue reviews (pausing their asks) and send reminders."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="Judge deadlines as of this ISO-8601 moment (with offset)."
        )

    def handle(self, *args, **opts):
        now = None
        if opts["now"]:
            now = parse_datetime(opts["now"])
            if now is None or now.tzinfo is None:
                raise CommandError(
                    "--now must be an ISO-8601 datetime with a time zone, "
                    "e.g. 2026-11-23T09:00:00+00:00"
                )
        result = timers_sweep(now=now)
        sent = notifications_deliver_pending(now=now)
        self.stdout.write(
            f"expired {result.expired}, reminded {result.reminded}, failed {len(result.failed)}, "
            f"notifications {sent}"
        )
        for task_id, error in result.failed:
            self.stderr.write(f"review task {task_id} could not be expired: {error}")
