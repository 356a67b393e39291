"""A headline's pair of countries that a <title>'s separator would split (pure).

"Hợp tác quốc phòng Việt Nam - Lào" is a headline naming two countries joined by a spaced
dash, the way Vietnamese pairs them; the last part, a country's name alone, is the pair's
second side, not a site or a section after the headline (even when some outlet's initials
happen to spell it: "LAO" is a paper's mark too). This module owns that test only.
"""

from __future__ import annotations

from typing import Final

from briefer.ingest.countries import country_of_name

_NAME_WORDS: Final = 4  # (the longest country name read at the head's end: "Cộng hòa Séc" …)


def pair_tail(head: str, tail: str) -> bool:
    """Whether ``tail`` is a country's name alone and ``head`` ends on another country's
    name: the two sides of a pair ("… Việt Nam" and "Lào"), not a headline and its site."""
    second = country_of_name(tail.strip())
    if not second:
        return False
    words = head.split()
    for size in range(1, min(_NAME_WORDS, len(words) - 1) + 1):
        first = country_of_name(" ".join(words[-size:]))
        if first:
            return first != second
    return False


__all__ = ["pair_tail"]
