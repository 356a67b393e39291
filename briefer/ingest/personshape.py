"""Whether a part of a credit is a person's name (pure): two to four capitalised words,
none a country's or its people's name, no unit, outlet, city or periodical. Split from
:mod:`briefer.ingest.pageauthor` (which re-exports it) so the writer's choice
(:mod:`briefer.ingest.writerchoice`) can ask it without reading a page's markup.

This module owns :func:`is_person`.
"""

from __future__ import annotations

import re
from typing import Final


def is_person(part: str) -> bool:
    """A person's name among a page's "From:" entries: two to four capitalised words, none a
    country's or its people's name ("British Embassy X" is a body), no unit or outlet."""
    from briefer.ingest.countries import country_of_name
    from briefer.ingest.found import is_city
    from briefer.ingest.metadata import BYLINE, UNIT_NAME
    from briefer.ingest.outletnames import known_outlet

    words = part.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and BYLINE.fullmatch(part) is not None
        and not any(country_of_name(w) for w in words)
        and not UNIT_NAME.search(part)
        and not known_outlet(part)
        and not is_city(part)  # ("Kuala Lumpur | day": a dateline's place)
        and not _PUBLICATION.search(part)  # ("X ECONOMIC BULLETIN | Desk": a masthead)
    )


# A periodical's kind closing or opening its name ("X Economic Bulletin", "BẢN TIN X"): the
# name of a publication, never of the person who writes in it.
_PUBLICATION: Final = re.compile(
    r"\b(?:Bulletin|Newsletter|Digest|Gazette|Magazine|Journal|Weekly|Monthly)$"
    r"|^(?:Bản\s+tin|Tạp\s+chí|Điểm\s+báo)\s",
    re.IGNORECASE,
)


__all__ = ["is_person"]
