"""Measuring the wording lint and the tagger on a set of labelled asks: accuracy of the
category sets and flags, vague recall and clear asks refused, and the report printed.

Shared by tests/promises/test_labelled_quality (which re-exports these helpers and holds
each set to its thresholds) and test_clear_probe.
"""

import json
from pathlib import Path
from typing import Any

from promises.tagging import DEFAULT_RULES, FLAGS, Tagger
from promises.wording import lint


def _measure(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tagger = Tagger(DEFAULT_RULES)
    clear = [r for r in rows if not r["vague"]]
    vague = [r for r in rows if r["vague"]]
    category_hits = flag_hits = 0
    misses: list[str] = []
    refused = [r["text"] for r in clear if lint(r["text"])]
    for row in clear:
        result = tagger.tag(row["text"])
        allowed = [set(row["categories"]), *(set(a) for a in row.get("accept", []))]
        if set(result.categories) in allowed:
            category_hits += 1
        else:
            misses.append(f"categories {result.categories} for {row['text']!r}")
        expected_flags = [f for f in FLAGS if f in row.get("flags", [])]
        if result.flags == expected_flags:
            flag_hits += 1
        else:
            misses.append(f"flags {result.flags} for {row['text']!r}")
    passed_vague = [r["text"] for r in vague if not lint(r["text"])]
    return {
        "category_accuracy": category_hits / len(clear),
        "flag_accuracy": flag_hits / len(clear),
        # A set of clear asks only (the clear probe) has no vague ask to pass: none passed.
        "vague_recall": (len(vague) - len(passed_vague)) / len(vague) if vague else 1.0,
        "clear_refused": refused,
        "vague_passed": passed_vague,
        "misses": misses,
        "clear": len(clear),
        "vague": len(vague),
    }


def _report(name: str, figures: dict[str, Any], with_texts: bool = True) -> str:
    """The figures, then (with_texts) each refused, passed or missed ask's text."""
    lines = [
        f"{name}: {figures['clear']} clear, {figures['vague']} vague asks",
        f"  category-set accuracy {figures['category_accuracy']:.3f}",
        f"  flag accuracy         {figures['flag_accuracy']:.3f}",
        f"  vague recall          {figures['vague_recall']:.3f}",
        f"  clear asks refused    {len(figures['clear_refused'])}",
    ]
    if with_texts:
        lines += [
            *(f"  refused: {t}" for t in figures["clear_refused"]),
            *(f"  vague passed: {t}" for t in figures["vague_passed"]),
            *(f"  miss: {m}" for m in figures["misses"]),
        ]
    return "\n".join(lines)


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _check(name: str, rows: list[dict[str, Any]]) -> None:
    figures = _measure(rows)
    report = _report(name, figures)
    print(report)
    assert figures["category_accuracy"] >= 0.95, report
    assert figures["flag_accuracy"] >= 0.95, report
    assert figures["vague_recall"] >= 0.90, report
    assert figures["clear_refused"] == [], report
