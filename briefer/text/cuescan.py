"""A literal cue scan before an expensive regex (pure): skip the search when its words are not
there.

Many rules search each sentence with a long alternation whose branches open on a
look-behind (``(?<![^\\W\\d_])``), which keeps the regex engine from jumping to a literal
prefix: it tries the whole pattern at every character. Yet every match of such a pattern
holds one of a few literal words ("lạm phát", "inflation", "GDP" …). :func:`cues` reads them
from the pattern's own parse tree — a set of strings such that every match contains one of
them — and :class:`Cued` searches for those first (one fast literal alternation, compiled
with the pattern's own IGNORECASE/ASCII flags, so its letter case is judged exactly as the
pattern's is), and runs the pattern only where one is present.

Exact by construction: a literal the tree requires lies inside the match's own characters
(look-arounds and their literals are never taken as cues), so a text without any cue in
the searched window has no match, and :class:`Cued` answers as the pattern would. A
pattern whose tree gives no useful cue (a branch with no literal of two letters or more,
an inline flag group) is left unfiltered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MIN_CUE = 2  # (a cue of one character filters nothing)


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective cue set of a sequence of nodes (runs of literals joined)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    found: list[frozenset[str]] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= _MIN_CUE:
            found.append(frozenset(["".join(run)]))
        run = []
        one = _node(op, av)
        if one is not None:
            found.append(one)
    if len(run) >= _MIN_CUE:
        found.append(frozenset(["".join(run)]))
    for one in found:
        # (the set whose shortest cue is longest; then the one with fewer cues)
        if best is None or (min(map(len, one)), -len(one)) > (min(map(len, best)), -len(best)):
            best = one
    return best


def _node(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _sequence(list(sub))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            one = _sequence(list(branch))
            if one is None:
                return None  # (a branch without a cue: the pattern may match without any)
            union |= one
        return frozenset(union)
    return None  # (a class, a look-around, an anchor, a back-reference: no literal required)


def cues(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (None if none found)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    return _sequence(list(tree))


class Cued:
    """``pattern`` behind its cue scan: the same answers from search, match, fullmatch and
    finditer, the pattern run only on texts that hold a cue.

    Worth it pattern by pattern, measured: the cue scan itself costs 40–50 % of the pattern
    (an IGNORECASE alternation of non-ASCII words gets no fast literal search), so a pattern
    whose cues are common words ("trưởng", "hành" inside "thành") gains little, and one with
    many cues (``_PRICES``, ``_BETWEEN``) runs slower wrapped."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = cues(pattern)
        flags = pattern.flags & (re.IGNORECASE | re.ASCII)
        self.cue: re.Pattern[str] | None = (
            re.compile(
                "|".join(re.escape(c) for c in sorted(found, key=lambda c: (-len(c), c))), flags
            )
            if found
            else None
        )

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        return self.cue is not None and self.cue.search(text, pos, endpos) is None

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        if self._absent(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


__all__ = ["Cued", "cues"]
