"""Outlet names that hold a comma (pure): "Báo và Phát thanh, Truyền hình X", the merged
paper and broadcaster of a province, is one name. A reader that stops a name at its first
comma (a copyright's holder: "Bản quyền thuộc về Báo và Phát thanh, Truyền hình X") keeps
the part after it when the whole is a name the outlet table knows; a comma before anything
else ("© X, all rights reserved", "X, Hà Nội") still ends the name."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# What follows the comma up to where a name cannot go on (a stop, a bar, a bracket, a dash).
_REST: Final = re.compile(r"\s*,\s*(?P<rest>[^.,;|©()\n]{2,60}?)(?=\s+[-–|]\s+|[.,;|©()\n]|$)")


def across_commas(name: str, line: str, known_outlet: Callable[[str], str]) -> str:
    """The name run on over the commas after it in ``line`` while the whole is a known
    outlet (``known_outlet``, the outlet table's reader, passed in by the metadata reader
    that owns it); the name itself otherwise."""
    at = line.find(name)
    if not name or at < 0:
        return name
    whole, rest = name, line[at + len(name) :]
    while match := _REST.match(rest):
        longer = f"{whole}, {' '.join(match.group('rest').split())}"
        if not known_outlet(longer):
            break
        whole, rest = longer, rest[match.end() :]
    return whole


__all__ = ["across_commas"]
