"""A sentence that only announces a list is no claim (pure).

"Dưới đây là một số số liệu nổi bật về quan hệ thương mại song phương.", "Sau đây là những
điểm đáng chú ý …", "Below are the key figures of the trade.", "Here are five things
exporters should know": it names what follows (the pair, its trade) but tells nothing of it;
the items after it hold the facts."""

from __future__ import annotations

import re
from typing import Final

_ANNOUNCES: Final = re.compile(
    r"^\s*(?:(?:Dưới|Sau)\s+đây\s+(?:là|gồm|sẽ\s+là)|(?:Below|Here)\s+(?:are|is)"
    r"|The\s+following\s+(?:are|is))\s+[^.;:!?]*[.:]?\s*$",
    re.IGNORECASE,
)

_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def list_intro(text: str) -> bool:
    """Whether the sentence ``text`` does nothing but announce the list after it."""
    # (a year names an occasion: "Below is the speech delivered at the … Forum held on March
    # 11, 2025" tells the forum)
    return _ANNOUNCES.match(text) is not None and _YEAR.search(text) is None


__all__ = ["list_intro"]
