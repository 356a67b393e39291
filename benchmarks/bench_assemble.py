"""Assembling a full brief (budget < 50 ms at 100,000 facts, < 100 ms at 300,000).

    uv run python benchmarks/bench_assemble.py [--sizes 100000,300000] [--cache DIR]

Each synthetic store holds 20 pairs, so a pair has about 5,000 facts at 100,000 and 15,000
at 300,000. The timing covers what "New brief" does in the app (``Services.assemble``):
read from the store the pair's approved facts that the brief can use (every fact with a
metric, value or date, and each topic's first plain statements), assemble the state-visit
brief (choice, ranking, conflicts, staleness, computed lines) and its warnings. The synthetic
facts are all plain statements, so the last column gives the upper bound: the same brief
assembled from every approved fact of the pair, as when all of them have a shape. Wall time
and CPU time of this process are both given: on a shared machine the wall time also counts
waiting for a core. Stores are built in a scratch folder (removed at the end) unless
``--cache`` keeps them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import build_store
from briefer.assemble import assemble_brief
from briefer.domain.brief import Brief
from briefer.services import Services
from briefer.store import facts as fact_store

PAIRS = ("VN-CL", "VN-PE", "VN-JP", "VN-US", "VN-FR")


def every_fact(services: Services, pair: str) -> Brief:
    """The brief from all the pair's approved facts: what assembly costs when every fact has
    a shape (metric, value or date), so none can be left in the store (the upper bound)."""
    db = services.db()
    the_pair = fact_store.get_pair(db, pair)
    assert the_pair is not None
    facts = fact_store.list_facts(db, pair=pair, status="approved", with_citations=False)
    return assemble_brief(the_pair, "state-visit", "vi", date(2026, 11, 24), facts)


def bench(store: Path, size: int) -> float:
    services = Services(store)
    services.assemble("VN-PE", "state-visit", "vi", date(2026, 11, 24))  # warm caches
    rows = []
    for pair in PAIRS:
        walls, cpus, all_cpus = [], [], []
        for _ in range(7):
            wall, cpu = time.perf_counter(), time.process_time()
            brief = services.assemble(pair, "state-visit", "vi", date(2026, 11, 24))
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        for _ in range(3):
            cpu = time.process_time()
            every = every_fact(services, pair)
            all_cpus.append((time.process_time() - cpu) * 1000)
        assert every.sections == brief.sections, pair  # the same brief either way
        facts = services.pairs()
        count = next(p.fact_count for p in facts if p.code == pair)
        rows.append((pair, count, len(brief.items()), statistics.median(walls), min(walls),
                     statistics.median(cpus), statistics.median(all_cpus)))  # fmt: skip
    services.close()
    budget = 50 if size <= 100_000 else 100
    print(f"{size:,} facts (budget < {budget} ms)")
    print(
        f"  {'pair':<7} {'facts':>6} {'items':>6} {'wall median':>12} {'wall min':>9} {'CPU':>7}"
        f"  {'CPU reading every fact':>22}"
    )
    for pair, count, items, median, best, cpu, every_cpu in rows:
        print(
            f"  {pair:<7} {count:>6} {items:>6} {median:>9.1f} ms {best:>6.1f} ms {cpu:>4.0f} ms"
            f"  {every_cpu:>19.0f} ms"
        )
    worst = max(r[3] for r in rows)
    worst_cpu = max(r[5] for r in rows)
    print(
        f"  slowest pair: wall median {worst:.1f} ms, CPU {worst_cpu:.1f} ms: "
        f"{'met' if worst < budget else 'met in CPU time' if worst_cpu < budget else 'NOT met'}"
    )
    return worst


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,300000")
    parser.add_argument("--cache", type=Path, help="keep the built stores here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-assemble-"))
    folder = args.cache or work
    try:
        for size in [int(s) for s in args.sizes.split(",") if s]:
            store = folder / f"store-{size}.sqlite"
            if not store.exists():
                seconds = build_store(store, facts=size, sources=max(1000, size // 5))
                print(f"built the {size:,}-fact store in {seconds:.0f} s")
            bench(store, size)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
