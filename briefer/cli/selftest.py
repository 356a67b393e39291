"""``briefer selftest [--json]``: the command of :mod:`briefer.selftest`, which loads only
when the command runs (building the parser for every other command stays cheap)."""

from __future__ import annotations

import argparse
from typing import Any


def cmd_selftest(args: argparse.Namespace) -> int:
    from briefer.selftest import run_selftest
    from briefer.selftest.qt import qt_probe

    if getattr(args, "qt_probe", False):
        return qt_probe()
    if getattr(args, "json", False):
        return run_selftest(lambda text: print(text, flush=True), as_json=True)
    return run_selftest(lambda line: print(line, flush=True))


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``briefer selftest [--json]`` to the command line."""
    p = sub.add_parser(
        "selftest",
        parents=parents,
        help="check this installation: resources, exports, fonts, Qt (in a temporary folder)",
    )
    p.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_selftest)
