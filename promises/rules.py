"""The tagger built from the trigger rules in the database.

Rules are data the lead edits; a change must apply to the next ask submitted in any
process. Each call checks a cheap fingerprint of the active rules (one aggregate
query) and rebuilds the compiled tagger only when it changed.
"""

import threading

from django.db import connection

from promises.models import TriggerRule
from promises.tagging import Rule, Tagger

_lock = threading.Lock()
_cache: dict[str, object] = {}


def _fingerprint() -> tuple:
    # Run on every ask submitted: plain SQL, no ORM query to build each time.
    table = connection.ops.quote_name(TriggerRule._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), MAX(updated_at) FROM {table}")
        return tuple(cursor.fetchone())


def current_tagger() -> Tagger:
    fp = _fingerprint()
    with _lock:
        if _cache.get("fp") == fp:
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
