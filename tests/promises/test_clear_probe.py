"""The clear probe: clear asks only, written to find what the wording lint refuses.

tests/data/asks_clear_probe.jsonl holds batches 85-88 (598 clear asks, no vague ones),
written by independent writers who read only DESIGN.md and the labelled file, asked
for concrete asks said the way reps say them (soft-looking words used concretely,
conditions, negations, reported speech, jargon) across sixteen industries. First seen
at 0.875 category accuracy, 0.965 flag accuracy and 4 clear asks refused; one round by
word family and sentence shape followed, then a second pass on the families that recurred
in what was left (tests/data/HELDOUT.md).

Held here to the issue's point that no clear ask is refused, and to flag accuracy
>= 0.95. Category accuracy was 0.925 (553 of 598) after the first round and is 0.946 (566
of 598; flags 0.982, 587 of 598) after the second pass: still under the 0.95 that the
labelled-style sets meet, so it is held where it stands (a floor that a later round may
raise, never lower) and printed, not passed off as meeting the bar.
"""

from pathlib import Path

from tests.promises.test_labelled_quality import _load, _measure, _report

PROBE = Path(__file__).resolve().parents[1] / "data" / "asks_clear_probe.jsonl"
CATEGORY_FLOOR = 0.958  # 573 of 598 after the fallback thresholds of session 12; the bar is 0.95


def test_no_clear_ask_of_the_probe_is_refused_and_tags_hold_their_level() -> None:
    rows = _load(PROBE)
    assert rows and not any(r["vague"] for r in rows)
    assert {r["batch"] for r in rows} == {85, 86, 87, 88}
    figures = _measure(rows)
    report = _report("clear probe", figures)
    print(report)
    assert figures["clear_refused"] == [], report
    assert figures["flag_accuracy"] >= 0.95, report
    assert figures["category_accuracy"] >= CATEGORY_FLOOR, report


def test_the_probe_shares_no_ask_with_the_other_sets() -> None:
    data = PROBE.parent
    probe = {r["text"] for r in _load(PROBE)}
    others = {r["text"] for name in ("asks_labelled.jsonl", "asks_heldout.jsonl")
              for r in _load(data / name)}  # fmt: skip
    assert len(probe) == len(_load(PROBE)) and not probe & others
