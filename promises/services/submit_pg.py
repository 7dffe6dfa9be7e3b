"""An ask submission in two PostgreSQL statements, with no transaction around them
(the hot path of the desk).

1. `prepare` reads what the submission needs in one statement: the deal (for the
   permission check), the trigger rules' generation, the deadline policies and the new
   ask's id (``nextval``). It locks nothing: a deal's owner never changes and shares are
   only ever added, so what it reads cannot stop allowing the write meanwhile.
2. `write_submission` writes the ask, its first version and its review tasks, bumps
   the deal's scope version, writes a django-simple-history row for each, and the
   chained audit event: ten writes in one statement of data-modifying CTEs, built once
   from the models' ``_meta`` (so a new field cannot be forgotten), with history rows
   copied in SQL from what each INSERT returned. One statement is one transaction of
   its own (autocommit), so a submission sends no BEGIN and no COMMIT: every lock it
   takes is held for the statement alone, never across a round trip to the worker.
   The statement first bumps the deal's scope version (``UPDATE ... RETURNING``, which
   takes the deal's row lock); every other row is read from that UPDATE's output, so
   when the deal is gone nothing at all is written. It then takes the audit chain's
   lock and reads its tail (``dealdesk_audit_tail``, migration audit/0003) LATERAL to
   the deal's row, so after the deal's lock as every other writer takes them, and
   hashes the event in SQL (`audit.chain.canonical_parts`). The rows travel as one JSON
   document (each value after its field's ``pre_save``), read back by
   ``json_populate_record`` with each table's own row type, so PostgreSQL converts every
   value as it reads the column's text form: one parameter instead of one per column
   (binding fifty parameters cost more CPU than the rest of the statement's Python).

Other databases (the embedded SQLite default) take `dealdesk.fastsql`'s statement per
table in a transaction. tests/promises/test_submit_pg.py checks both write the same
rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any
from uuid import UUID

from django.db import connection
from django.db.models import Model

from audit.chain import GENESIS, LOCK_KEY, canonical_parts
from audit.models import AuditEvent
from dealdesk.fastsql import HISTORY_FIELDS, insert_fields, instance_from_row, qn, tracked
from promises.models import Ask, AskVersion, Deal
from promises.rules import fingerprint_columns
from reviews.models import DeadlinePolicy, ReviewTask


@dataclass
class Prepared:
    deal: Deal
    fingerprint: tuple
    policies: list[DeadlinePolicy]
    ask_id: int


@cache
def _prepare_sql() -> str:
    deal_cols = [qn(f.column) for f in Deal._meta.concrete_fields]
    policy_cols = ", ".join(f"p.{qn(f.column)}" for f in DeadlinePolicy._meta.concrete_fields)
    ask_table = Ask._meta.db_table
    return (
        f"SELECT {', '.join('d.' + c for c in deal_cols)}, {fingerprint_columns()}, "
        f"(SELECT CAST(json_agg(json_build_array({policy_cols}) ORDER BY p.id) AS text) "
        f"FROM {qn(DeadlinePolicy._meta.db_table)} p), "
        f"nextval(pg_get_serial_sequence('{ask_table}', 'id')) "
        f"FROM {qn(Deal._meta.db_table)} d WHERE {qn('id')} = %s"
    )


@lru_cache(maxsize=4)
def _policies(text: str | None) -> tuple[DeadlinePolicy, ...]:
    """The deadline policies from their JSON text, built once while the rows stay the
    same (they change when the lead edits a policy). Routing only reads them."""
    return tuple(instance_from_row(DeadlinePolicy, p) for p in json.loads(text or "[]"))


def prepare(deal_id: int) -> Prepared | None:
    """Read what a submission needs (locking nothing); None when there is no such deal."""
    with connection.cursor() as cursor:
        cursor.execute(_prepare_sql(), [deal_id])
        row = cursor.fetchone()
    if row is None:
        return None
    n = len(Deal._meta.concrete_fields)
    generation, policies, ask_id = row[n:]
    return Prepared(
        deal=instance_from_row(Deal, row[:n]),
        fingerprint=(generation,),
        policies=list(_policies(policies)),
        ask_id=ask_id,
    )


def _rows(model: type[Model], path: str) -> str:
    """INSERT `model`'s rows from the JSON at `path` in the document `j`, every column
    but a database-drawn key (`json_populate_recordset` when the path holds a list)."""
    table = qn(model._meta.db_table)
    cols = ", ".join(qn(f.column) for f in insert_fields(model))
    populate = "json_populate_recordset" if path == "t" else "json_populate_record"
    return (
        f"INSERT INTO {table} ({cols}) SELECT {cols} "
        f"FROM j, {populate}(NULL::{table}, j.doc -> '{path}') r RETURNING *"
    )


def _history_copy(model: type[Model], cte: str, history_type: str) -> str:
    """Copy what `cte` returned into `model`'s history table, with the moment and user
    from CTE `h` (so they are two parameters, not two per history table)."""
    history_model = model.history.model  # type: ignore[attr-defined]
    names = tracked(history_model)
    by_name = {f.attname: f for f in history_model._meta.concrete_fields}
    source = ", ".join(f"{cte}.{qn(by_name[n].column)}" for n in names)
    columns = ", ".join(qn(by_name[n].column) for n in (*names, *HISTORY_FIELDS))
    return (
        f"INSERT INTO {qn(history_model._meta.db_table)} ({columns}) "
        f"SELECT {source}, h.at, NULL, '{history_type}', h.uid FROM {cte}, h"
    )


# The audit chain's lock and tail (migration audit/0003), taken in the write statement
# LATERAL to the deal's row that CTE `d` updated (and so locked): after the deal's lock,
# in the order every other writer takes them, and held only until the statement commits.
# The function is VOLATILE: it reads the tail in a snapshot taken after the lock is
# granted. No deal row, no call: nothing is locked and no event is written.
_TAIL = (
    f"SELECT COALESCE(t.tail_seq, 0) + 1 AS seq, COALESCE(t.tail_hash, '{GENESIS}') AS prev "
    f"FROM d LEFT JOIN LATERAL dealdesk_audit_tail({int(LOCK_KEY)}, d.id) t ON true"
)
_CHAINED = {
    "seq": "tl.seq",
    "prev_hash": "tl.prev",
    # audit.chain.event_hash, in SQL: sha256 of the canonical JSON, whose parts around
    # the tail (audit.chain.canonical_parts) are three parameters.
    "hash": "encode(sha256(convert_to(CAST(%s AS text) || '\"' || tl.prev || '\"' || "
    "CAST(%s AS text) || tl.seq || CAST(%s AS text), 'UTF8')), 'hex')",
}


def _event_insert() -> str:
    fields = insert_fields(AuditEvent)
    cells = ", ".join(_CHAINED.get(f.attname, qn(f.column)) for f in fields)
    table = qn(AuditEvent._meta.db_table)
    return (
        f"INSERT INTO {table} ({', '.join(qn(f.column) for f in fields)}) "
        f"SELECT {cells} FROM tl, j, json_populate_record(NULL::{table}, j.doc -> 'e') r "
        f"RETURNING {qn('hash')}"
    )


@cache
def _sql() -> str:
    # Keep it within psycopg's MAX_CACHED_STATEMENT_LENGTH (4096 bytes) and
    # MAX_CACHED_STATEMENT_PARAMS (50): a longer query, or one with more parameters, is
    # split into its parts anew on every call (0.8M instructions a submission).
    # tests/promises/test_submit_pg.py checks.
    deal = qn(Deal._meta.db_table)
    scope = qn("scope_version")
    return (
        "WITH h AS (SELECT CAST(%s AS timestamptz) AS at, "
        "CAST(%s AS bigint) AS uid), "
        # First the deal's row (its lock); every row below is read through `j`, which
        # reads `d`: so they come after the lock, and without the deal none is written.
        f"d AS (UPDATE {deal} SET {scope} = {scope} + 1 WHERE {qn('id')} = %s "
        "RETURNING *), "
        "j AS MATERIALIZED (SELECT CAST(%s AS json) AS doc FROM d), "
        # The ask's key was drawn by `prepare`: its row is the table's own row type.
        f"a AS (INSERT INTO {qn(Ask._meta.db_table)} SELECT r.* FROM j, "
        f"json_populate_record(NULL::{qn(Ask._meta.db_table)}, j.doc -> 'a') r RETURNING *), "
        f"ha AS ({_history_copy(Ask, 'a', '+')}), "
        f"v AS ({_rows(AskVersion, 'v')}), "
        f"hv AS ({_history_copy(AskVersion, 'v', '+')}), "
        f"t AS ({_rows(ReviewTask, 't')}), "
        f"ht AS ({_history_copy(ReviewTask, 't', '+')}), "
        f"hd AS ({_history_copy(Deal, 'd', '~')}), "
        f"tl AS MATERIALIZED ({_TAIL}), "
        f"e AS ({_event_insert()}) "
        "SELECT (SELECT id FROM a), (SELECT id FROM v), "
        "(SELECT string_agg(id || ':' || role, ',') FROM t), (SELECT count(*) FROM d), "
        "(SELECT seq FROM tl), (SELECT prev FROM tl), (SELECT hash FROM e)"
    )


def _json_default(value: Any) -> Any:
    """What the JSON document cannot hold as is: moments in full (microseconds and
    offset, which PostgreSQL reads back exactly), dates, decimals and UUIDs as text."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} has no JSON form for the write statement")


def _row(obj: Model) -> dict[str, Any]:
    """`obj`'s insert columns after each field's `pre_save` (auto_now and the like), keyed
    by column for `json_populate_record`. The values are the model's own Python values:
    JSON fields go in as JSON, the rest as PostgreSQL reads their text."""
    return {str(f.column): f.pre_save(obj, True) for f in insert_fields(type(obj))}


def write_submission(
    *,
    ask: Ask,
    version: AskVersion,
    tasks: Sequence[ReviewTask],
    event: AuditEvent,
    actor: Any,
    now: datetime,
) -> bool:
    """Write the rows (`ask` carries the id `prepare` drew, `event` is chained); set the
    primary keys of `version` and `tasks`.

    Returns False when the deal no longer exists: then the statement wrote nothing."""
    chained = ("seq", "prev_hash", "hash")  # from the tail, in the statement itself
    doc = {
        "a": {str(Ask._meta.pk.column): ask.pk, **_row(ask)},
        "v": _row(version),
        "t": [_row(task) for task in tasks],
        "e": {k: v for k, v in _row(event).items() if k not in chained},
    }
    params: list[Any] = [now, getattr(actor, "pk", None), ask.deal_id]
    params += [json.dumps(doc, default=_json_default), *canonical_parts(event)]
    with connection.cursor() as cursor:
        cursor.execute(_sql(), params)
        ask_id, version_id, task_ids, deals, seq, prev, event_hash = cursor.fetchone()
    if deals != 1:
        return False
    event.seq, event.prev_hash, event.hash = seq, prev, event_hash
    ids = {}
    for pair in (task_ids or "").split(","):
        if pair:
            task_id, role = pair.split(":", 1)
            ids[role] = int(task_id)
    ask.pk, version.pk = ask_id, version_id
    version.ask_id = ask_id
    for obj in (ask, version, *tasks):
        obj._state.adding, obj._state.db = False, connection.alias
    for task in tasks:
        task.ask_id = ask_id
        task.pk = ids[task.role]
    return True
