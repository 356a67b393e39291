"""Search latency on a store of 100,000 facts and 20,000 sources, beside raw FTS5.

    uv run python benchmarks/bench_search.py [--store PATH] [--rebuild] [--process]

Builds the synthetic store once (kept in the temp folder), then runs 200 queries —
accented, unaccented and prefix (search-as-you-type) — through the same calls the app and
``briefer search`` make, and, in the same run on the same store, through the raw FTS5
query a developer would write for the same words: the folded terms ANDed (the last one a
prefix), ranked by FTS5's own bm25, the top rows joined to their text. Budget (DESIGN.md
§7): accent-insensitive search p95 ≤ 2× the raw FTS5 query's p95. For scale it also prints
the bare, unranked match (the newest rowids, no text), which no search box could show as is.
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
from briefer.store.query import parse_query
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
    parser.add_argument(
        "--process", action="store_true", help="also time whole `briefer search` processes"
    )
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

    def raw(table: str, text_sql: str, limit: int, q: str) -> list[tuple[object, ...]]:
        expression = parse_query(q).fts()
        return db.execute(
            f"SELECT t.id, {text_sql} FROM (SELECT rowid AS id FROM {table} "
            f"WHERE {table} MATCH ? ORDER BY rank LIMIT {limit}) AS w "
            f"JOIN {'fact' if table == 'fact_fts' else 'source'} t ON t.id = w.id",
            [expression],
        ).fetchall()

    def newest(table: str, limit: int, q: str) -> list[tuple[object, ...]]:
        return db.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT {limit}",
            [parse_query(q).fts()],
        ).fetchall()

    # What each pane of the app calls, each beside its raw FTS5 peer: the fact browser
    # searches facts as the officer types; the source pane searches sources; the CLI's
    # `briefer search` does both.
    calls = {
        "facts": (
            lambda q: search_facts(db, q, limit=20),
            lambda q: raw("fact_fts", "t.statement_vi", 20, q),
        ),
        "sources": (
            lambda q: search_sources(db, q, limit=5),
            lambda q: raw("source_fts", "t.title, t.body", 5, q),
        ),
        "both": (
            lambda q: services.search(q, limit=20),
            lambda q: (
                raw("fact_fts", "t.statement_vi", 20, q)
                + raw("source_fts", "t.title, t.body", 5, q)
            ),
        ),
    }
    work = queries()
    for name, (call, peer) in calls.items():
        timings: dict[str, list[float]] = {"accented": [], "unaccented": [], "prefix": []}
        raw_ms: list[float] = []
        unranked_ms: list[float] = []
        counts = []
        # Interleaved, query by query: both feel the same machine load.
        for kind, text in work:
            started = time.perf_counter()
            hits = call(text)
            timings[kind].append((time.perf_counter() - started) * 1000)
            counts.append(len(hits))
            started = time.perf_counter()
            peer(text)
            raw_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            if name != "sources":
                newest("fact_fts", 20, text)
            if name != "facts":
                newest("source_fts", 5, text)
            unranked_ms.append((time.perf_counter() - started) * 1000)
        everything = [t for values in timings.values() for t in values]
        print(f"\n{name}: mean hits per query {statistics.mean(counts):.1f}")
        print(f"  {'queries':<11} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        rows = [
            *timings.items(),
            ("all", everything),
            ("raw FTS5", raw_ms),
            ("unranked", unranked_ms),
        ]
        for kind, values in rows:
            print(
                f"  {kind:<11} {len(values):>4} {statistics.median(values):>8.2f} "
                f"{percentile(values, 95):>8.2f} {max(values):>8.2f}"
            )
        p95, raw95 = percentile(everything, 95), percentile(raw_ms, 95)
        ratio = p95 / raw95
        print(
            f"  p95 {p95:.2f} ms = {ratio:.2f}x raw FTS5 ({raw95:.2f} ms); "
            f"budget <= 2x: {'met' if ratio <= 2 else 'NOT met'}; "
            f"{p95 / percentile(unranked_ms, 95):.1f}x the unranked match (rowids only)"
        )
    if args.process:
        whole_process(args.store, work[:30])
    return 0


def whole_process(store: Path, work: list[tuple[str, str]]) -> None:
    """`briefer search` as a user meets it — a whole process — beside the sqlite3 shell
    running the raw FTS5 query for the same words on the same store."""
    import os
    import shutil
    import subprocess

    if shutil.which("sqlite3") is None:
        print("\nwhole process: sqlite3 shell not found; skipped")
        return
    env = dict(os.environ)
    ours: list[float] = []
    shell: list[float] = []
    for _kind, text in work:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "briefer", "search", text, "--json", "--store", str(store)],
            check=True, capture_output=True, env=env,
        )  # fmt: skip
        ours.append((time.perf_counter() - started) * 1000)
        expression = (parse_query(text).fts() or "").replace("'", "''")
        sql = (
            "SELECT f.statement_vi FROM fact_fts JOIN fact f ON f.id = fact_fts.rowid "
            f"WHERE fact_fts MATCH '{expression}' ORDER BY fact_fts.rank LIMIT 20; "
            "SELECT s.title FROM source_fts JOIN source s ON s.id = source_fts.rowid "
            f"WHERE source_fts MATCH '{expression}' ORDER BY source_fts.rank LIMIT 5;"
        )
        started = time.perf_counter()
        subprocess.run(["sqlite3", str(store), sql], check=True, capture_output=True)
        shell.append((time.perf_counter() - started) * 1000)
    print(f"\nwhole process, {len(work)} queries: p50 / p95 ms")
    print(f"  briefer search --json   {statistics.median(ours):8.1f} {percentile(ours, 95):8.1f}")
    print(f"  sqlite3 raw FTS5 query  {statistics.median(shell):8.1f} {percentile(shell, 95):8.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
