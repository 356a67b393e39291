"""Analysing a batch of files ahead of the writer: read, clean and mine them in a worker
process while the importer writes the ones before.

Analysis (:func:`briefer.ingest.analysis.analyse`) is pure and takes about half of an
import's time; the store's writes, the other half, must stay in the caller's process, one
transaction per file, in order. On a machine with two cores or more, a batch large enough
to pay for starting a worker is analysed one worker ahead of the writer, so both halves run
at once. Results come back in the order of the paths; a file the worker could not read
comes back with its one-sentence error, exactly as the importer would have raised it.

Small batches, one-core machines and frozen bundles (where starting a worker process would
start the application again) analyse in the caller's process, as before.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Final

from briefer.errors import BrieferError

if TYPE_CHECKING:
    from briefer.ingest.analysis import Analysis

# Starting a worker (a fresh interpreter importing the ingest modules) costs about as much
# as analysing a few dozen articles: below this many files it is not worth it.
MIN_FILES: Final = 48
_AHEAD: Final = 32  # files analysed ahead of the writer: bounds the memory held


def _analyse(path: str) -> Analysis | BrieferError | None:
    """In the worker: the analysis, the user-facing error, or None for a bug (the caller
    then analyses the file itself, so a bug is reported and logged as it always is)."""
    from briefer.ingest.analysis import analyse

    try:
        return analyse(path)
    except BrieferError as exc:
        return exc
    except Exception:
        return None


def _worth_a_worker(count: int) -> bool:
    return count >= MIN_FILES and (os.cpu_count() or 1) >= 2 and not getattr(sys, "frozen", False)


def analyses(paths: Sequence[str | Path]) -> Iterator[Analysis | BrieferError | None]:
    """One result per path, in order: the file's analysis, its error, or None where the
    caller should analyse it itself (no worker for this batch, or a bug in the worker)."""
    if not _worth_a_worker(len(paths)):
        yield from (None for _ in paths)
        return
    # "spawn": the import runs on a background thread of the app, and forking a threaded
    # process can deadlock.
    context = multiprocessing.get_context("spawn")
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
    except (OSError, ValueError):
        yield from (None for _ in paths)
        return
    with pool:
        pending: deque[Future[Analysis | BrieferError | None] | None] = deque()
        queued = iter(paths)

        def submit_next() -> bool:
            path = next(queued, None)
            if path is None:
                return False
            try:
                pending.append(pool.submit(_analyse, str(path)))
            except Exception:  # the pool broke: the caller analyses what is left
                pending.append(None)
            return True

        while len(pending) < _AHEAD and submit_next():
            pass
        while pending:
            future = pending.popleft()
            submit_next()
            try:
                yield future.result() if future is not None else None
            except Exception:  # the worker died (out of memory, killed): analyse here
                yield None


__all__ = ["MIN_FILES", "analyses"]
