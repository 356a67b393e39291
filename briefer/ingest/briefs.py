"""A column of news in brief (pure): only the items about the partner are the partner's.

A wire's "Tin vắn" / "Điểm tin" / "News in brief" column strings short items together, one
a paragraph, each led by its own headline sentence ("Xuất khẩu gạo sang Ghana tăng mạnh.
Theo Thương vụ …"). The column is imported for its items on the partner; an item that names
neither the partner nor the two sides (a commodity's price, a port's record, a province's
catch and its exports to a third country) is another story. So is an item's headline: the
item's next sentences state its news with the figures.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# ("Thông tin tóm tắt về quan hệ …", a ministry's summary note on the ties, is one word
# "thông tin" (information) before "tóm tắt": no column of news items.)
_COLUMN: Final = re.compile(
    r"(?<![^\W\d_])(?:tin\s+vắn|điểm\s+tin|(?<!thông\s)tin\s+tóm\s+tắt|tin\s+ngắn|bản\s+tin\s+nhanh"
    r"|news\s+in\s+brief|in\s+brief|briefs|news\s+roundup|round-?up)(?![^\W\d_])",
    re.IGNORECASE,
)
_BOTH: Final = re.compile(
    r"(?<![^\W\d_])(?:hai\s+nước|hai\s+bên|song\s+phương|bilateral|the\s+two\s+countries)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_HEADLINE_MAX: Final = 70  # characters: an item's headline sentence, not its story


def brief_column(body: str, title: str) -> bool:
    """Whether the text is a column of briefs: its title or its first line says so."""
    first = body.lstrip().split("\n", 1)[0]
    return bool(_COLUMN.search(title) or _COLUMN.search(first[:120]))


def off_item(body: str, start: int, end: int, partner: str) -> bool:
    """Whether the sentence at ``start:end`` of a brief column is no fact of the pair with
    ``partner``: its item (paragraph) names neither the partner nor the two sides, or the
    sentence is the item's short headline without a figure."""
    p_start = body.rfind("\n", 0, start) + 1
    p_end = body.find("\n", end)
    item = body[p_start : p_end if p_end >= 0 else len(body)]
    codes = {m.code for m in find_countries(item)} - {HOME}
    if partner not in codes and not _BOTH.search(item):
        return True
    sentence = body[start:end]
    headline = start == p_start and len(sentence) <= _HEADLINE_MAX and end < p_start + len(item)
    return headline and not re.search(r"\d", sentence)


__all__ = ["brief_column", "off_item"]
