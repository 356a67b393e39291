"""A sentence the writer opens as an aside about something else: no fact of the pair (pure).

"Separately, the central bank said …", "Meanwhile, Kenya's tea earnings hit …", "Elsewhere
in the region, …", "Trong khi đó, Cơ quan Khí tượng X cho biết …": the lead word turns from
the pair's story to news of one side alone or of a third party. The older keys hold none of
these as a fact when the sentence then names neither Việt Nam (nor a place of its) nor the
two sides; one that
does ("Meanwhile, Vietnam's exports to X rose …") is the story again and is kept. Only a
sentence that opens with the lead counts — "…; trong khi đó năm 2023 con số này là …" inside a
sentence compares the pair's own figures.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.homeplaces import home_places
from briefer.ingest.rxparts import BOTH_SIDES, WORD_END, WORD_START

# (capital first, set off by a comma: the sentence's own opening)
_ASIDE: Final = re.compile(
    r"^\s*(?:Separately|Meanwhile|Elsewhere(?:\s+in\s+the\s+region)?|In\s+other\s+news"
    r"|Trong\s+khi\s+đó|Ở\s+một\s+diễn\s+biến\s+khác),\s"
)
_PAIR: Final = re.compile(rf"{WORD_START}{BOTH_SIDES}{WORD_END}", re.IGNORECASE)


def aside_lead(text: str) -> bool:
    """Whether ``text`` opens as an aside ("Separately, …", "Trong khi đó, …") and names
    neither Việt Nam nor the two sides."""
    if _ASIDE.match(text) is None or _PAIR.search(text) or home_places().search(text):
        return False  # ("Trong khi đó, tại Đà Nẵng, …": the home side's own news)
    return all(m.code != HOME for m in find_countries(text))


__all__ = ["aside_lead"]
