"""A site's menu copied as one line whose items are set apart by gaps (pure).

A page copied to text keeps its navigation bar as one line, the items parted by runs of
spaces: "Trang chủ  Thời sự  Chính sách của Chính phủ, Thủ tướng  Kinh tế  Quốc tế". Short
items are caught by the cleaner's spaced-menu pattern; an item of a section's long name (a
comma, eight words) is not, and the line was then read as the page's headline. A headline is
never set in many gap-parted pieces; this module owns that shape (:func:`gapped_menu`).
"""

from __future__ import annotations

import re
from typing import Final

_GAP: Final = re.compile(r"[^\S\n]{2,}")
_MIN_ITEMS: Final = 5  # (a headline's stray double space parts it in two or three, not five)
_ITEM_WORDS: Final = 10  # (Vietnamese syllables: "Chỉ đạo của Chính phủ, Thủ tướng")
_SENTENCE_END: Final = (".", "!", "?", ":", ";", "…")


def _item(text: str) -> bool:
    """A menu item: a capitalised name of a few words, no figure, no sentence's stop."""
    words = text.split()
    return (
        0 < len(words) <= _ITEM_WORDS
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and not text.endswith(_SENTENCE_END)
    )


def gapped_menu(raw: str) -> bool:
    """``raw`` (a line as typed, its gaps kept) is five or more gap-parted menu items."""
    items = [part for part in _GAP.split(raw.strip()) if part]
    return len(items) >= _MIN_ITEMS and all(_item(part) for part in items)
