"""Search latency on a store of 100,000 facts and 20,000 sources (budget: p95 < 10 ms).

    uv run python benchmarks/bench_search.py [--store PATH] [--rebuild]

Builds the synthetic store once (kept in the temp folder), then runs 200 queries —
accented, unaccented and prefix (search-as-you-type) — through the same service call the
app's fact browser makes, and prints p50/p95/max per kind and overall.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import TextMaker, build_store
from briefer.services import Services
from briefer.store.search import search_facts, search_sources
from briefer.text.fold import fold


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def queries(n: int = 200, seed: int = 3) -> list[tuple[str, str]]:
    maker = TextMaker(seed=11)
    rng = random.Random(seed)
    result: list[tuple[str, str]] = []
    # Words drawn by the same Zipf weights as the text: common and rare words alike.
    for i in range(n):
        words = rng.choices(maker.words, weights=maker.weights, k=rng.randint(1, 3))
        kind = ("accented", "unaccented", "prefix")[i % 3]
        text = " ".join(words)
        if kind == "unaccented":
            text = fold(text)
        elif kind == "prefix":
            last = words[-1]
            text = " ".join([*words[:-1], last[: max(2, len(last) - 1)]])
        result.append((kind, text))
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "briefer-bench-100k.sqlite"
    )
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not args.store.exists():
        seconds = build_store(args.store)
        print(
            f"built synthetic store (100,000 facts, 20,000 sources) in {seconds:.1f} s "
            f"({args.store.stat().st_size / 1e6:.0f} MB)"
        )
    services = Services(args.store)
    db = services.db()
    services.search("khởi động")  # warm the page cache, as a running app would be
    # What each pane of the app calls: the fact browser searches facts as the officer
    # types; the source pane searches sources; the CLI's `briefer search` does both.
    calls = {
        "facts": lambda q: search_facts(db, q, limit=20),
        "sources": lambda q: search_sources(db, q, limit=5),
        "both": lambda q: services.search(q, limit=20),
    }
    for name, call in calls.items():
        timings: dict[str, list[float]] = {"accented": [], "unaccented": [], "prefix": []}
        counts = []
        for kind, text in queries():
            started = time.perf_counter()
            hits = call(text)
            timings[kind].append((time.perf_counter() - started) * 1000)
            counts.append(len(hits))
        everything = [t for values in timings.values() for t in values]
        print(f"\n{name}: mean hits per query {statistics.mean(counts):.1f}")
        print(f"  {'queries':<11} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for kind, values in [*timings.items(), ("all", everything)]:
            print(
                f"  {kind:<11} {len(values):>4} {statistics.median(values):>8.2f} "
                f"{percentile(values, 95):>8.2f} {max(values):>8.2f}"
            )
        p95 = percentile(everything, 95)
        print(f"  budget p95 < 10 ms: {'met' if p95 < 10 else 'NOT met'} ({p95:.2f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
