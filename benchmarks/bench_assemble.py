"""Assembling a full brief on the 100,000-fact store (budget < 100 ms), and peak memory.

    uv run python benchmarks/bench_assemble.py [--store PATH]

Each of the 20 synthetic pairs holds about 5,000 facts. The timing covers what "New brief"
does in the app: read the pair's facts with their citations from the store, and assemble
the state-visit brief (choice, ranking, conflicts, staleness, computed lines).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import build_store
from briefer.services import Services


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "briefer-bench-100k.sqlite"
    )
    args = parser.parse_args()
    if not args.store.exists():
        print(f"building the synthetic store ({build_store(args.store):.0f} s)")
    services = Services(args.store)
    services.assemble("VN-PE", "state-visit", "vi", date(2026, 11, 24))  # warm caches
    rows = []
    for pair in ("VN-CL", "VN-PE", "VN-JP", "VN-US", "VN-FR"):
        count = len(services.facts(pair))
        times = []
        for _ in range(7):
            started = time.perf_counter()
            brief = services.assemble(pair, "state-visit", "vi", date(2026, 11, 24))
            times.append((time.perf_counter() - started) * 1000)
        rows.append((pair, count, len(brief.items()), statistics.median(times), max(times)))
    print(f"{'pair':<7} {'facts':>6} {'items':>6} {'median ms':>10} {'max ms':>8}")
    for pair, count, items, median, worst in rows:
        print(f"{pair:<7} {count:>6} {items:>6} {median:>10.1f} {worst:>8.1f}")
    worst_median = max(r[3] for r in rows)
    print(
        f"budget < 100 ms: {'met' if worst_median < 100 else 'NOT met'} "
        f"(slowest pair median {worst_median:.1f} ms)"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS) of this process: {peak_mb:.0f} MB (budget < 400 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
