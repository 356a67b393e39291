"""The app at scale: window shown, first search, quitting (budgets < 1 s, < 1.5 s, < 1 s wait).

    uv run python benchmarks/bench_window.py [--store PATH] [--size N] [--runs N] [--change]
                                             [--words "ac ao"]

Each run starts a fresh process the way the ``briefer`` command starts the app
(``briefer.cli.main`` → ``app_launch.launch`` → ``ui.app.run``: settings, background backups,
quitting included). The only addition is a hook on ``Controller.build_window`` that prints
marks: the first event-loop turn after the window is shown, the moment the store has
answered (pairs loaded: the window's ``ready`` signal), the first search (words typed in the
fact browser as soon as the store answered, and the moment its results are shown), and the
moment quitting is asked for; the time from that last mark to the end of the process is
what quitting costs.
With ``--change`` each run saves a new brief before quitting, so the app has a change to
back up on its way out (a large store: a detached backup process, never waited for).
Peak memory (max RSS) is GNU time's figure for the app process.

Runs offscreen unless a display is available, under a scratch ``BRIEFER_HOME`` that is
removed at the end; the synthetic store is built in a scratch folder unless ``--store`` is
given (``--size`` facts, default 100,000).
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
from benchmarks.bench_process import wait_for_backups

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from briefer.ui import app as ui_app

change = sys.argv[2] == "change"
WORDS = sys.argv[3]
original = ui_app.Controller.build_window

def build_window(self):
    window = original(self)
    QTimer.singleShot(0, lambda: print("shown", time.time(), flush=True))

    def ready():
        window.ready.disconnect(ready)  # the first answer only (a later reload emits it again)
        print("ready", time.time(), flush=True)
        # The officer's first search, typed in the fact browser of a VN-CL brief as soon as
        # the store answered (showing a pair's brief sets the browser's pair and searches).
        window.browser.query.setText(WORDS)
        print("asked", time.time(), flush=True)
        window.browser.set_pair("VN-CL", "vi")

    def searched(query, count):
        if query != WORDS:
            return  # the browser's own listing before the officer typed
        print("searched", time.time(), count, flush=True)
        window.browser.searched.disconnect(searched)
        if change:
            self.services.new_brief("VN-CL")
        print("quit", time.time(), flush=True)
        QTimer.singleShot(0, window.close)

    window.ready.connect(ready)
    window.browser.searched.connect(searched)
    return window

ui_app.Controller.build_window = build_window
from briefer.cli import main
raise SystemExit(main(["--store", sys.argv[1]]))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, help="an existing store (default: build one)")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--change", action="store_true", help="save a brief before quitting")
    # Two common words of the synthetic text (benchmarks/synthetic.py): a search with many
    # hits, as an officer's first search of a pair usually is.
    parser.add_argument("--words", default="ac ao", help="the first search's words")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-window-"))
    try:
        store = args.store
        if store is None:
            from benchmarks.synthetic import build_store

            store = work / "store.sqlite"
            seconds = build_store(store, facts=args.size, sources=max(1000, args.size // 5))
            print(f"built a {args.size:,}-fact store in {seconds:.0f} s")
        env = dict(os.environ, BRIEFER_HOME=str(scratch_home()))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled bytecode, kept
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        marks: dict[str, list[float]] = {
            "shown": [], "ready": [], "searched": [], "answer": [], "quit": [], "peak": []
        }  # fmt: skip
        timed = Path("/usr/bin/time").exists()
        found: list[int] = []  # facts the first search showed, per run
        for run in range(args.runs + 1):  # the first run writes the bytecode: not counted
            started = time.time()
            peak_file = work / "peak.txt"
            child = subprocess.Popen(
                [
                    *(["/usr/bin/time", "-f", "%M", "-o", str(peak_file)] if timed else []),
                    sys.executable,
                    "-c",
                    CHILD,
                    str(store),
                    "change" if args.change else "-",
                    args.words,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                text=True,
            )
            out = child.stdout.read() if child.stdout else ""
            _pid, _status, usage = os.wait4(child.pid, 0)
            ended = time.time()
            # The backup the app handed to a detached process on quitting: let it finish
            # (it would compete with the next run, and it writes into the scratch home).
            waited = wait_for_backups(store)
            seen = dict(
                line.split()[:2]
                for line in out.splitlines()
                if line.split()[:1] in (["shown"], ["ready"], ["asked"], ["searched"], ["quit"])
            )
            if run == 0:
                continue
            marks["shown"].append(float(seen["shown"]) - started)
            marks["ready"].append(float(seen["ready"]) - started)
            marks["searched"].append(float(seen["searched"]) - started)
            marks["answer"].append(float(seen["searched"]) - float(seen["asked"]))
            found.append(
                int(next(ln.split()[2] for ln in out.splitlines() if ln.startswith("searched")))
            )
            marks["quit"].append(ended - float(seen["quit"]))
            peak = usage.ru_maxrss / 1024  # counts this process's pages copied at fork
            if timed:
                peak = int(peak_file.read_text().split()[-1]) / 1024
            marks["peak"].append(peak)
        print(f"platform: {env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))}")
        # (mark, label, budget in seconds, judged on the slowest run: "never waits > 1 s")
        for key, label, budget, on_max in (
            ("shown", "window shown after launch", 1.0, False),
            ("ready", "store answered (pairs loaded)", None, False),
            ("searched", "first search answered, after launch", 1.5, False),
            (
                "answer",
                f"first search answered, after asking ({min(found)} facts shown)",
                None,
                False,
            ),
            ("quit", "quitting (asked → process ended)", 1.0, True),
        ):
            median = statistics.median(marks[key])
            judged = max(marks[key]) if on_max else median
            verdict = (
                f" (budget {budget:g} s{', every run' if on_max else ''}: "
                f"{'met' if judged < budget else 'NOT met'})"
                if budget
                else ""
            )
            runs = " ".join(f"{v:.2f}" for v in marks[key])
            print(f"{label}: median {median:.2f} s, max {max(marks[key]):.2f} s{verdict} [{runs}]")
        print(f"peak memory of the app: {max(marks['peak']):.0f} MB (budget 200 MB)")
        print(f"the detached backup after the last run took {waited:.1f} s after quitting")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
