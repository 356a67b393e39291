"""The ``briefer`` command (entry point ``briefer.cli:main``): the parser and dispatch in
``main``, what every command prints in ``output``, one module per command group.

Command modules call :mod:`briefer.services` only (imported when a command runs, so that
building the parser imports no feature) and print through :mod:`briefer.cli.output`.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from briefer.cli.main import build_parser
from briefer.cli.main import main as run_command
from briefer.cli.parsing import command_in

__all__ = ["build_parser", "main"]

# Commands that build their objects once and end: in a whole process of one of them the
# cyclic collector stays off (see ``main``). Not the app, imports or sync, which run long.
_COLLECTOR_OFF = frozenset({"export"})


def main(argv: Sequence[str] | None = None) -> int:
    """The ``briefer`` command on ``argv`` (default: the process's own arguments).

    Run on the process's own arguments it is the process's last work: its objects are then
    frozen, so that the interpreter's final garbage collection, which would walk them all to
    free memory the system takes back anyway, skips them (~15 ms of a PDF export's ~0.3 s;
    the command has closed its store, files and connections by then).

    An export's whole process runs with the collector off: the modules it loads, the template's
    code, reportlab's and python-docx's objects set off collections that walk everything the
    process holds, and find little to free (few of them are in cycles; reference counting frees
    the rest as usual): ~25 ms of CPU, for ~0.3 MB more at the peak. (Switched back on before
    the freeze, it would first walk them all once.)
    """
    whole_process = argv is None
    if whole_process and command_in(sys.argv[1:]) in _COLLECTOR_OFF:
        gc.disable()
    code = run_command(argv)
    if whole_process:
        gc.freeze()
    return code
