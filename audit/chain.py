"""The hash chain over audit events: pure functions plus the locked append."""

import hashlib
import json
import secrets
from collections.abc import Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models
from psycopg.types.json import Jsonb

from audit.models import AuditEvent
from dealdesk import fastsql

GENESIS = "0" * 64
# Any constant shared by all writers: the advisory lock that serialises appends.
LOCK_KEY = 7_402_211


def canonical(event: AuditEvent) -> str:
    payload: dict[str, Any] = {
        "seq": event.seq,
        "at": event.at.isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "actor_label": event.actor_label,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "deal": event.deal_id,
        "ask": event.ask_id,
        "before": event.before,
        "after": event.after,
        "reason": event.reason,
        "request_id": event.request_id,
        "prev": event.prev_hash,
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      cls=DjangoJSONEncoder)


def event_hash(event: AuditEvent) -> str:
    return hashlib.sha256(canonical(event).encode("utf-8")).hexdigest()


# Stand-ins for the tail in `canonical_parts`: random per process, so no event's content
# can contain them.
_PREV_MARK = secrets.token_hex(32)
_SEQ_MARK = 10**40 + secrets.randbelow(10**39)


def canonical_parts(event: AuditEvent) -> tuple[str, str, str]:
    """`canonical(event)` cut where the chain's tail goes, for a writer that reads the
    tail and hashes in SQL (the ask submission): with the tail's hash `prev` and the
    event's number `seq`, canonical(event) == head + '"' + prev + '"' + middle +
    str(seq) + rest. `prev` is hex and `seq` an integer, so neither needs escaping."""
    seq, prev = event.seq, event.prev_hash
    event.seq, event.prev_hash = _SEQ_MARK, _PREV_MARK  # type: ignore[assignment]
    try:
        text = canonical(event)
    finally:
        event.seq, event.prev_hash = seq, prev
    head, rest = text.split(f'"{_PREV_MARK}"')
    middle, tail = rest.split(str(_SEQ_MARK))
    return head, middle, tail


def normalise(event: AuditEvent) -> None:
    # Store exactly what the hash covered: JSON as it will read back, time in UTC.
    event.before = json.loads(json.dumps(event.before or {}, cls=DjangoJSONEncoder))
    event.after = json.loads(json.dumps(event.after or {}, cls=DjangoJSONEncoder))


def append(events: Iterable[AuditEvent], *, copy: bool = False) -> list[AuditEvent]:
    """Chain and insert events; call inside the writer's transaction.

    On PostgreSQL a transaction-scoped advisory lock orders all appends, held until
    the writer commits, so two writers can never chain onto the same tail.

    ``copy=True`` is for bulk writers (the timer sweep appends 150,000 events): on
    PostgreSQL the rows go in with COPY, several times faster than an ORM insert, and
    the returned events carry no primary key.
    """
    events = list(events)
    if not events:
        return events
    for event in events:  # before the lock: every other writer waits while it is held
        normalise(event)
    link(events, *locked_tail())
    if copy and connection.vendor == "postgresql":
        _copy_rows(events)
        return events
    return fastsql.insert(events)


def link(events: list[AuditEvent], seq: int, prev: str) -> None:
    """Number and hash `events` (normalised) onto the chain's tail (`seq`, `prev`)."""
    for event in events:
        seq += 1
        event.seq = seq
        event.prev_hash = prev
        event.hash = prev = event_hash(event)


TAIL_SQL = "SELECT tail_seq, tail_hash FROM dealdesk_audit_tail(%s)"


def locked_tail() -> tuple[int, str]:
    """Take the appends' lock (PostgreSQL) and read the chain's last (seq, hash).

    On PostgreSQL one statement: the function of migration audit/0003 takes the lock,
    then reads the tail with a snapshot taken after the lock was granted. Writers that
    read the tail inside a larger statement select ``TAIL_SQL``'s columns themselves."""
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(TAIL_SQL, [LOCK_KEY])
        else:
            cursor.execute(
                f"SELECT {qn('seq')}, {qn('hash')} FROM {qn(AuditEvent._meta.db_table)} "
                f"ORDER BY {qn('seq')} DESC LIMIT 1"
            )
        row = cursor.fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def _copy_rows(events: list[AuditEvent]) -> None:
    fields = [f for f in AuditEvent._meta.concrete_fields if not f.primary_key]
    table = connection.ops.quote_name(AuditEvent._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column or f.attname) for f in fields)
    names = [f.attname for f in fields]
    json_at = [i for i, f in enumerate(fields) if isinstance(f, models.JSONField)]
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as rows:
        for event in events:
            # Values are already what the hash covered (`normalise`); only JSON needs
            # wrapping, and skipping get_db_prep_save per value halves the Python cost.
            row = [getattr(event, name) for name in names]
            for i in json_at:
                row[i] = Jsonb(row[i])
            rows.write_row(row)


def verify(batch: int = 5000) -> tuple[bool, str]:
    """Walk the chain in order; the first broken link, or that the chain is whole."""
    prev, expected_seq, count = GENESIS, 1, 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=batch):
        if event.seq != expected_seq:
            return False, f"event #{expected_seq} is missing (next found is #{event.seq})"
        if event.prev_hash != prev:
            return False, (f"event #{event.seq} (id {event.id}) does not follow #{event.seq - 1}: "
                           "its previous-hash was changed or a row before it was")
        if event_hash(event) != event.hash:
            return False, (f"event #{event.seq} (id {event.id}, {event.action}) was changed "
                           "after it was written: its content no longer matches its hash")
        prev, expected_seq, count = event.hash, expected_seq + 1, count + 1
    return True, f"the chain is whole: {count} events verified"
