"""What every command-line module prints, and how it ends: one place for all of them.

``--json`` prints one JSON document on stdout; human messages go to stderr (DESIGN.md §6).
Kept free of heavy imports: every command module loads it while the parser is built.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefer.services import Services, ServicesBase

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def say(message: str) -> None:
    """A message for the person at the terminal (stderr)."""
    print(message, file=sys.stderr)


def counted(n: int, noun: str, plural: str = "") -> str:
    """``n`` and its noun in the number's form: "1 fact", "2 facts", "0 facts"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def emit_json(document: Any) -> None:
    """The command's one JSON document (stdout)."""
    sys.stdout.write(indented_json(document))
    sys.stdout.write("\n")


def indented_json(document: Any) -> str:
    """``json.dumps(document, ensure_ascii=False, indent=2)``, the same text, made faster.

    With an indent the standard library encodes in pure Python, a generator per container
    and a write per token (~30 ms of `facts --json` for a pair's 1,500 facts); this builds
    one list of pieces with the C string encoder. A value it does not know (not a plain
    dict, list, tuple, str, int, float, bool or None) hands the whole document back to the
    standard encoder, so the output is always what ``json.dumps`` prints.
    """
    parts: list[str] = []
    try:
        _encode(document, parts, "\n")
    except _Unusual:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return "".join(parts)


class _Unusual(Exception):
    """A value the fast path leaves to the standard encoder."""


_encode_string = json.encoder.encode_basestring  # the C function where it exists
_CONSTANTS = {True: "true", False: "false"}


def _encode(value: Any, parts: list[str], newline: str) -> None:
    kind = type(value)
    if kind is str:
        parts.append(_encode_string(value))
    elif value is None:
        parts.append("null")
    elif kind is bool:
        parts.append(_CONSTANTS[value])
    elif kind is int:
        parts.append(int.__repr__(value))
    elif kind is float:
        if not math.isfinite(value):
            raise _Unusual  # NaN and the infinities: spelt as the standard encoder does
        parts.append(float.__repr__(value))
    elif kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        opener = "{" + inner
        separator = "," + inner
        for i, (key, item) in enumerate(value.items()):
            if type(key) is not str:
                raise _Unusual
            parts.append(separator if i else opener)
            parts.append(_encode_string(key))
            parts.append(": ")
            _encode(item, parts, inner)
        parts.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        parts.append("[" + inner)
        separator = "," + inner
        for i, item in enumerate(value):
            if i:
                parts.append(separator)
            _encode(item, parts, inner)
        parts.append(newline + "]")
    else:
        raise _Unusual


@contextmanager
def open_services(
    args: argparse.Namespace, *, demo_on_first_run: bool = True
) -> Iterator[Services]:
    """The services over the command's store (``--store``), closed when the command is done.

    ``demo_on_first_run=False`` for commands that bring their own facts (packs, sync): a
    first import into a new store should not also bring in the demo facts."""
    from briefer.services import Services  # loaded when a command runs, not with the parser

    services = Services(args.store, demo_on_first_run=demo_on_first_run)
    try:
        yield services
    finally:
        services.close()


@contextmanager
def open_store_services(
    args: argparse.Namespace, *, demo_on_first_run: bool = True
) -> Iterator[ServicesBase]:
    """As :func:`open_services`, but the store alone, without the topic services: for
    use-cases that take a ``ServicesBase`` (sync, conflicts, scripted edits). Each command
    is a whole process; the topics' modules (exports, curation, imports…) would cost it
    ~15 ms of start-up for nothing."""
    from briefer.services import ServicesBase

    services = ServicesBase(args.store, demo_on_first_run=demo_on_first_run)
    try:
        yield services
    finally:
        services.close()
