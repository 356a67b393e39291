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


# Reads its own scheduler autogroup's nice value (the file exists where the kernel has
# autogroups): exit 0 when it is 19, 4 otherwise, 5 without autogroups.
_AUTOGROUP_PROBE = (
    "import os, sys, time\n"
    "time.sleep(0.3)\n"
    "try:\n"
    "    text = open('/proc/self/autogroup').read()\n"
    "except OSError:\n"
    "    sys.exit(5)\n"
    "sys.exit(0 if text.split()[-1] == '19' else 4)\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="autogroups are Linux's")
def test_the_backup_session_weighs_least_among_sessions_where_the_kernel_groups_them() -> None:
    """CPU is shared between sessions' autogroups before SCHED_IDLE counts: the backup's new
    session must not weigh as much as the user's own."""
    child = spawn_idle([sys.executable, "-c", _AUTOGROUP_PROBE])
    code = child.wait(timeout=60)
    if code == 5:
        pytest.skip("this kernel has no scheduler autogroups")
    assert code == 0
