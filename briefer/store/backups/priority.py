"""The detached automatic backup process, started at the lowest CPU and I/O priority.

A command that changed a large store hands its backup to a separate ``briefer backup --auto``
process and returns; the user's next command starts at that moment, on a machine whose other
core may be busy. The copy is nobody's wait, so it must never slow that next command:

- Linux: moved to ``SCHED_IDLE`` as soon as it exists (while it is still starting up): it
  runs only on a core nothing else wants. Set from the parent, because a ``preexec_fn`` is
  unsafe in a threaded app and glibc's ``posix_spawn`` has no scheduler attribute. The
  kernel derives an unset I/O priority from the CPU policy, so its disk I/O is in the idle
  class too (honoured by the CFQ/BFQ disk schedulers). Its own session is its own
  scheduler *autogroup* where the kernel has them (``/proc/sys/kernel/sched_autogroup_enabled``,
  on by default on desktop kernels): CPU is shared between autogroups first, and
  ``SCHED_IDLE`` only counts inside one, so each detached backup would weigh as much as the
  user's whole session (50 laptops' syncs ending at once on 2 cores started 50 backups that
  each took as much CPU as all the syncs together). Its autogroup is set to nice 19 as well;
- macOS: started through ``taskpolicy -b`` (background QoS: throttled CPU and disk I/O);
- Windows: ``IDLE_PRIORITY_CLASS`` (CPU only: Windows' low I/O priority can only be asked
  for by the process itself);
- other POSIX systems: through ``nice -n 19`` where it is installed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

# Windows process creation flags (winbase.h).
_DETACHED_PROCESS = 0x00000008
_CREATE_NEW_PROCESS_GROUP = 0x00000200
_IDLE_PRIORITY_CLASS = 0x00000040
_TASKPOLICY = Path("/usr/sbin/taskpolicy")


def spawn_idle(command: list[str]) -> subprocess.Popen[bytes]:
    """Start ``command`` detached (its own session or process group; no stdin/out/err) at
    the lowest priority this system offers."""
    options: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if os.name == "nt":
        flags = _DETACHED_PROCESS | _CREATE_NEW_PROCESS_GROUP | _IDLE_PRIORITY_CLASS
        options["creationflags"] = flags
    else:
        options["start_new_session"] = True
        if sys.platform == "darwin" and _TASKPOLICY.exists():
            command = [str(_TASKPOLICY), "-b", *command]
        elif not sys.platform.startswith("linux") and (nice := shutil.which("nice")):
            command = [nice, "-n", "19", *command]
    child = subprocess.Popen(command, **options)
    if sys.platform.startswith("linux"):
        # Lowering a process of one's own user needs no privilege; one that already ended
        # (ProcessLookupError) needs nothing.
        with contextlib.suppress(OSError, AttributeError):
            os.sched_setscheduler(child.pid, os.SCHED_IDLE, os.sched_param(0))
        _lower_autogroup(child.pid)
    return child


def _lower_autogroup(pid: int) -> None:
    """Give the new session's scheduler autogroup of ``pid`` the lowest weight (nice 19).

    The child has already called setsid (Popen returns after its exec), so its autogroup is
    its own. Raising a nice value needs no privilege; a kernel without autogroups has no
    such file, and a child that already ended has none either: nothing to do then.
    """
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/autogroup").write_text("19")
