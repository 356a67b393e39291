"""The ``briefer`` command (entry point ``briefer.cli:main``): the parser and dispatch in
``main``, what every command prints in ``output``, one module per command group.

Command modules call :mod:`briefer.services` only (imported when a command runs, so that
building the parser imports no feature) and print through :mod:`briefer.cli.output`.
"""

from __future__ import annotations

from briefer.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
