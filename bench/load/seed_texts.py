"""The wording of the load bench's seeded asks (bench/load/seed.py): labelled asks
that pass the lint, grouped by the review roles the rules in the database route them to."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# ask group (ask number % 4) -> the review roles its wording routes to
GROUP_ROLES = {
    0: ("engineering", "security", "product"),
    1: ("engineering", "security", "product"),
    2: ("engineering", "security"),
    3: ("engineering", "product"),
}


def ask_texts() -> dict[int, list[dict]]:
    """Wording that passes the lint, grouped by the review roles it routes to.

    Taken from the labelled asks the tagger is measured on, classified here with the
    rules in the database, so tags, kind and routing are what the app would give."""
    from promises.classify import classify
    from promises.rules import current_tagger
    from reviews.services import required_roles

    tagger = current_tagger()
    wanted = {roles: group for group, roles in GROUP_ROLES.items() if group != 1}
    groups: dict[int, list[dict]] = {0: [], 2: [], 3: []}
    seen = set()
    for line in (ROOT / "tests" / "data" / "asks_labelled.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        if text in seen:
            continue
        seen.add(text)
        result = classify(text, tagger)
        if not result["reviewable"] or result["problems"]:
            continue
        if "commercial_terms" in result["flags"]:
            continue  # would also notify the lead on submission; keep the seed plain
        group = wanted.get(tuple(required_roles(result["categories"], result["flags"])))
        if group is None:
            continue
        groups[group].append(
            {
                "text": text,
                "kind": result["kind"],
                "categories": list(result["categories"]),
                "flags": list(result["flags"]),
                "matches": {k: list(v) for k, v in dict(result["matches"]).items()},
                "set_aside": {k: list(v) for k, v in dict(result["set_aside"]).items()},
            }
        )
    for group, items in groups.items():
        if not items:
            raise SystemExit(f"no labelled ask routes to {GROUP_ROLES[group]}: cannot seed")
    groups[1] = groups[0]
    return groups
