"""A row of section names over a page's article that the article never tells (pure but for the
lines' reasons).

A page copied as text, or printed, keeps its menu as one line of names running on in lower
case ("Trang chủ Thời sự Kinh tế Xã hội Văn hóa Thể thao …", "Chính phủ Chỉ đạo quyết định
Chính sách mới Thời sự …") above the headline. Its shape is a headline's too (a headline of
titles and names runs on the same way), but the article's first paragraphs retell their
headline in its own pairs of words and never the menu's names two by two (a pair that runs
across two items, "Thời sự Kinh", is in no sentence). So a long row of running names above
the first paragraph, no stop at its end, that those paragraphs retell in almost no pair, is
the menu (:func:`mark_untold_rows`). The headline and a kicker the lead retells stay.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.found import Line
from briefer.ingest.retoldheadline import paragraph, running_names, told, word_pairs

_LEADS: Final = 5  # the article's first paragraphs
_ROW_WORDS: Final = 8  # a menu of six names or more: longer than a section's label
_UNTOLD: Final = 0.1  # at most this share of the row's pairs told: none but by chance
# A figure, a colon, a bracket, a stop: a fact sheet's field, a speaker's title ("H.E."), no menu's.
_FIELD: Final = re.compile(r"[\d:;().@|]")


def mark_untold_rows(lines: list[Line]) -> None:
    """Mark as "menu" each kept row of running names above the first paragraph that the
    first paragraphs do not retell."""
    kept = [(i, " ".join(ln.text.split())) for i, ln in enumerate(lines) if ln.kept]
    leads = [i for i, text in kept if paragraph(text)][:_LEADS]
    if not leads:
        return
    lead: set[tuple[str, str]] = set().union(*(word_pairs(lines[i].text) for i in leads))
    for index, text in kept:
        if index >= leads[0]:
            break
        if (
            len(text.split()) >= _ROW_WORDS
            and running_names(text)
            and not paragraph(text)
            and text[-1:].isalnum()
            and not _FIELD.search(text)
            and told(text, lead) <= _UNTOLD
        ):
            lines[index].reason = "menu"


__all__ = ["mark_untold_rows"]
