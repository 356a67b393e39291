"""Long key lists asked in parts: SQLite limits how many parameters one statement may bind
(32,766 since 3.32, 999 before), so ``IN (…)`` lists go :data:`CHUNK` keys at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import Final, TypeVar

T = TypeVar("T")

CHUNK: Final = 500  # keys per statement: well under every SQLite's limit


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``, in order."""
    wanted = items if isinstance(items, list) else list(items)
    for start in range(0, len(wanted), size):
        yield wanted[start : start + size]


def marks(items: Sized) -> str:
    """The ``?, ?, …`` placeholders for ``items``."""
    return ",".join("?" * len(items))


__all__ = ["CHUNK", "chunks", "marks"]
