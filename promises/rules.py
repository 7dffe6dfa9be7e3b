"""The tagger built from the trigger rules in the database.

Rules are data the lead edits; a change must apply to the next ask submitted in any
process. Each call reads the rules' generation (one row that database triggers change
on every change to the rules table, migration promises/0005) and rebuilds the compiled
tagger only when it changed.
"""

import threading

from django.db import connection

from promises.models import RulesGeneration, TriggerRule
from promises.tagging import Rule, Tagger

_lock = threading.Lock()
_cache: dict[str, object] = {}


def fingerprint_columns() -> str:
    """The fingerprint as a scalar subquery, for a statement that reads it along with
    other things (the ask submission's first statement)."""
    table = connection.ops.quote_name(RulesGeneration._meta.db_table)
    return f"(SELECT generation FROM {table} WHERE id = 1)"


def _fingerprint() -> tuple:
    # Run on every ask previewed: plain SQL, no ORM query to build each time.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {fingerprint_columns()}")
        return tuple(cursor.fetchone())


def cached_tagger() -> tuple[tuple, Tagger] | None:
    """The tagger this process built last and the fingerprint it was built for, read
    without asking the database; the caller checks the fingerprint when it reads the
    current one (the ask submission tags before it takes any lock)."""
    with _lock:
        if "tagger" not in _cache:
            return None
        return _cache["fp"], _cache["tagger"]  # type: ignore[return-value]


def current_tagger(fingerprint: tuple | None = None) -> Tagger:
    """The tagger of the active rules; `fingerprint` when the caller has read it."""
    fp = fingerprint if fingerprint is not None else _fingerprint()
    # No generation row (a test database flushed by TRUNCATE): rebuild every time
    # rather than trust a cache nothing would invalidate.
    with _lock:
        if fp != (None,) and _cache.get("fp") == fp:
            return _cache["tagger"]  # type: ignore[return-value]
    rules = [
        Rule(pattern=r.pattern, target=r.target, is_regex=r.is_regex)
        for r in TriggerRule.objects.filter(active=True).only("pattern", "target", "is_regex")
    ]
    tagger = Tagger(rules)
    with _lock:
        _cache["fp"] = fp
        _cache["tagger"] = tagger
    return tagger


def compile_patterns() -> None:
    """Compile the wording lint's patterns and the current rules' tagger now (both
    compile on first use otherwise, several seconds): a server calls this before, or
    while, it starts serving, so no one's first ask waits for it."""
    from promises.wording import warm_up

    warm_up()
    current_tagger().compile()
