"""A note naming where figures come from: "³ Tác giả tổng hợp từ số liệu của Tổng cục
Thống kê (2015-2024).", "Nguồn: Bộ Công Thương", "Source: UN Comtrade", "Authors'
calculations based on customs data".

A journal's footnote or a table's source line tells whose numbers they are, never what
happened: its years are the data's span, not an event. Such a sentence yields no candidate.
"""

from __future__ import annotations

import re
from typing import Final

# (a footnote's mark may open it: a superscript or a plain number before the words)
_SOURCE_NOTE: Final = re.compile(
    r"\s*(?:[¹²³⁰⁴⁵⁶⁷⁸⁹]+|\d{1,2}[.)]?)?\s*"
    r"(?:(?:Nguồn|Nguồn\s+số\s+liệu|Source|Sources|Data\s+source)\s*:"
    r"|(?:Tính\s+toán|Tổng\s+hợp|Xử\s+lý)\s+của\s+(?:nhóm\s+)?tác\s+giả"
    r"|(?:The\s+)?authors?(?:'|’)?s?(?:'|’)?\s+(?:own\s+)?(?:calculations?|compilation)"
    r"|(?:Calculated|Compiled)\s+by\s+the\s+authors?)",
    re.IGNORECASE,
)


def source_note(sentence: str) -> bool:
    """Whether ``sentence`` is a note of where figures come from."""
    return _SOURCE_NOTE.match(sentence) is not None
