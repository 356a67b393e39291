"""The command line as a user runs it: ``python -m briefer …`` in its own process."""

from __future__ import annotations

import os
import subprocess
import sys


def run_briefer(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``briefer ARGS`` in a new process with this environment (plus ``env``); its exit
    code, stdout and stderr, never raising on a failing command."""
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        check=False,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
