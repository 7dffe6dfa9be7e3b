"""Sending outbox rows: idempotent, retried with backoff, every attempt recorded.

The row is the truth, a Celery message only a nudge. Each row is sent in its own
transaction that holds the row's lock while the email goes out and marks it sent
before committing: a second delivery of the same message finds it sent (or locked)
and does nothing, and a worker killed mid-send leaves it pending for the next pass.
Email cannot be exactly-once, so the one message a crash can repeat is the one that
was on the wire when the worker died.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import get_connection, send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from reviews.models import Notification, NotificationAttempt

MAX_ATTEMPTS = 5
# Rows per deliver pass read at a time, and rows per `send_notifications` task.
CHUNK = 500
SENT, SKIPPED, RETRY, FAILED = "sent", "skipped", "retry", "failed"


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** (attempts - 1), 3600))


def notification_send(
    *,
    notification_id: int,
    now: datetime | None = None,
    mail_connection: BaseEmailBackend | None = None,
) -> str:
    """Send one notification if it is still pending; a second delivery is a no-op.

    Plain SQL, three statements and the commit per row: building ORM queries cost more
    than the rest of a send together (`bench/outbox_bench.py`). `mail_connection` lets
    a pass over many rows share one SMTP session."""
    now = now or timezone.now()
    sql = _statements()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql.lock, [notification_id])
        row = cursor.fetchone()
        if row is None:  # sent, failed for good, or being sent by someone else right now
            return SKIPPED
        pk, subject, body, link, attempts, email = row[:6]
        attempts += 1
        at = connection.ops.adapt_datetimefield_value(now)
        try:
            if email:
                send_mail(
                    subject,
                    _text(body, link),
                    settings.DEFAULT_FROM_EMAIL,
                    [email],
                    connection=mail_connection,
                )
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            gave_up = attempts >= MAX_ATTEMPTS
            state = Notification.State.FAILED if gave_up else Notification.State.PENDING
            retry_at = connection.ops.adapt_datetimefield_value(now + backoff(attempts))
            cursor.execute(sql.mark_failed, [attempts, error, state, retry_at, pk])
            cursor.execute(sql.attempt, [pk, at, False, error])
            return FAILED if gave_up else RETRY
        cursor.execute(sql.mark_sent, [attempts, Notification.State.SENT, at, pk])
        cursor.execute(sql.attempt, [pk, at, True, ""])
        return SENT


@dataclass(frozen=True)
class _Sql:
    lock: str
    mark_sent: str
    mark_failed: str
    attempt: str


@cache
def _statements() -> _Sql:
    q = connection.ops.quote_name
    note, user = q(Notification._meta.db_table), q(get_user_model()._meta.db_table)
    attempts = q(NotificationAttempt._meta.db_table)
    # The row's lock is held while the email goes out; SKIP LOCKED makes a second
    # delivery of the same row, arriving meanwhile, a no-op instead of a wait.
    lock, no_flush = "", ""
    if connection.vendor == "postgresql":
        lock = " FOR UPDATE OF n SKIP LOCKED"
        # Commit without waiting for the WAL to reach the disk (set here, not in a
        # statement of its own, to save a round trip). A flush per row caps sending
        # near one email per 2 ms per connection, and marking a row sent does not need
        # it: only a crash of the database server itself (not of a worker) could lose
        # the last fraction of a second of marks, and those messages would be sent
        # again, which email's at-least-once delivery allows anyway.
        no_flush = ", set_config('synchronous_commit', 'off', true)"
    return _Sql(
        lock=(
            f"SELECT n.id, n.subject, n.body, n.link, n.attempts, u.email{no_flush} "
            f"FROM {note} n JOIN {user} u ON u.id = n.recipient_id "
            f"WHERE n.id = %s AND n.state = 'pending'{lock}"
        ),
        mark_sent=f"UPDATE {note} SET attempts = %s, state = %s, sent_at = %s WHERE id = %s",
        mark_failed=(
            f"UPDATE {note} SET attempts = %s, last_error = %s, state = %s, "
            "next_attempt_at = %s WHERE id = %s"
        ),
        attempt=f"INSERT INTO {attempts} (notification_id, at, ok, error) VALUES (%s, %s, %s, %s)",
    )


def _text(body: str, link: str) -> str:
    base = getattr(settings, "PUBLIC_BASE_URL", "http://127.0.0.1:8000")
    return f"{body}\n\n{base}{link}" if link else body


def _due(now: datetime):
    return Notification.objects.filter(state=Notification.State.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


QUEUED_LEASE = timedelta(minutes=5)


def _lease(ids: list[int], until: datetime) -> None:
    """Mark queued rows as not due until `until`; a row another worker is sending right
    now (locked) is skipped, not waited for. Notifications are not audited records."""
    note = connection.ops.quote_name(Notification._meta.db_table)
    until_db = connection.ops.adapt_datetimefield_value(until)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"UPDATE {note} SET next_attempt_at = %s WHERE id IN (SELECT id FROM {note} "
                "WHERE id = ANY(%s) AND state = 'pending' FOR UPDATE SKIP LOCKED)",
                [until_db, ids],
            )
        else:  # SQLite: one writer at a time, nothing to skip
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(
                f"UPDATE {note} SET next_attempt_at = %s "
                f"WHERE state = 'pending' AND id IN ({marks})",
                [until_db, *ids],
            )


def _pending_chunks(now: datetime, chunk: int) -> Iterator[list[int]]:
    """Due pending ids in (created_at, id) order, a chunk at a time (index notif_pending).

    Reads on from the last row seen rather than from the start again, so a row that
    stays pending (locked by another worker, or retried later) cannot loop the pass."""
    after: tuple[datetime, int] | None = None
    while True:
        qs = _due(now)
        if after is not None:
            qs = qs.filter(Q(created_at__gt=after[0]) | Q(created_at=after[0], pk__gt=after[1]))
        rows = list(qs.order_by("created_at", "id").values_list("created_at", "pk")[:chunk])
        if not rows:
            return
        ids = [pk for _, pk in rows]
        # Leased while queued: the next pass (a minute later) leaves them alone unless
        # they are still pending when the lease ends (a lost message, a dead worker).
        _lease(ids, now + QUEUED_LEASE)
        yield ids
        after = rows[-1]


def notifications_send(*, ids: list[int], now: datetime | None = None) -> dict[str, int]:
    """Send these rows one by one, each its own transaction, over one mail connection."""
    counts: dict[str, int] = {}
    with get_connection() as mail_connection:
        for pk in ids:
            outcome = notification_send(
                notification_id=pk, now=now, mail_connection=mail_connection
            )
            counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def notifications_deliver_pending(*, now: datetime | None = None) -> dict[str, int]:
    """Send every row due as of `now` (default: the clock, read per row when sending)."""
    counts: dict[str, int] = {}
    for ids in _pending_chunks(now or timezone.now(), CHUNK):
        for outcome, n in notifications_send(ids=ids, now=now).items():
            counts[outcome] = counts.get(outcome, 0) + n
    return counts


def pending_chunks(*, now: datetime | None = None, chunk: int | None = None) -> list[list[int]]:
    """Every due pending id, split into chunks for parallel `send_notifications` tasks."""
    return list(_pending_chunks(now or timezone.now(), chunk or CHUNK))


def inbox_mark_read(*, user, notification_id: int | None = None) -> int:
    """Mark one (or all) of the user's notifications read. Returns how many changed."""
    qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(pk=notification_id)
    # Notifications are not audited records; a bulk update is fine here.
    return qs.update(read_at=timezone.now())
