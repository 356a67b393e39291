"""The editor's desk on a big store: loading the review queue with its duplicate checks,
opening one draft, and one decision with its undo.

    uv run python benchmarks/bench_desk.py [--store PATH] [--facts N]

The synthetic store (``benchmarks/synthetic.py``, about N / 20 approved facts per pair,
each with a citation) gets a real article imported into one of its pairs (the seed on
Việt Nam – Peru), so each draft is compared with every approved fact of that pair. The
timings are in-process (services calls, as the UI makes them from its worker thread):
what the editor waits for after each keystroke is one decision plus one queue reload.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import build_store  # noqa: E402
from briefer.services import Services  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "ingest" / "seeds"


def timed(call, runs: int = 7) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--facts", type=int, default=100_000)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="briefer-bench-desk-"))
    try:
        base = args.store or scratch / "base.sqlite"
        if not base.exists():
            print(f"building the synthetic store ({build_store(base, facts=args.facts):.0f} s)")
        store = scratch / "desk.sqlite"
        shutil.copyfile(base, store)
        import os

        os.environ["BRIEFER_HOME"] = str(scratch / "home")
        services = Services(store, demo_on_first_run=False)
        article = sorted(SEED.glob("001_*.txt"))[0]
        report = services.import_files([article])[0]
        pair = report.candidates[0].pair
        approved = len(services.facts(pair, status="approved"))
        drafts = len(services.review_queue(pair))
        print(f"pair {pair}: {approved} approved facts, {drafts} drafts from one article")
        queue = services.desk_queue()
        flagged = sum(1 for item in queue if item.duplicates)
        rows = [
            ("review queue with duplicate checks", *timed(services.desk_queue)),
            ("progress (sources, sections, no English)", *timed(services.desk_progress)),
            ("one draft (queue entry)", *timed(lambda: services.desk_item(queue[0].fact.uuid))),
        ]

        def open_draft() -> None:
            services.paragraph_of(queue[0].fact)
            services.suggest_english(queue[0].fact)

        rows.append(("its paragraph and English suggestion", *timed(open_draft)))

        def decide_and_undo() -> None:
            services.undo_decision(services.desk_accept([queue[1].fact]))

        rows.append(("accept + undo (two transactions)", *timed(decide_and_undo)))
        print(f"{'step':<40} {'median ms':>10} {'max ms':>8}")
        for name, median, worst in rows:
            print(f"{name:<40} {median:>10.1f} {worst:>8.1f}")
        print(f"drafts marked as repeating an approved fact: {flagged} of {len(queue)}")
        services.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
