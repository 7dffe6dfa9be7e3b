"""Hot-path SQL built once per model from its ``_meta``, without the ORM's per-query cost.

Submitting an ask writes eight rows (the ask, its first version, its review tasks, the
deal's scope bump, a history row for each, and an audit event). Built through the ORM
(``save()``, simple-history's ``post_save``, ``bulk_create``) each write costs more CPU
in Django compiling the query than PostgreSQL spends running it. Here the SQL for a
model is built once from its ``_meta`` and reused; each value still goes through its
field's ``pre_save`` and ``get_db_prep_save`` exactly as the ORM sends it, and history
rows carry what simple-history writes (every tracked field, ``history_date``,
``history_type``, ``history_user``, ``history_change_reason``).

Reads by primary key (``get``) and of small whole tables (``all_rows``) work the same way.

tests/test_fastsql.py compares the rows written here with rows written by ``save()``
for every model that uses these helpers, on the real database, so a new field or a new
simple-history column cannot drift silently. Only models without custom save() logic
or save signals other than simple-history's belong here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, TypeVar

from django.db import connection
from django.db.models import Field, Model
from django.utils import timezone

M = TypeVar("M", bound=Model)
HISTORY_FIELDS = ("history_date", "history_change_reason", "history_type", "history_user_id")


def qn(name: str | None) -> str:
    return connection.ops.quote_name(str(name))


@cache
def insert_fields(model: type[Model]) -> tuple[Field, ...]:
    # Columns the database fills itself (the auto primary key) are returned, not sent.
    return tuple(f for f in model._meta.concrete_fields if not getattr(f, "db_returning", False))


@lru_cache(maxsize=256)
def _insert_sql(model: type[Model], rows: int) -> str:
    fields = insert_fields(model)
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    return (
        f"INSERT INTO {qn(model._meta.db_table)} ({', '.join(qn(f.column) for f in fields)}) "
        f"VALUES {', '.join([one] * rows)} RETURNING {qn(model._meta.pk.column)}"
    )


def _execute_insert(model: type[Model], rows: Sequence[dict[str, Any]]) -> list[Any]:
    fields = insert_fields(model)
    params = [f.get_db_prep_save(row[f.attname], connection) for row in rows for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(model, len(rows)), params)
        return [r[0] for r in cursor.fetchall()]


def insert(objs: Sequence[M]) -> list[M]:
    """INSERT unsaved instances of one model in one statement; sets their primary keys."""
    if not objs:
        return []
    model = type(objs[0])
    fields = insert_fields(model)
    rows = [{f.attname: f.pre_save(obj, True) for f in fields} for obj in objs]
    for obj, pk in zip(objs, _execute_insert(model, rows), strict=True):
        obj.pk = pk
        obj._state.adding = False
        obj._state.db = connection.alias
    return list(objs)


@cache
def tracked(history_model: type[Model]) -> tuple[str, ...]:
    names = tuple(f.attname for f in insert_fields(history_model))
    assert all(h in names for h in HISTORY_FIELDS), history_model  # simple-history's columns
    return tuple(n for n in names if n not in HISTORY_FIELDS)


def insert_history(
    objs: Iterable[Model], *, history_type: str, user: Any, reason: str | None = None
) -> None:
    """One simple-history row per saved instance ('+' created, '~' changed), in one
    INSERT, as `post_save` would write it for a save by `user`."""
    objs = list(objs)
    if not objs:
        return
    history_model = type(objs[0]).history.model  # type: ignore[attr-defined]
    names = tracked(history_model)
    user_id = getattr(user, "pk", None)
    rows = []
    for obj in objs:
        row = {name: getattr(obj, name) for name in names}
        row.update(
            history_date=getattr(obj, "_history_date", None) or timezone.now(),
            history_change_reason=reason,
            history_type=history_type,
            history_user_id=user_id,
        )
        rows.append(row)
    _execute_insert(history_model, rows)


@cache
def _increment_sql(model: type[Model], column: str) -> str:
    fields = model._meta.concrete_fields
    sql = (
        f"UPDATE {qn(model._meta.db_table)} SET {qn(column)} = {qn(column)} + 1 "
        f"WHERE {qn(model._meta.pk.column)} = %s "
        f"RETURNING {', '.join(qn(f.column) for f in fields)}"
    )
    return sql


def increment(model: type[M], pk: Any, column: str) -> M | None:
    """Add one to `column` of row `pk` in one statement (taking its row lock) and return
    the row as it now is, or None when there is no such row."""
    sql = _increment_sql(model, column)
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        row = cursor.fetchone()
    if row is None:
        return None
    return instance_from_row(model, row)


@cache
def _converters(model: type[Model], vendor: str) -> tuple[list[str], list[tuple[Any, list]]]:
    """Per column: the expression and the converters a query's results go through."""
    columns = []
    for field in model._meta.concrete_fields:
        col = field.get_col(model._meta.db_table)
        columns.append(
            (col, connection.ops.get_db_converters(col) + field.get_db_converters(connection))
        )
    return [f.attname for f in model._meta.concrete_fields], columns


def instance_from_row(model: type[M], row: Sequence[Any]) -> M:
    """A model instance from a row of all its concrete columns, in `_meta` order,
    with each value converted as a query's results are."""
    names, columns = _converters(model, connection.vendor)
    values = []
    for (col, converters), value in zip(columns, row, strict=True):
        for convert in converters:
            value = convert(value, col, connection)
        values.append(value)
    return model.from_db(connection.alias, names, values)


@cache
def _select_sql(model: type[Model], by_pk: bool) -> str:
    cols = ", ".join(qn(f.column) for f in model._meta.concrete_fields)
    where = f" WHERE {qn(model._meta.pk.column)} = %s" if by_pk else ""
    return f"SELECT {cols} FROM {qn(model._meta.db_table)}{where}"


def get(model: type[M], pk: Any) -> M | None:
    """The row with this primary key as an instance, or None."""
    with connection.cursor() as cursor:
        cursor.execute(_select_sql(model, True), [pk])
        row = cursor.fetchone()
    return None if row is None else instance_from_row(model, row)


def all_rows(model: type[M]) -> list[M]:
    """Every row of a small table (settings-like tables of a few rows), unordered."""
    with connection.cursor() as cursor:
        cursor.execute(_select_sql(model, False))
        rows = cursor.fetchall()
    return [instance_from_row(model, row) for row in rows]
