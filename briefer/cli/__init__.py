"""The ``briefer`` command (entry point ``briefer.cli:main``): the parser and dispatch in
``main``, what every command prints in ``output``, one module per command group.

Command modules call :mod:`briefer.services` only (imported when a command runs, so that
building the parser imports no feature) and print through :mod:`briefer.cli.output`.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from briefer.cli.main import build_parser
from briefer.cli.main import main as run_command

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """The ``briefer`` command on ``argv`` (default: the process's own arguments).

    Run on the process's own arguments it is the process's last work: its objects are then
    frozen, so that the interpreter's final garbage collection, which would walk them all to
    free memory the system takes back anyway, skips them (~15 ms of a PDF export's ~0.3 s;
    the command has closed its store, files and connections by then).
    """
    code = run_command(argv)
    if argv is None:
        gc.freeze()
    return code
