"""How the learned second reading (promises/learned.py) does on asks it never saw.

Run from the repository root:

    python bench/learned_lobo.py [--parts 2]

Leave one batch out over the sealed batches (tests/data/sealed/asks_batch*.jsonl): each
batch is read by the shipped tagger with a learned reading trained exactly as
``train_fallback --learned-from`` trains it, but without that batch (the labelled,
held-out, probe and counts-only files, and the other sealed batches). The rules were
never tuned on a sealed batch, so each batch's figure is what the reading would have
done on it at first sight. Prints category-set accuracy per batch and pooled, for the
tagger without the reading (the word counts' second reading, as before) and with it;
never an ask's text. Takes about five minutes on two cores (``--parts 2``).
"""

from __future__ import annotations

import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
COUNTED = ("asks_labelled", "asks_heldout", "asks_clear_probe", "asks_counts_only")


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealdesk.settings.test")
    import django

    django.setup()


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _batches() -> dict[int, list[dict]]:
    found = {}
    for path in sorted((DATA / "sealed").glob("asks_batch*.jsonl")):
        number = int(re.search(r"(\d+)", path.name).group(1))  # type: ignore[union-attr]
        found[number] = [r for r in _load(path) if not r["vague"]]
    return found


def _hit(categories: list[str], row: dict) -> bool:
    allowed = [set(row["categories"]), *(set(a) for a in row.get("accept", []))]
    return set(categories) in allowed


def _part(numbers: list[int]) -> list[tuple[int, int, int, int]]:
    _setup()
    from promises import learned
    from promises.tagging import DEFAULT_RULES, Tagger

    counted = [r for name in COUNTED for r in _load(DATA / f"{name}.jsonl")]
    batches = _batches()
    order = [(number, row) for number, rows in batches.items() for row in rows]
    examples, weights = learned.training_examples(counted, [row for _, row in order])
    fresh = len(examples) - len(order)
    before = Tagger(DEFAULT_RULES, learned=False)
    out = []
    for number in numbers:
        keep = [n < fresh or order[n - fresh][0] != number for n in range(len(examples))]
        pairs = [(e, w) for e, w, k in zip(examples, weights, keep, strict=True) if k]
        model = learned.train([e for e, _ in pairs], [w for _, w in pairs])
        after = Tagger(DEFAULT_RULES, learned=learned.Learned(model))
        rows = batches[number]
        out.append(
            (
                number,
                len(rows),
                sum(_hit(before.tag(r["text"]).categories, r) for r in rows),
                sum(_hit(after.tag(r["text"]).categories, r) for r in rows),
            )
        )
        print(f"  batch {number}: done", file=sys.stderr, flush=True)
    return out


def main() -> None:
    parts = int(sys.argv[sys.argv.index("--parts") + 1]) if "--parts" in sys.argv else 2
    numbers = sorted(_batches())
    with ProcessPoolExecutor(parts) as pool:
        shares = [numbers[i::parts] for i in range(parts)]
        results = sorted(r for rs in pool.map(_part, shares) for r in rs)
    total = sum(n for _, n, _, _ in results)
    print(f"{'batch':>6} {'clear':>6} {'before':>7} {'after':>7}")
    for number, n, before, after in results:
        print(f"{number:>6} {n:>6} {before / n:>7.3f} {after / n:>7.3f}")
    hits_before = sum(b for _, _, b, _ in results)
    hits_after = sum(a for _, _, _, a in results)
    print(
        f"pooled {total:>6} {hits_before / total:>7.3f} {hits_after / total:>7.3f} "
        f"({hits_before} -> {hits_after} asks tagged right)"
    )


if __name__ == "__main__":
    main()
