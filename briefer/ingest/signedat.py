"""A treaty's or a joint statement's closing formula as a line of the body (pure).

"Done in Yerevan on 10 October 2025, in the Armenian, Vietnamese and English languages.",
"Làm tại Hà Nội, ngày …, thành hai bản, mỗi bản bằng tiếng Việt và tiếng Anh.": where, when
and in what languages the text was signed, printed above the signature blocks. It is the
document's colophon, no sentence of what the parties said; the shape itself is told by
:func:`briefer.ingest.routine.signing_formula`. Here only a line that is the formula and
nothing more leaves the body: a paragraph going on with sentences of its own stays.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.routine import signing_formula

# (a second sentence inside the line: a full stop, a space, a capital)
_NEXT_SENTENCE: Final = re.compile(r"[.!?…]\s+[\"“(]?[A-ZÀ-ỸĐ]")


def signing_line(text: str) -> bool:
    """A line that is a closing formula alone, one sentence."""
    text = text.strip()
    return signing_formula(text) and _NEXT_SENTENCE.search(text) is None
