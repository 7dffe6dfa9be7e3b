"""The embedded default: the web server plus a timer thread, no broker needed.

The timer thread calls the same sweep and outbox services that Celery beat calls in
production, once a minute, so deadlines fire on a laptop exactly as they do there. A
second thread compiles the wording lint's and the tagger's patterns while the server
starts, so the first ask typed does not wait for them.
"""

import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from reviews.services import timers_sweep
from reviews.services.outbox import notifications_deliver_pending


def _timer_loop(interval: float, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            close_old_connections()
            result = timers_sweep()
            notifications_deliver_pending()
            if result.expired or result.reminded:
                print(f"[timers] expired {result.expired}, reminded {result.reminded}", flush=True)
        except Exception as exc:  # keep ticking: the next pass retries what failed
            print(f"[timers] sweep failed: {exc!r}", flush=True)
        finally:
            close_old_connections()
        stop.wait(interval)


def _compile_patterns() -> None:
    """The lint's and the tagger's patterns, compiled while the server starts rather
    than on the first ask (see promises.rules.compile_patterns)."""
    from promises.rules import compile_patterns

    try:
        compile_patterns()
    except Exception as exc:  # the first ask then compiles them, as it would anyway
        print(f"[warm-up] skipped: {exc!r}", flush=True)
    finally:
        close_old_connections()


class Command(BaseCommand):
    help = "Serve the app with timers firing every minute (embedded default, no broker)."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--interval", type=float, default=60.0)

    def handle(self, *args, **opts):
        stop = threading.Event()
        threading.Thread(target=_compile_patterns, daemon=True, name="dealdesk-warm-up").start()
        threading.Thread(
            target=_timer_loop, args=(opts["interval"], stop), daemon=True, name="dealdesk-timers"
        ).start()
        self.stdout.write(f"Timers fire every {opts['interval']:.0f}s (embedded scheduler).")
        try:
            call_command("runserver", opts["addrport"], use_reloader=False)
        finally:
            stop.set()
            time.sleep(0)
