"""The detached automatic backup process, started at the lowest CPU and I/O priority.

A command that changed a large store hands its backup to a separate ``briefer backup --auto``
process and returns; the user's next command starts at that moment, on a machine whose other
core may be busy. The copy is nobody's wait, so it must never slow that next command:

- Linux: moved to ``SCHED_IDLE`` as soon as it exists (while it is still starting up): it
  runs only on a core nothing else wants. Set from the parent, because a ``preexec_fn`` is
  unsafe in a threaded app and glibc's ``posix_spawn`` has no scheduler attribute. The
  kernel derives an unset I/O priority from the CPU policy, so its disk I/O is in the idle
  class too (honoured by the CFQ/BFQ disk schedulers). It is detached into its own process
  group but stays in the caller's session: where the kernel groups processes by session
  for scheduling (autogroups, ``/proc/sys/kernel/sched_autogroup_enabled``, on by default),
  CPU is shared between sessions first and ``SCHED_IDLE`` only counts inside one, so a
  backup in a session of its own weighed as much as the user's whole session (50 laptops'
  syncs on 2 cores: their 50 backups took 7.6–12.5 CPU-seconds while the syncs ran; still
  5.5–16 s with each backup's session at nice 19; 1.8–4.6 s in the caller's session). Its own
  process group keeps it out of the terminal's Ctrl-C and hang-up, which reach the
  foreground group and the session leader only;
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
    """Start ``command`` detached (its own process group, on POSIX but Linux its own
    session; no stdin/out/err) at the lowest priority this system offers."""
    options: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if os.name == "nt":
        flags = _DETACHED_PROCESS | _CREATE_NEW_PROCESS_GROUP | _IDLE_PRIORITY_CLASS
        options["creationflags"] = flags
    elif sys.platform.startswith("linux"):
        options["process_group"] = 0
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
    return child
