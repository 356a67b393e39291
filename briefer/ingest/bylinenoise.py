"""What a byline reader may hold that names no writer, or names one with its label (pure).

Two shapes reach the author readers from a page's head:

- the label kept before the name ("By Name", "By: Name", "Bởi: Name"): a byline's label is
  no part of the writer's name;
- a row of share buttons under the byline ("Facebook Twitter WhatsApp Email", "Chia sẻ Zalo
  Facebook", "Watch Video Print Share"): every word a sharing channel, a page's button or
  its verb, no person.

This module owns :func:`without_by_label` and :func:`is_share_row`.
"""

from __future__ import annotations

import re
from typing import Final

# "By Name", "By: Name", "BY NAME", "Bởi: Name": the byline's label before the writer.
_BY_LABEL: Final = re.compile(r"^(?:By|BY|by|Bởi|bởi)\s*:?\s+(?=\S)")
# The channels a page's share bar offers and the words about them.
_SHARE_WORD: Final = re.compile(
    r"^(?:Facebook|Twitter|X|WhatsApp|Telegram|Viber|Zalo|LinkedIn|Instagram|Pinterest"
    r"|Reddit|Messenger|Line|WeChat|Email|E-mail|Mail|Print|In|Copy|Link|Share|Tweet"
    r"|Chia|sẻ|this|bài|viết|Sao|chép|liên|kết"
    # (a page's media and print buttons beside them: "Watch Video Print Share")
    r"|Watch|Video|Listen|Audio|Download|Save|Bookmark|Nghe|Xem)$",
    re.IGNORECASE,
)
_MIN_CHANNELS: Final = 2  # one word alone ("Line", "Mail") may be a name's part


def without_by_label(name: str) -> str:
    """The writer a byline names without its label ("By: Jane Roe" → "Jane Roe")."""
    return _BY_LABEL.sub("", name.strip(), count=1)


def is_share_row(text: str) -> bool:
    """Whether a line is a page's share buttons: two words or more, every one a sharing
    channel or a word of its call ("Facebook Twitter WhatsApp Email", "Chia sẻ: Zalo")."""
    words = [w for w in re.split(r"[\s|,:;/·•]+", text) if w]
    return len(words) >= _MIN_CHANNELS and all(_SHARE_WORD.match(w) for w in words)
