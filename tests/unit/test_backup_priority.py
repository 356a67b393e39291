"""The detached automatic backup runs at the lowest CPU priority, so it never slows the user's
next command (briefer/store/backups/priority.py)."""

from __future__ import annotations

import os
import sys

import pytest

from briefer.store.backups.priority import spawn_idle

# The child reports, through its exit status, how the kernel schedules it and whether it
# was detached: its own process group (out of the terminal's Ctrl-C and hang-up), no
# terminal streams (its output goes nowhere), and the caller's session (given as argv[1]):
# where the kernel schedules sessions as groups (autogroups), SCHED_IDLE only counts inside
# one, and a backup in a session of its own would weigh as much as the user's whole session.
_PROBE = (
    "import os, sys, time\n"
    "time.sleep(0.3)  # the parent lowers it just after it starts\n"
    "idle = os.sched_getscheduler(0) == os.SCHED_IDLE\n"
    "own_group = os.getpgid(0) == os.getpid()\n"
    "callers_session = os.getsid(0) == int(sys.argv[1])\n"
    "quiet = all(os.path.samefile(f'/proc/self/fd/{fd}', os.devnull) for fd in (0, 1, 2))\n"
    "sys.exit(0 if idle and own_group and callers_session and quiet else 3)\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SCHED_IDLE is Linux's")
def test_the_backup_process_runs_idle_in_its_own_group_of_the_callers_session() -> None:
    child = spawn_idle([sys.executable, "-c", _PROBE, str(os.getsid(0))])
    assert child.wait(timeout=60) == 0
