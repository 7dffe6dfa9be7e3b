"""An ask's rows written in one PostgreSQL statement (the submission hot path).

A submission writes the ask, its first version and its review tasks, bumps the deal's
scope version, and writes a django-simple-history row for each: eight writes. Sent one
by one they cost a round trip and a parse each; here they go as one statement of
data-modifying CTEs, built once per task count from the models' ``_meta`` (so a new
field cannot be forgotten), with history rows copied in SQL from what each INSERT
returned. Every value still passes through its field's ``pre_save`` and
``get_db_prep_save``, as the ORM sends it.

Other databases (the embedded SQLite default) take `dealdesk.fastsql`'s statement per
table. tests/promises/test_submit_pg.py checks both write the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from django.db import connection
from django.db.models import Model

from dealdesk.fastsql import HISTORY_FIELDS, insert_fields, qn, tracked
from promises.models import Ask, AskVersion, Deal
from reviews.models import ReviewTask


def _cols(model: type[Model]) -> str:
    return ", ".join(qn(f.column) for f in model._meta.concrete_fields)


def _values(model: type[Model], parent_fk: str | None) -> str:
    """One VALUES row for `model`: the parent's key from CTE `a`, the rest parameters."""
    cells = [
        "(SELECT id FROM a)" if f.attname == parent_fk else "%s" for f in insert_fields(model)
    ]
    return "(" + ", ".join(cells) + ")"


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


def _insert(model: type[Model], rows: str) -> str:
    cols = ", ".join(qn(f.column) for f in insert_fields(model))
    return (
        f"INSERT INTO {qn(model._meta.db_table)} ({cols}) VALUES {rows} "
        f"RETURNING {_cols(model)}"
    )


def _task_rows() -> str:
    """Tasks come as one array per column (`unnest`), so the statement and its
    parameter count do not depend on how many roles review the ask."""
    fields = [f for f in insert_fields(ReviewTask) if f.attname != "ask_id"]
    arrays = ", ".join(f"CAST(%s AS {f.db_type(connection)}[])" for f in fields)
    cols = ", ".join(qn(f.column) for f in (ReviewTask._meta.get_field("ask"), *fields))
    return (
        f"INSERT INTO {qn(ReviewTask._meta.db_table)} ({cols}) "
        f"SELECT (SELECT id FROM a), * FROM unnest({arrays}) RETURNING {_cols(ReviewTask)}"
    )


@cache
def _sql() -> str:
    deal = qn(Deal._meta.db_table)
    scope = qn("scope_version")
    return (
        "WITH h AS (SELECT CAST(%s AS timestamp with time zone) AS at, "
        "CAST(%s AS bigint) AS uid), "
        f"a AS ({_insert(Ask, _values(Ask, None))}), "
        f"ha AS ({_history_copy(Ask, 'a', '+')}), "
        f"v AS ({_insert(AskVersion, _values(AskVersion, 'ask_id'))}), "
        f"hv AS ({_history_copy(AskVersion, 'v', '+')}), "
        f"t AS ({_task_rows()}), "
        f"ht AS ({_history_copy(ReviewTask, 't', '+')}), "
        f"d AS (UPDATE {deal} SET {scope} = {scope} + 1 WHERE {qn('id')} = %s "
        f"RETURNING {_cols(Deal)}), "
        f"hd AS ({_history_copy(Deal, 'd', '~')}) "
        "SELECT (SELECT id FROM a), (SELECT id FROM v), "
        "(SELECT string_agg(id || ':' || role, ',') FROM t), (SELECT count(*) FROM d)"
    )


def _params(obj: Model, skip: str | None = None) -> list[Any]:
    return [
        f.get_db_prep_save(f.pre_save(obj, True), connection)
        for f in insert_fields(type(obj))
        if f.attname != skip
    ]


def write_submission(
    *, ask: Ask, version: AskVersion, tasks: Sequence[ReviewTask], actor: Any, now: datetime
) -> bool:
    """Write the rows; set the primary keys of `ask`, `version` and `tasks`.

    Returns False when the deal no longer exists (the caller raises, and the
    transaction takes every row back)."""
    params: list[Any] = [now, getattr(actor, "pk", None)]
    params += _params(ask)
    params += _params(version, skip="ask_id")
    columns = list(zip(*(_params(task, skip="ask_id") for task in tasks), strict=True))
    params += [list(column) for column in columns]
    params.append(ask.deal_id)
    with connection.cursor() as cursor:
        cursor.execute(_sql(), params)
        ask_id, version_id, task_ids, deals = cursor.fetchone()
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
    return deals == 1
