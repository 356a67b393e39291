"""A line set in capitals as OCR misreads it (pure).

Owns one repair: a scanned page's masthead or heading is set in capitals, and OCR takes a
capital I for a lower-case l or the figure 1 beside other capitals ("GIỚl", "THẾ G1ỚI") —
the strokes are alike. In a line whose every other letter is a capital those are the I it
printed, so a name read from it (a masthead's) is matched as printed. A line with any
other lower-case letter is not set in capitals and is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

# An l beside a letter ("GIỚl") or a 1 between two ("G1ỚI"); not a code's 1 ("H1", "Q1").
_MISREAD: Final = re.compile(r"(?<=[^\W\d_])l|l(?=[^\W\d_])|(?<=[^\W\d_])1(?=[^\W\d_])")
_MIN_LETTERS: Final = 4


def caps_repaired(line: str) -> str:
    """ "AN NINH THẾ GIỚl" → "AN NINH THẾ GIỚI"; a line not in capitals, or one with no
    such letter, unchanged."""
    others = [ch for ch in _MISREAD.sub("", line) if ch.isalpha()]
    if len(others) < _MIN_LETTERS or not all(ch.isupper() for ch in others):
        return line
    repaired = _MISREAD.sub("I", line)
    return repaired if repaired.isupper() else line


__all__ = ["caps_repaired"]
