"""Building only the parser of the command being run (a whole process runs one command).

:func:`command_in` finds the subcommand in the arguments before they are parsed;
:class:`OnlyCommand` stands in for the subcommands while ``build_parser`` adds them, and
builds a real sub-parser for that command alone: the others cost each run ~3 ms (argparse
objects, help formatters, gettext look-ups) and the modules that define them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class _Skipped:
    """Stands in for the parser of a command that is not being run: every call is accepted
    and does nothing (building all 32 sub-parsers cost each command ~3 ms)."""

    def __getattr__(self, _name: str) -> Any:
        return self._nothing

    def _nothing(self, *_args: Any, **_kwargs: Any) -> _Skipped:
        return self


class OnlyCommand:
    """The subcommands, building only ``wanted``'s parser; ``found`` says if it was met."""

    def __init__(self, sub: Any, wanted: str) -> None:
        self._sub = sub
        self._wanted = wanted
        self.found = False

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._wanted or self._wanted in kwargs.get("aliases", ()):
            self.found = True
            return self._sub.add_parser(name, **kwargs)
        return _Skipped()


def command_in(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option before it), or
    None when there is none or help or the version is asked for before it."""
    args = iter(argv)
    for arg in args:
        if arg in ("-h", "--help", "--version"):
            return None
        if len(arg) > 2 and "--store".startswith(arg):  # argparse takes abbreviations
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


__all__ = ["OnlyCommand", "command_in"]
