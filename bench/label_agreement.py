"""How far do careful labellers agree on the sealed batches' labels, and the tagger with them?

Run from the repository root:

    python bench/label_agreement.py [--weights LEARNED.json]

Sealed batches 181-186 (600 asks, written and labelled by six helpers in session 21) were
labelled again in session 22 by two more sets of helpers, each reading only DESIGN.md and
the labelled file, never the writer's labels or the project's code: tests/data/sealed/
relabel/labeller1.jsonl and labeller2.jsonl (one line per ask, ``id`` = batch-line). This
prints, figures only: each labeller against the writer's labels (vague agreement; category
sets on the asks both call clear, a set in the writer's ``accept`` counting as agreeing, as
the suite counts the tagger; flags), the two labellers against each other, and, with
``--weights``, the shipped rules with that learned reading against all three (the weights
the batches were first measured with are ``git show ca9a744:promises/data/learned_reading.json``;
the shipped weights have been trained on these batches since).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEALED = ROOT / "tests" / "data" / "sealed"
BATCHES = range(181, 187)


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _writer() -> dict[str, dict]:
    return {
        f"{b}-{n}": row
        for b in BATCHES
        for n, row in enumerate(_load(SEALED / f"asks_batch{b}.jsonl"))
    }


def _allowed(row: dict) -> list[frozenset[str]]:
    return [frozenset(row["categories"]), *(frozenset(a) for a in row.get("accept", []))]


def _against_writer(name: str, writer: dict[str, dict], other: dict[str, dict]) -> None:
    vague_same = sum(writer[i]["vague"] == other[i]["vague"] for i in writer)
    both_clear = [i for i in writer if not writer[i]["vague"] and not other[i]["vague"]]
    cats = sum(frozenset(other[i]["categories"]) in _allowed(writer[i]) for i in both_clear)
    flags = sum(set(other[i]["flags"]) == set(writer[i]["flags"]) for i in both_clear)
    n = len(both_clear)
    print(
        f"{name:>10} vs writer: vague/clear {vague_same}/{len(writer)}; on {n} asks both call "
        f"clear: categories {cats / n:.3f} ({cats}), flags {flags / n:.3f}"
    )


def _exact(a: dict[str, dict], b: dict[str, dict], ids: list[str]) -> int:
    return sum(frozenset(a[i]["categories"]) == frozenset(b[i]["categories"]) for i in ids)


def _tagger(weights: Path) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealdesk.settings.test")
    import django

    django.setup()
    from promises import learned
    from promises.tagging import DEFAULT_RULES, Tagger
    from promises.wording import lint

    tagger = Tagger(DEFAULT_RULES, learned=learned.Learned(json.loads(weights.read_text())))
    out = {}
    for i, row in _writer().items():
        result = tagger.tag(row["text"])
        out[i] = {
            "vague": bool(lint(row["text"])),
            "categories": result.categories,
            "flags": result.flags,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weights", type=Path, help="a learned reading's weights file")
    args = parser.parse_args()
    writer = _writer()
    labellers = {
        name: {r["id"]: r for r in _load(SEALED / "relabel" / f"{name}.jsonl")}
        for name in ("labeller1", "labeller2")
    }
    for name, rows in labellers.items():
        _against_writer(name, writer, rows)
    one, two = labellers["labeller1"], labellers["labeller2"]
    clear = [i for i in writer if not any(r[i]["vague"] for r in (writer, one, two))]
    same = _exact(one, two, clear)
    print(f"labeller1 vs labeller2: category sets {same / len(clear):.3f} ({same} of {len(clear)})")
    if args.weights:
        tagged = _tagger(args.weights)
        _against_writer("tagger", writer, tagged)
        ids = [i for i in clear if not tagged[i]["vague"]]
        for name, rows in labellers.items():
            same = _exact(tagged, rows, ids)
            print(f"tagger vs {name}: category sets {same / len(ids):.3f} ({same} of {len(ids)})")
        missed = [i for i in ids if frozenset(tagged[i]["categories"]) not in _allowed(writer[i])]
        sided = sum(
            all(
                frozenset(r[i]["categories"]) == frozenset(tagged[i]["categories"])
                for r in labellers.values()
            )
            for i in missed
        )
        print(
            f"tagger's misses against the writer: {len(missed)}; both labellers read "
            f"{sided} of them as the tagger did"
        )


if __name__ == "__main__":
    main()
