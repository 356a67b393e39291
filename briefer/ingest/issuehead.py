"""An issue's masthead reprinted in a mailed bulletin's body (pure).

A trade office mails its bulletin under a subject that is only the series' name and issue
("Bản tin thị trường X số 10/2025", "Market Bulletin No. 4"). The body often opens on a
covering note of its own ("… trân trọng gửi bản tin thị trường tháng 10/2025."), then prints
the issue's masthead (the subject again, often in capitals), then the issue's headline over
its first paragraph. The covering note is no article: the headline to look for is the one
below the masthead. This module owns :func:`after_masthead`, which returns the body's lines
below the last line reprinting the subject (the whole body when none does).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text.fold import fold

_WORD: Final = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def after_masthead(subject: str, body: list[str]) -> list[str]:
    """The body below its last line that reprints the subject word for word (any case,
    accents and punctuation aside: "BẢN TIN THỊ TRƯỜNG X - SỐ 10/2025" for "Bản tin thị
    trường X số 10/2025"); the body itself when no line does."""
    wanted = _tokens(subject)
    if len(wanted) < 2:
        return body
    last = -1
    for i, line in enumerate(body):
        if _tokens(line) == wanted:
            last = i
    return body[last + 1 :]


__all__ = ["after_masthead"]
