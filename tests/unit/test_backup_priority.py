"""The detached automatic backup runs at the lowest CPU priority, so it never slows the user's
next command (briefer/store/backups/priority.py)."""

from __future__ import annotations

import sys

import pytest

from briefer.store.backups.priority import spawn_idle

# The child reports, through its exit status, how the kernel schedules it and whether it
# was detached: its own session, no terminal streams (its output goes nowhere).
_PROBE = (
    "import os, sys, time\n"
    "time.sleep(0.3)  # the parent lowers it just after it starts\n"
    "idle = os.sched_getscheduler(0) == os.SCHED_IDLE\n"
    "own_session = os.getsid(0) == os.getpid()\n"
    "quiet = all(os.path.samefile(f'/proc/self/fd/{fd}', os.devnull) for fd in (0, 1, 2))\n"
    "sys.exit(0 if idle and own_session and quiet else 3)\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SCHED_IDLE is Linux's")
def test_the_backup_process_runs_idle_in_its_own_session_with_no_streams() -> None:
    child = spawn_idle([sys.executable, "-c", _PROBE])
    assert child.wait(timeout=60) == 0
