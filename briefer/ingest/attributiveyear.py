"""A year written as a noun's attribute dates that noun, not the sentence's event (pure).

Owns :func:`attributive_cue`. English puts a year before the thing it names: "building on
their 2014 FTA", "under the 2011 free trade agreement", "since its 2023 comprehensive
strategic partnership". Read by nearness alone, "held talks in Santiago …, building on
their 2014 FTA" is a visit in 2014; the year is the agreement's. Vietnamese writes the year
after its noun ("Hiệp định … năm 2011"), which the nearest-cue-before rule already reads.
"""

from __future__ import annotations

import re
from typing import Final, TypeVar

# A determiner or possessive right before the year: the year is inside a noun phrase.
_DETERMINER: Final = re.compile(
    r"(?:\b(?:the|their|its|his|her|our|this|that|a|an)|['’]s)\s+$", re.IGNORECASE
)
# After the year: up to three words, then the noun the year names.
_NOUN: Final = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>free[ -]trade (?:agreement|deal|pact)|FTAs?|"
    r"agreements?|accords?|treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)|MoUs?|MOUs?)\b",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
# The noun phrase the year opens: a few words with no punctuation between.
_PHRASE: Final = re.compile(r"(?:\s+[\w-]+){1,4}")

C = TypeVar("C", bound=tuple[object, object, re.Match[str]])


def attributive_cue(
    text: str, start: int, end: int, cues: list[C], agreement: object
) -> tuple[object, re.Match[str]] | None:
    """The cue of the bare year at ``text[start:end]`` when it opens a noun phrase after a
    determiner ("their 2014 free trade agreement"): the first event cue in that phrase, else
    ``agreement`` (the agreement cue) on an agreement's noun ("FTA", "accord", "treaty").
    ``None`` when the year is no attribute of a milestone."""
    if not _YEAR.fullmatch(text, start, end) or not _DETERMINER.search(text, 0, start):
        return None
    phrase = _PHRASE.match(text, end)
    if phrase is None:
        return None
    inside = [c for c in cues if end <= c[2].start() < phrase.end()]
    if inside:  # ("their 2023 comprehensive partnership", "his 2024 visit")
        first = min(inside, key=lambda c: c[2].start())
        return first[1], first[2]
    noun = _NOUN.match(text, end)
    return None if noun is None else (agreement, noun)


__all__ = ["attributive_cue"]
