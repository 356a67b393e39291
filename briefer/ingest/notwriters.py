"""What a byline's place holds that names no writer (pure).

Two kinds of line sit where a writer's name would and read like one, capitalised words and
no stop:

- a publication's series label beside the date ("Policy Brief · 15 September 2025",
  "Working Paper", "Issue Brief"): what the document is, named by a noun no person's name
  ends on;
- a listing's heading over links to other pieces ("Top Stories", "Latest Headlines", "More
  Videos"): a plural noun of the items listed, which no person's name ends on;
- a row of topic tags under the text ("Policies Ireland Trade Asia Pacific"): five words or
  more among which a country or a world region is named. A writer's name of that length
  naming a place does not occur; a short one may ("Jordan Lee").

This module owns telling them apart (:func:`no_writer`); the byline readers ask it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import count_countries

# A series label: one or two capitalised words before a paper's noun. ("X Report" is not
# one: a desk signs so, "Business Report", and the sets key that desk as the writer.)
_SERIES: Final = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,2}(?:Brief|Briefing|Paper|Commentary|Backgrounder|Factsheet"
    r"|Series)$"
)
# A listing's heading: up to two capitalised words before the plural of what it lists.
_LISTING: Final = re.compile(
    r"^(?:[A-Z][a-z'’]+\s+){0,2}(?:Stories|Articles|Headlines|Posts|Videos|Reads|Picks|Updates)$"
)
_REGION: Final = re.compile(
    r"\b(?:Asia|Europe|Africa|Americas?|Pacific|Oceania|Caribbean|Middle\s+East|ASEAN"
    r"|Châu\s+Á|Châu\s+Âu|Châu\s+Phi|Châu\s+Mỹ)\b"
)
_TAG_WORDS: Final = 5


def no_writer(name: str) -> bool:
    """Whether a byline's name is a series label or a row of topic tags, no person."""
    bare = " ".join(name.split())
    if _SERIES.match(bare) or _LISTING.match(bare):
        return True
    words = bare.split()
    # (tags are bare words, the first capitalised: a writer's line with a post or a place in
    # brackets or after a comma, "Name (PV tại Lào)", "Name, correspondent in X", is another)
    tags = bare[:1].isupper() and all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words)
    return tags and len(words) >= _TAG_WORDS and bool(_REGION.search(bare) or count_countries(bare))


__all__ = ["no_writer"]
