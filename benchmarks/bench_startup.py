"""Start-up of the read commands: this tree against an earlier revision, timed interleaved.

    uv run python benchmarks/bench_startup.py --before REV [--facts 300000] [--runs 9]
                                              [--store PATH]

Each read command (`pairs`, `facts`, `search`, all with ``--json``) runs as a fresh process
from the earlier revision's code and from this tree's, one after the other, ``--runs`` times:
the load of the machine falls on both alike. Both read the same store, in two copies: the
earlier revision builds it with its own ``benchmarks/synthetic.py`` (or ``--store`` names a
store it can open), and this tree's copy is upgraded by its first opening, before the timing.
Bytecode is cached, as in an installed Briefer. Printed: the median wall and CPU time of each
process, and whether the two printed byte for byte the same document. The earlier code, the
stores and the bytecode live in one scratch folder, removed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import scratch_home  # sets BRIEFER_HOME before briefer loads

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = {
    "pairs --json": ["pairs", "--json"],
    "facts --pair VN-CL --topic economic": [
        *("facts", "--pair", "VN-CL", "--topic", "economic", "--json"),
    ],
    "search 'Việt Nam'": ["search", "Việt Nam", "--json"],
}


def run(tree: Path, store: Path, argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one ``python -m briefer`` process from ``tree``."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "briefer", *argv, "--store", str(store)],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} failed in {tree}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def output(tree: Path, store: Path, argv: list[str], env: dict[str, str]) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "briefer", *argv, "--store", str(store)],
        cwd=tree,
        env=env,
        capture_output=True,
        check=True,
    )
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="the earlier git revision")
    parser.add_argument("--facts", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--store", type=Path, help="a store the earlier revision can open")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="briefer-startup-"))
    try:
        before = work / "before"
        before.mkdir()
        archive = subprocess.run(
            ["git", "archive", args.before, "briefer", "benchmarks"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        env = dict(os.environ, BRIEFER_HOME=str(scratch_home()))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Briefer runs from bytecode
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")

        old_store, new_store = work / "before.sqlite", work / "now.sqlite"
        if args.store:
            for suffix in ("", "-wal"):
                if Path(f"{args.store}{suffix}").exists():
                    shutil.copyfile(f"{args.store}{suffix}", f"{old_store}{suffix}")
        else:
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sys; from pathlib import Path; "
                    "from benchmarks.synthetic import build_store; "
                    "build_store(Path(sys.argv[1]), facts=int(sys.argv[2]), "
                    "sources=max(1000, int(sys.argv[2]) // 5))",
                    str(old_store),
                    str(args.facts),
                ],
                cwd=before,
                env=env,
                check=True,
            )
            print(f"built the store in {time.perf_counter() - started:.0f} s", flush=True)
        # Settle the earlier copy (its first opening records its state), then copy it for
        # this tree, whose first opening upgrades it (a backup first, not timed).
        output(before, old_store, ["pairs"], env)
        for suffix in ("", "-wal"):
            if Path(f"{old_store}{suffix}").exists():
                shutil.copyfile(f"{old_store}{suffix}", f"{new_store}{suffix}")
        output(ROOT, new_store, ["pairs"], env)

        print(f"2 cores, load {os.getloadavg()[0]:.1f} at start; runs: {args.runs}")
        print(f"{'command (whole process)':<38} {'before: wall / CPU':>20} {'now: wall / CPU':>20}")
        for name, argv in COMMANDS.items():
            same = output(before, old_store, argv, env) == output(ROOT, new_store, argv, env)
            times: dict[str, list[tuple[float, float]]] = {"before": [], "now": []}
            for _ in range(args.runs):
                times["before"].append(run(before, old_store, argv, env))
                times["now"].append(run(ROOT, new_store, argv, env))
            cells = []
            for label in ("before", "now"):
                wall = statistics.median(t[0] for t in times[label])
                cpu = statistics.median(t[1] for t in times[label])
                cells.append(f"{wall:.3f} s / {cpu:.3f} s")
            print(
                f"{name:<38} {cells[0]:>20} {cells[1]:>20}"
                f"   output {'the same' if same else 'DIFFERS'}",
                flush=True,
            )
        print(f"load {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
