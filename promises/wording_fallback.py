"""A last look before the lint refuses an ask as naming nothing concrete.

The specificity check (promises.wording) knows concrete things by name: controls,
systems, formats, frequencies, volumes, rules, amounts, dates, in word families. A rule
said in everyday verbs ("new suppliers blocked when the name matches an existing
supplier", "plan downgrades take effect only at the end of the billing term") names
none of them, and was the commonest way a clear ask on a vocabulary the families had
not met was refused. Before it refuses a sentence for having no anchor (``not_specific``, or
``no_concrete_subject`` where a pronoun stands in for the missing thing), and only when
nothing else in the sentence was refused (no hedge, no vague phrase, no second
sentence), the lint asks how the sentence's words and word pairs read in labelled asks:
a naive Bayes score, clear against vague, over the features seen at least MIN_COUNT
times. The ask passes only when that score reaches CLEAR_AT (0.999) on a sentence of at
least MIN_WORDS words; it decides nothing else.

Measured before adoption, each sentence scored by counts that never held its own batch:
all twelve clear asks refused as ``not_specific`` at first sight in batches 63-71 (each
on the rules of the commit before its batch was read) scored 0.99992 or more; over the
labelled file and the 63 held-out batches, none of the 1,514 vague asks passed the lint
with the counts (one, "Prospect asks for an easy migration.", did before MIN_WORDS) and
no clear ask was refused.
tests/promises/test_wording_fallback.py holds the shapes.

The counts ship in promises/data/clarity_counts.json, built with the tagging
fallback's by ``python manage.py train_fallback FILE...`` from the same labelled asks.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from promises.fallback import WORD, chance, features

MODEL_PATH = Path(__file__).resolve().parent / "data" / "clarity_counts.json"
CLEAR_AT = 0.999
MIN_COUNT = 2  # a feature seen fewer times than this in the examples is ignored
# A rule needs words to be said in: who, what happens, on what condition. Below this a
# sentence is a name with nothing about it ("Customer wants a signing order."), and one
# or two words that clear asks often hold would outweigh the rest.
MIN_WORDS = 10


def train(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """How many clear and vague asks of `rows` hold each feature (those seen at least
    MIN_COUNT times), with the number of asks of each kind."""
    asks = {"clear": 0, "vague": 0}
    counts = {"clear": Counter[str](), "vague": Counter[str]()}
    for row in rows:
        kind = "vague" if row.get("vague") else "clear"
        asks[kind] += 1
        counts[kind].update(features(row["text"]))
    every = counts["clear"] + counts["vague"]
    kept = sorted(f for f, n in every.items() if n >= MIN_COUNT)
    return {**asks, "features": {f: [counts["clear"][f], counts["vague"][f]] for f in kept}}


class Clarity:
    def __init__(self, model: dict[str, Any]) -> None:
        clear, vague = model["clear"], model["vague"]
        self._prior = math.log((clear + 1) / (vague + 1))
        self._weights = {
            f: math.log((c + 1) / (clear + 2)) - math.log((v + 1) / (vague + 2))
            for f, (c, v) in model["features"].items()
        }

    def score(self, text: str) -> float:
        """The chance, by these counts, that `text` is a clear ask (0 to 1)."""
        weights = self._weights
        total = self._prior + sum(weights.get(f, 0.0) for f in features(text))
        return chance(total)

    def reads_clear(self, text: str) -> bool:
        return len(WORD.findall(text.lower())) >= MIN_WORDS and self.score(text) >= CLEAR_AT


@cache
def shipped() -> Clarity | None:
    """The counts shipped with the product, or None when there are none."""
    if not MODEL_PATH.exists():
        return None
    return Clarity(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def reads_clear(text: str) -> bool:
    """Whether the shipped counts read `text` as a clear ask beyond doubt."""
    model = shipped()
    return model is not None and model.reads_clear(text)
