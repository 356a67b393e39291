"""Benchmarks: each script prints its figures (see README "Performance").

They run under a scratch BRIEFER_HOME unless one is given, so the automatic backups and logs
of the synthetic stores never land in the user's own Briefer folder; a scratch home made here
is removed when the benchmark ends (with the backups written into it).
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path

_made: list[Path] = []


def scratch_home() -> Path:
    """The BRIEFER_HOME the benchmarks (and the processes they start) use."""
    return Path(os.environ["BRIEFER_HOME"])


def _remove_scratch() -> None:
    for folder in _made:
        shutil.rmtree(folder, ignore_errors=True)


if not os.environ.get("BRIEFER_HOME"):
    _made.append(Path(tempfile.mkdtemp(prefix="briefer-bench-home-")))
    os.environ["BRIEFER_HOME"] = str(_made[0])
    atexit.register(_remove_scratch)

# A benchmark stopped with SIGTERM still removes its scratch folders (finally, atexit).
if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
