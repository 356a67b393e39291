"""Analysing a batch of files ahead of the writer: read, clean and mine them in a worker
process while the importer writes the ones before.

Analysis (:func:`briefer.ingest.analysis.analyse`) is pure and takes about half of an
import's time; the store's writes, the other half, must stay in the caller's process, in
order. On a machine with two cores or more, a batch large enough to pay for starting a
worker is analysed by a worker a few files ahead of the writer, so both halves run at once;
when the writer would wait for the worker, it analyses a later file itself, so the two
share the analysis by their speed. Results come back in the order of the paths; a file that
could not be read comes back with its one-sentence error, exactly as the importer would
have raised it.

Small batches, one-core machines and frozen bundles (where starting a worker process would
start the application again) analyse in the caller's process, as before.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Final

from briefer.errors import BrieferError

if TYPE_CHECKING:
    from briefer.ingest.analysis import Analysis

# Starting a worker (a fresh interpreter importing the ingest modules) costs about as much
# as analysing a few dozen articles: below this many files it is not worth it.
MIN_FILES: Final = 48
_AHEAD: Final = 8  # files with the worker at once: bounds the results held


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


def _serve(tasks: Connection, results: Connection) -> None:
    """The worker: analyse each (index, path) it is given and send back (index, result),
    until told to stop (None) or the writer goes away."""
    try:
        while (task := tasks.recv()) is not None:
            index, path = task
            results.send((index, _analyse(path)))
    except (BrokenPipeError, EOFError, OSError):  # the writer stopped: stop too
        pass
    finally:
        results.close()


def _worth_a_worker(count: int) -> bool:
    return count >= MIN_FILES and (os.cpu_count() or 1) >= 2 and not getattr(sys, "frozen", False)


class _Ahead:
    """Files handed to the worker a few at a time, their results by index; the writer
    analyses a file itself when the next one it needs is not ready yet (see analyses)."""

    def __init__(self, paths: Sequence[str | Path], tasks: Connection, results: Connection):
        self.paths = paths
        self.tasks = tasks
        self.results = results
        self.handed = 0  # files before this index are handed out (to the worker or taken here)
        self.waiting = 0  # files with the worker, results not received
        self.ready: dict[int, Analysis | BrieferError | None] = {}
        self.alive = True

    def hand_out(self) -> None:
        while self.alive and self.waiting < _AHEAD and self.handed < len(self.paths):
            try:
                self.tasks.send((self.handed, str(self.paths[self.handed])))
            except (BrokenPipeError, OSError):
                self._lost()
                return
            self.handed += 1
            self.waiting += 1

    def receive(self, block: bool) -> bool:
        """Take one result from the worker if there is one (or wait for it)."""
        try:
            if not block and not self.results.poll():
                return False
            index, result = self.results.recv()
        except Exception:  # the worker died (out of memory, killed), or sent nonsense
            self._lost()
            return True
        self.ready[index] = result
        self.waiting -= 1
        return True

    def _lost(self) -> None:
        """The worker is gone: what it had is analysed by the caller, and all the rest."""
        self.alive = False
        for index in range(self.handed):
            self.ready.setdefault(index, None)

    def result(self, index: int) -> Analysis | BrieferError | None:
        while index not in self.ready:
            if not self.alive:  # the caller analyses this file and every one after it
                return None
            self.hand_out()
            if self.receive(block=False):
                continue
            if self.handed < len(self.paths):
                # Rather than wait, analyse the furthest file not yet handed out: the two
                # processes then share the analysis by their speed.
                taken = self.handed
                self.handed += 1
                self.ready[taken] = _analyse(str(self.paths[taken]))
            else:
                self.receive(block=True)
        return self.ready.pop(index)


def analyses(paths: Sequence[str | Path]) -> Iterator[Analysis | BrieferError | None]:
    """One result per path, in order: the file's analysis, its error, or None where the
    caller should analyse it itself (no worker for this batch, or a bug in the worker).

    The worker gets a few files at a time and sends each result straight down a pipe read
    by the caller's own thread (a process pool hands results to a thread of its own first,
    and the writer waited on that thread for the interpreter lock: ~6 ms an article, as
    long as writing it). When the next result is not ready, the caller analyses the
    furthest file not yet handed out instead of waiting."""
    if not _worth_a_worker(len(paths)):
        yield from (None for _ in paths)
        return
    # "spawn": the import runs on a background thread of the app, and forking a threaded
    # process can deadlock.
    context = multiprocessing.get_context("spawn")
    tasks_in, tasks_out = context.Pipe(duplex=False)
    results_in, results_out = context.Pipe(duplex=False)
    worker = context.Process(target=_serve, args=(tasks_in, results_out), daemon=True)
    try:
        worker.start()
    except (OSError, ValueError):
        for end in (tasks_in, tasks_out, results_in, results_out):
            end.close()
        yield from (None for _ in paths)
        return
    tasks_in.close()  # the worker's ends: the caller sees EOF when the worker ends or dies
    results_out.close()
    ahead = _Ahead(paths, tasks_out, results_in)
    try:
        for index in range(len(paths)):
            yield ahead.result(index)
    finally:
        with contextlib.suppress(BrokenPipeError, OSError):
            tasks_out.send(None)
        tasks_out.close()
        results_in.close()
        worker.join(timeout=5)
        if worker.is_alive():  # the caller stopped early and the worker is mid-file
            worker.terminate()
            worker.join()


__all__ = ["MIN_FILES", "analyses"]
