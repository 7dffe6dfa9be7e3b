"""Throughput and memory of lint + tagging, without Django.

Run from the repository root:  python bench/classify_bench.py [--n 100000] [--workers 2]

Asks cycle through the labelled file plus generated variants (other openings, dates,
terms and hedges appended), so the cost reflects varied wording, not one cached string.
Timing runs without tracemalloc, which would slow it; memory is measured in a second,
traced pass over every distinct ask.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from promises import tagging  # noqa: E402
from promises.classify import classify  # noqa: E402
from promises.tagging import DEFAULT_RULES, Tagger  # noqa: E402
from promises.wording import warm_up  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "asks_labelled.jsonl"
OPENINGS = ("Customer", "Buyer", "Prospect", "The account", "Their finance team")
ENDINGS = (
    "",
    " by June 15",
    " before go-live",
    " at no extra cost",
    " for all 2,000 users",
    ", probably",
    " in Q3 with a 99.9% uptime SLA",
)


def asks() -> list[str]:
    with LABELLED.open(encoding="utf-8") as handle:
        base = [json.loads(line)["text"] for line in handle if line.strip()]
    variants = list(base)
    for text, opening, ending in itertools.product(base, OPENINGS, ENDINGS):
        first, _, rest = text.partition(" ")
        body = rest.rstrip(".") if first in {"Customer", "Buyer", "Prospect"} else text
        variants.append(f"{opening} {body[:1].lower()}{body[1:]}{ending}.")
    return variants


def run(texts: list[str], n: int) -> tuple[int, float]:
    """Classify n asks; return how many were reviewable and the CPU seconds spent."""
    tagger = Tagger(DEFAULT_RULES)
    tagger.compile()  # patterns compile on first use: not part of the per-ask cost
    warm_up()
    reviewable = 0
    cpu_started = time.process_time()
    for text in itertools.islice(itertools.cycle(texts), n):
        reviewable += classify(text, tagger)["reviewable"]
    return reviewable, time.process_time() - cpu_started


def _shares(args: argparse.Namespace) -> list[int]:
    share = [args.n // args.workers] * args.workers
    share[0] += args.n % args.workers
    return share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="asks to classify")
    parser.add_argument("--workers", type=int, default=1, help="processes (one per core)")
    args = parser.parse_args()
    texts = asks()

    started = time.perf_counter()
    tagger = Tagger(DEFAULT_RULES)
    tagger.compile()
    build_ms = (time.perf_counter() - started) * 1000
    warm_up()  # the lint's patterns, compiled before the timing (workers inherit them)

    started = time.perf_counter()
    if args.workers > 1:
        share = _shares(args)
        # Each worker cycles from a different point, so they do not all time the same asks.
        chunks = [texts[i * 97 % len(texts) :] + texts for i in range(args.workers)]
        with multiprocessing.Pool(args.workers) as pool:
            results = pool.starmap(run, zip(chunks, share, strict=True))
    else:
        results = [run(texts, args.n)]
    elapsed = time.perf_counter() - started
    reviewable = sum(r for r, _ in results)
    # CPU time is what the work costs on an otherwise idle core; wall time also counts
    # whatever else the machine is doing.
    cpu_rate = sum(share_n / cpu for share_n, (_, cpu) in zip(_shares(args), results, strict=True))

    re.purge()  # otherwise the traced build reuses regexes compiled above
    tagging._compile.cache_clear()
    tracemalloc.start()
    traced_tagger = Tagger(DEFAULT_RULES)
    for text in texts:
        classify(text, traced_tagger)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

    print(f"rules:           {len(DEFAULT_RULES)} ({len(tagger.invalid)} invalid)")
    print(f"distinct asks:   {len(texts)}")
    print(f"tagger build:    {build_ms:.1f} ms (rules read and patterns compiled)")
    print(f"asks classified: {args.n} with {args.workers} worker(s) in {elapsed:.2f} s")
    print(f"throughput:      {args.n / elapsed:,.0f} asks/s wall clock")
    print(f"                 {cpu_rate:,.0f} asks/s by CPU time (all workers)")
    print(f"mean CPU cost:   {args.workers / cpu_rate * 1e6:.0f} µs per ask")
    print(f"reviewable:      {reviewable / args.n:.1%} of asks")
    print(f"tracemalloc peak (build + one pass): {peak / 1024:,.0f} KiB")
    print(f"ru_maxrss (main process):          {maxrss_kb / 1024:,.1f} MiB")


if __name__ == "__main__":
    main()
