"""A wire agency's dateline opening an article's lead (pure): "MOSCOW, May 10. /AGENCY/. …",
"PARIS, 3 June /AGN/ …", "RIGA, May 10. AGENCY. …" — a place and a day, not a sentence of the
article. It is taken off the lead (or dropped when it stands alone), dates the dispatch and
names the agency, as a dateline on a line of its own does.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.lines import Found
from briefer.ingest.outletnames import known_outlet

_LEAD_LOOK: Final = 3  # the first paragraphs (a subtitle may come before the lead)

# "MOSCOW, May 10. /AGENCY/. …", "PARIS, 3 June /AGN/ …", "RIGA, May 10. AGENCY. …": a wire
# agency's dateline opening the lead (or a line of its own), the agency between slashes or
# in capitals after the day's full stop; a place and a day, not a sentence of the article.
_WIRE_DATELINE: Final = re.compile(
    r"^(?P<dateline>[A-ZĐ][\w'.-]*(?:\s[A-ZĐ][\w'.-]*){0,2},\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
    r"(?:\.?\s*/(?P<agency>[A-Z][\w-]{1,15})/|\.\s+(?P<caps>[A-Z][A-Z-]{2,15}(?=\.)))\.?)"
    r"(?:\s+(?=[A-ZĐ\"“])|$)"
)


def strip_wire_dateline(paragraphs: list[str], found: Found) -> str:
    """Take a wire dateline off the lead and return it; it dates the dispatch and names the
    agency, as one on a line of its own does."""
    for index, paragraph in enumerate(paragraphs[:_LEAD_LOOK]):  # (a subtitle may come first)
        match = _WIRE_DATELINE.match(paragraph)
        if match is None:
            continue
        agency = match.group("agency") or match.group("caps")
        found.offer_outlet(known_outlet(agency) or agency, 2, credit=True)
        found.extra.setdefault("dateline", match.group("dateline"))
        if match.end() == len(paragraph):
            del paragraphs[index]  # (the dateline on a line of its own)
        else:
            paragraphs[index] = paragraph[match.end() :]
        return match.group("dateline")
    return ""


__all__ = ["strip_wire_dateline"]
