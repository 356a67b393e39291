"""A copyright line that names its holder before the sign: "X © 2025", "X (c) 2024-2025".

Owns only that order of the claim; the usual order ("© 2025 X") is read by
``outletnames.copyright_holder``, which asks this module when the words after the sign name
nobody.
"""

from __future__ import annotations

import re
from typing import Final

# The whole line is the name, the sign and a year or span at most: a caption's credit
# ("Photo: X ©") or a sentence that mentions copyright holds more words than that.
_HOLDER_FIRST: Final = re.compile(
    r"^(?P<holder>[A-ZĐ][^\W\d_]*(?:\s+(?:&\s+)?[A-ZĐ][^\W\d_]*){0,5})\s*"
    r"(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\.?$"
)


def holder_before_sign(line: str) -> str:
    """The name before a line's copyright sign ("Name News Agency © 2025" → the name),
    else ""."""
    match = _HOLDER_FIRST.match(" ".join(line.split()))
    return match.group("holder") if match else ""


__all__ = ["holder_before_sign"]
