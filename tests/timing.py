"""Time bounds that hold on a busy machine: the work a test bounds is counted in CPU time.

CI shares two cores with whatever else runs; a wall-clock bound fails whenever the machine is
busy for a moment. What these tests bound is work (a regex that backtracks, a decompression
bomb, a template that loops): that spends CPU time in the thread or process doing it, which
other processes do not stretch, so a runaway still fails the bound and a busy machine does not.
Hangs that spend no CPU (a wait that never ends) are bounded separately, by generous timeouts.
"""

from __future__ import annotations

import functools
import resource
import time
from collections.abc import Callable
from typing import Any


def children_cpu_seconds() -> float:
    """CPU time (user + system) of this process's children that have ended and been waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_bounded(seconds: float) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fail a test (each Hypothesis example) that spends ``seconds`` of its thread's CPU time.

    Put it under ``@given``: Hypothesis' own ``deadline`` is wall time, which a loaded machine
    stretches past any bound that still means something.
    """

    def decorate(test: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(test)
        def bounded(*args: Any, **kwargs: Any) -> None:
            started = time.thread_time()
            test(*args, **kwargs)
            spent = time.thread_time() - started
            assert spent < seconds, f"{spent:.2f} s of CPU time (bound {seconds:g} s)"

        return bounded

    return decorate
