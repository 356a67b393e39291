"""Search relevance: precision@5 and mean reciprocal rank over the relevance set.

    uv run python benchmarks/bench_relevance.py [--unseen] [--verbose]

Builds the demo store (the demo pack from the seed articles) and the synthetic briefing
store (``relevance_store.py``) in a temporary folder, runs every query of
``relevance/dev.json`` through ``Services.search`` — what ``briefer search`` and the app
call, facts first then source passages — and prints precision@5 and MRR per store, with the
latency of those searches. ``--unseen`` also runs ``relevance/unseen.json`` (the third of
the set kept aside while search was built) and reports it separately.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.relevance_store import build_relevance_store
from briefer.services import Services, init_store
from briefer.store.search import SearchHit

HERE = Path(__file__).resolve().parent / "relevance"
TOP = 20


def _hit_texts(services: Services, hit: SearchHit) -> tuple[str, str]:
    """(fact statement or "", passage or quote text or "") of a hit, read from the store."""
    db = services.db()
    if hit.kind == "fact":
        passage = ""
        if hit.field == "quote" and hit.passage_start is not None:
            body = db.execute("SELECT body FROM source WHERE uuid = ?", [hit.source_uuid])
            passage = body.fetchone()[0][hit.passage_start : hit.passage_end]
        return hit.title, passage
    if hit.field == "title" or hit.passage_start is None:
        return "", hit.title
    body = db.execute("SELECT body FROM source WHERE id = ?", [hit.id]).fetchone()[0]
    return "", body[hit.passage_start : hit.passage_end]


def _satisfies(entry: str, texts: tuple[str, str]) -> bool:
    what, _, needle = entry.partition(": ")
    statement, passage = texts
    if what == "fact":
        return needle in statement
    if what == "passage":
        return needle in passage
    raise ValueError(f"unknown expectation {entry!r}")


def judge(services: Services, item: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    hits = services.search(item["query"], limit=TOP, **item.get("filters", {}))
    elapsed = (time.perf_counter() - started) * 1000
    hits = hits[:TOP]
    texts = [_hit_texts(services, h) for h in hits]
    expect: list[str] = item["expect"]
    found_top5 = sum(1 for e in expect if any(_satisfies(e, t) for t in texts[:5]))
    precision = found_top5 / min(5, len(expect))
    first = next(
        (rank for rank, t in enumerate(texts, 1) if any(_satisfies(e, t) for e in expect)), None
    )
    return {
        "query": item["query"],
        "precision5": precision,
        "rr": 1 / first if first else 0.0,
        "first": first,
        "ms": elapsed,
        "top": [t[0] or t[1] for t in texts[:5]],
    }


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def report(name: str, results: list[dict[str, Any]], verbose: bool) -> None:
    print(f"\n{name}")
    print(f"  {'store':<10} {'queries':>7} {'P@5':>6} {'MRR':>6} {'p50 ms':>7} {'p95 ms':>7}")
    for store in ("demo", "synthetic", "all"):
        rows = [r for r in results if store in ("all", r["store"])]
        if not rows:
            continue
        ms = [r["ms"] for r in rows]
        print(
            f"  {store:<10} {len(rows):>7} {statistics.mean(r['precision5'] for r in rows):>6.3f} "
            f"{statistics.mean(r['rr'] for r in rows):>6.3f} {statistics.median(ms):>7.2f} "
            f"{percentile(ms, 95):>7.2f}"
        )
    for r in results:
        if verbose or r["precision5"] < 1 or r["rr"] < 1:
            print(
                f"    [{r['store']}] {r['query']!r}: P@5 {r['precision5']:.2f}, "
                f"first relevant at {r['first']}"
            )
            if verbose:
                for line in r["top"]:
                    print(f"        - {line[:110]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--unseen", action="store_true", help="also run the unseen third")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="briefer-relevance-"))
    demo_path, synthetic_path = folder / "demo.sqlite", folder / "synthetic.sqlite"
    init_store(demo_path, demo=True)
    counts = build_relevance_store(synthetic_path)
    print(
        f"demo store: the demo pack; synthetic store: {counts['facts']} facts, "
        f"{counts['sources']} sources (built in {folder})"
    )
    stores = {"demo": Services(demo_path), "synthetic": Services(synthetic_path)}
    for services in stores.values():
        services.search("Việt Nam")  # warm up: open the store, fill the page cache
    sets = [("dev (used while building)", "dev.json")]
    if args.unseen:
        sets.append(("unseen (kept aside until the end)", "unseen.json"))
    everything: list[dict[str, Any]] = []
    for name, filename in sets:
        items = json.loads((HERE / filename).read_text(encoding="utf-8"))
        results = [{**judge(stores[item["store"]], item), "store": item["store"]} for item in items]
        everything += results
        report(f"{name}: {len(items)} queries", results, args.verbose)
    if len(sets) > 1:
        report(f"all: {len(everything)} queries", everything, verbose=False)
    for services in stores.values():
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
