"""A figure whose flow runs to a third country, the partner named after it (pure).

"Trong khi đó, xuất khẩu của Việt Nam sang Ấn Độ đạt 9 tỷ USD, gấp ba so với Bangladesh" in
a text on Bangladesh; "Vietnam's exports to Japan hit $25 billion, far above those to Chile"
in one on Chile: the amount's own part of the sentence (up to the next comma) sends it to
or brings it from a third country, and the partner comes only in the comparison after it.
The figure is Việt Nam's with the third country, not the partner's (the pair finder lets the
text's partner win among all the countries of the clause); :mod:`briefer.ingest.passingpair`
then leaves it out when that country is named only in passing.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.ingest.countries import CountryMention
from briefer.ingest.flowside import FROM, TOWARD


def third_end(
    text: str,
    clause: tuple[int, int],
    at: int,
    mentions: Sequence[CountryMention],
    offset: int,
    main: str,
) -> str:
    """The code of the country that the flow of the amount at ``text[at:]`` goes to or comes
    from, told before it in its comma clause ``clause`` that names no ``main`` partner; else
    "". ``mentions`` are the clause's countries but Việt Nam, at body offsets (``text`` starts
    at ``offset``)."""
    start, _ = clause
    if any(m.code == main for m in mentions):
        return ""
    ends = [
        m.code
        for m in mentions
        if m.start - offset < at
        and (
            TOWARD.search(text, start, m.start - offset)
            or FROM.search(text, start, m.start - offset)
        )
    ]
    return ends[-1] if ends else ""


__all__ = ["third_end"]
