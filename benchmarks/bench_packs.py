"""Fact packs at scale: export and import of a 100,000-fact pack.

    uv run python benchmarks/bench_packs.py [--store PATH] [--rebuild] [--check]

Builds the synthetic store once (100,000 facts, 20,000 sources; kept in the temp folder),
then prints, first as whole processes (``briefer pack export`` of every fact, then
``briefer pack import`` of that pack into an empty store, as a user runs them: wall and CPU
seconds and the peak RSS of each process, measured by GNU time), then in this process:
seconds for exporting every fact to a pack, importing it into an empty store, a dry run of
the same pack on that store, and importing it again (everything unchanged). Also the pack's
size, the load average and the peak memory of this process. ``--check`` runs
``briefer check`` on the imported store afterwards; ``--whole-only`` skips the in-process runs.

In-process timings cover the export and import calls only (not opening the stores, which
makes the automatic backup). Progress gaps show how long the UI would go without an update.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# Before briefer loads: a scratch BRIEFER_HOME (removed at the end), never the user's folder.
import benchmarks  # noqa: F401
from benchmarks.bench_process import briefer_command, run_once
from benchmarks.synthetic import build_store
from briefer.services import init_store
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.sync.pack_export import export_pack
from briefer.sync.pack_import import import_pack


def peak_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


class Clock:
    """Wall and CPU seconds of a block (CPU time is what a busy machine does not inflate)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s wall, {self.cpu:6.2f} s CPU"


def whole_processes(store: Path, work: Path) -> None:
    """``briefer pack export`` of every fact of ``store``, then ``briefer pack import`` of that
    pack into an empty store: each a process of its own, as a user runs it."""
    env = dict(os.environ)  # the scratch BRIEFER_HOME (benchmarks/__init__.py)
    pack = work / "cli.pack"
    command = [*briefer_command(), "--store"]
    wall, peak, cpu = run_once([*command, str(store), "pack", "export", "--out", str(pack)], env)
    print(
        f"briefer pack export:        {wall:6.2f} s wall, {cpu:6.2f} s CPU, peak {peak:4.0f} MB "
        f"(whole process; {pack.stat().st_size / 1e6:.0f} MB pack)"
    )
    target = work / "cli-target.sqlite"
    init_store(target)
    wall, peak, cpu = run_once([*command, str(target), "pack", "import", str(pack)], env)
    print(
        f"briefer pack import:        {wall:6.2f} s wall, {cpu:6.2f} s CPU, peak {peak:4.0f} MB "
        "(whole process, into an empty store)"
    )
    pack.unlink()
    target.unlink()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--store",
        type=Path,
        default=Path(tempfile.gettempdir()) / "briefer-bench-packs-100k.sqlite",
    )
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--whole-only", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not args.store.exists():
        seconds = build_store(args.store)
        print(f"built synthetic store (100,000 facts, 20,000 sources) in {seconds:.1f} s")
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")

    with tempfile.TemporaryDirectory(prefix="briefer-bench-packs-") as folder:
        work = Path(folder)
        whole_processes(args.store, work)
        if args.whole_only:
            print(f"load average {os.getloadavg()[0]:.1f} at the end")
            return 0
        pack = work / "all.pack"
        source = open_store(args.store)
        with Clock() as clock:
            manifest = export_pack(source, pack, creator="bench")
        source.close()
        print(
            f"export:                     {clock}  ({manifest.counts['facts']:,} facts, "
            f"{manifest.counts['sources']:,} sources, {pack.stat().st_size / 1e6:.0f} MB pack)"
        )

        target_path = work / "officer.sqlite"
        init_store(target_path)
        target = open_store(target_path)
        ticks: list[float] = []

        def progress(done: int, total: int) -> None:
            ticks.append(time.perf_counter())

        with Clock() as clock:
            plan = import_pack(target, pack, actor="bench", progress=progress)
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        print(
            f"import into an empty store: {clock}  (added {len(plan.added):,}; "
            f"{len(ticks)} progress calls, longest gap {max(gaps, default=0):.2f} s)"
        )
        with Clock() as clock:
            dry = import_pack(target, pack, dry_run=True)
        print(f"dry run on that store:      {clock}  (unchanged {len(dry.unchanged):,})")
        with Clock() as clock:
            again = import_pack(target, pack, actor="bench")
        print(
            f"re-import (all unchanged):  {clock}  "
            f"(unchanged {len(again.unchanged):,}, changes {again.changes})"
        )
        if args.check:
            with Clock() as clock:
                report = check_store(target)
            print(f"check: {'ok' if report.ok else report.problems[:3]}  {clock}")
        target.close()
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print(f"peak memory of this process (the in-process runs): {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
