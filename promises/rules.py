"""The tagger built from the trigger rules in the database.

Rules are data the lead edits; a change must apply to the next ask submitted in any
process. Each call checks a cheap fingerprint of the active rules (one aggregate
query) and rebuilds the compiled tagger only when it changed.
"""

import threading

from django.db.models import Count, Max

from promises.models import TriggerRule
from promises.tagging import Rule, Tagger

_lock = threading.Lock()
_cache: dict[str, object] = {}


def _fingerprint() -> tuple:
    agg = TriggerRule.objects.aggregate(n=Count("id"), last=Max("updated_at"))
    return (agg["n"], agg["last"])


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
