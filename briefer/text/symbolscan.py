"""A quick scan for the characters a per-character Unicode check looks for (pure).

Some line rules walk a line character by character asking ``unicodedata.category`` whether
each one is a pictograph (``So``), a combining mark (``Mn``) or an invisible format character
(``Cf``). Most lines hold none: plain ASCII, Latin letters with their accents, Vietnamese
precomposed letters. :func:`only_common` answers "none of those here" with one C-speed regex
search, so such a rule may skip its walk; when it says False the rule walks as before.

The set of characters it treats as common is computed from ``unicodedata`` itself over the
ranges that hold Latin and Vietnamese text (so it cannot drift from the categories the rules
ask about): a character outside those ranges always sends the rule to its own walk.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# The categories the walks look for: pictographs and other symbols, non-spacing (combining)
# marks, format characters (soft hyphen, zero-width joiners, direction marks).
RARE_CATEGORIES: Final = frozenset(("So", "Mn", "Cf"))
# Latin (ASCII, Latin-1, Extended-A/B, IPA, spacing modifiers) and Latin Extended Additional,
# where Vietnamese letters with two marks are ("ạ", "ế", "ữ").
_SCANNED: Final = ((0x0000, 0x0300), (0x1E00, 0x1F00))


def _common_class() -> re.Pattern[str]:
    kept = [
        chr(code)
        for low, high in _SCANNED
        for code in range(low, high)
        if unicodedata.category(chr(code)) not in RARE_CATEGORIES
    ]
    return re.compile("[^" + "".join(re.escape(c) for c in kept) + "]")


_UNCOMMON: Final = _common_class()


def only_common(text: str) -> bool:
    """True when ``text`` holds no character of category So, Mn or Cf (checked exactly for
    Latin and Vietnamese letters; any other character answers False)."""
    return _UNCOMMON.search(text) is None


__all__ = ["RARE_CATEGORIES", "only_common"]
