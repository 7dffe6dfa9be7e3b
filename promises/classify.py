"""One call for everything the ask form shows: wording problems plus tags."""

from __future__ import annotations

from typing import Any

from promises.tagging import Tagger
from promises.wording import lint


def classify(text: str, tagger: Tagger) -> dict[str, Any]:
    """Lint and tag one ask.

    Tags are computed even for refused wording, so the writer sees both what is wrong
    and how the ask would be routed once fixed.
    """
    problems = lint(text)
    tags = tagger.tag(text)
    return {
        "text": text,
        "kind": tags.kind,
        "categories": list(tags.categories),
        "flags": list(tags.flags),
        "reviewable": not problems,
        "problems": [
            {"code": p.code, "message": p.message, "start": p.start, "end": p.end} for p in problems
        ],
        "matches": {target: list(words) for target, words in tags.matches.items()},
        # Categories shipped rules found that the fallback's second reading set aside.
        "set_aside": {category: list(words) for category, words in tags.set_aside.items()},
    }
