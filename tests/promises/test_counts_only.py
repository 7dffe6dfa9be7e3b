"""Asks that only train the fallback's counts: never read to change a rule.

tests/data/asks_counts_only.jsonl holds batches 95-100 (597 asks: 449 clear, 148 vague),
written in session 12 by independent writers who read only DESIGN.md and the labelled
file, for six industries (inventory and warehouses, healthcare scheduling, property
management, insurance claims, nonprofit fundraising, restaurant ordering). Measured once
at first sight on e3c0698, before any use, as asks nobody had seen (600 rows then; three
copies of other rows were dropped after): 95 0.960 / 1.000 / 0 refused / 0.960, 96 0.907 /
0.987 / 1 / 0.960, 97 0.947 / 0.987 / 2 / 1.000, 98 0.907 / 0.987 / 2 / 1.000, 99 0.947 /
0.973 / 3 / 0.960, 100 0.893 / 0.987 / 0 / 1.000; together 0.927 / 0.987 / 8 refused /
0.980 (category accuracy / flag accuracy / clear asks refused / vague recall).

Then they joined the files the counts are built from (promises/fallback.py,
promises/wording_fallback.py): a learning curve on eighteen batches' first sight had
shown the counts gain about 0.7 of a point of category accuracy for each doubling of
their examples (tests/data/HELDOUT.md), so more examples help a little and cost nothing.
No rule was changed for them and their misses were not read: their figures here are the
counts' in-sample reading, printed, held at the level reached, and not passed off as the
issue's bar (seven clear asks are still refused).
"""

from pathlib import Path

from tests.promises.test_labelled_quality import _load, _measure, _report

COUNTS_ONLY = Path(__file__).resolve().parents[1] / "data" / "asks_counts_only.jsonl"
CATEGORY_FLOOR = 0.962  # 432 of 449 once the counts were trained with them
FLAG_FLOOR = 0.986  # 443 of 449
REFUSED_CEILING = 7
RECALL_FLOOR = 0.979  # 145 of 148


def test_the_counts_only_asks_hold_the_level_reached_and_print_it() -> None:
    rows = _load(COUNTS_ONLY)
    assert {r["batch"] for r in rows} == {95, 96, 97, 98, 99, 100}
    figures = _measure(rows)
    # Figures only: the asks' texts stay unread, even when a floor fails.
    report = _report("counts only", figures, with_texts=False)
    print(report)
    assert figures["category_accuracy"] >= CATEGORY_FLOOR, report
    assert figures["flag_accuracy"] >= FLAG_FLOOR, report
    assert len(figures["clear_refused"]) <= REFUSED_CEILING, report
    assert figures["vague_recall"] >= RECALL_FLOOR, report


def test_the_counts_only_asks_share_no_ask_with_the_other_sets() -> None:
    data = COUNTS_ONLY.parent
    texts = [r["text"] for r in _load(COUNTS_ONLY)]
    assert len(set(texts)) == len(texts)
    for other in ("asks_labelled.jsonl", "asks_heldout.jsonl", "asks_clear_probe.jsonl"):
        assert not set(texts) & {r["text"] for r in _load(data / other)}, other


def test_the_counts_only_report_names_no_ask() -> None:
    rows = _load(COUNTS_ONLY)
    report = _report("counts only", _measure(rows), with_texts=False)
    assert not any(r["text"] in report for r in rows)
