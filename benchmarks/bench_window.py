"""Window shown after launch, on the 100,000-fact store (budget < 1.5 s).

    uv run python benchmarks/bench_window.py [--store PATH] [--runs N]

Each run starts a fresh interpreter (as a double-click does), builds the main window on
the store, shows it, and records the moment the first paint has happened; a second mark
records when the store has answered (pairs loaded and shown in the picker). Times are from
process launch. Runs offscreen unless a display is available.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHILD = r"""
import sys, time
from pathlib import Path
from briefer.ui.app import build_main_window, ensure_application
from PySide6.QtCore import QTimer
app = ensure_application([])
window = build_main_window(Path(sys.argv[1]))
window.show()
def shown():
    print("shown", time.time(), flush=True)
def ready():
    print("ready", time.time(), flush=True)
    QTimer.singleShot(0, app.quit)
window.ready.connect(ready)
QTimer.singleShot(0, shown)  # runs after the first paint events are processed
window.start()
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "briefer-bench-100k.sqlite"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.store.exists():
        from benchmarks.synthetic import build_store

        print(f"building the synthetic store ({build_store(args.store):.0f} s)")
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["BRIEFER_HOME"] = tempfile.mkdtemp(prefix="briefer-bench-home-")
    shown, ready = [], []
    for _ in range(args.runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.store)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=60,
        ).stdout
        marks = dict(line.split() for line in out.splitlines() if line[:5] in ("shown", "ready"))
        shown.append(float(marks["shown"]) - started)
        ready.append(float(marks["ready"]) - started)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'display ' + env.get('DISPLAY', ''))}")
    print(
        f"window shown: median {statistics.median(shown):.2f} s, max {max(shown):.2f} s "
        f"(budget 1.5 s: {'met' if statistics.median(shown) < 1.5 else 'NOT met'})"
    )
    print(
        f"store answered (pairs loaded): median {statistics.median(ready):.2f} s, "
        f"max {max(ready):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
