"""Time-of-day words: the one vocabulary for "sáng 25/8", "chiều qua", "rạng sáng 3-1".

Dates (a day/month pair after one of these is a date), metadata (the sentence that dates an
article), ranks ("sáng thứ Hai" is no rank) and visit direction ("Sáng" folds to "sang", a
verb of travel) all read the same words from here.
"""

from __future__ import annotations

import re
from typing import Final

_B: Final = r"[^\S\n]"
# Longest first: "rạng sáng" before "sáng".
WORDS: Final = ("rạng sáng", "sáng", "trưa", "chiều", "tối", "đêm", "khuya")
# "sáng nay", "chiều qua", "tối mai", "sáng ngày 25/8".
RELATIVE: Final = ("nay", "qua", "mai", "ngày")

# A time-of-day word as a regex fragment, any case ("Sáng", "CHIỀU").
WORD: Final = "(?i:" + "|".join(w.replace(" ", f"{_B}+") for w in WORDS) + ")"
_RELATIVE: Final = "(?i:" + "|".join(RELATIVE) + ")"

# A time-of-day word (and "nay"/"qua"/"mai"/"ngày") right before a number: "Sáng 25/8",
# "Chiều ngày 13-1". The match stops before the blank and the number.
BEFORE_NUMBER: Final = re.compile(rf"(?<![^\W\d_]){WORD}(?:{_B}+{_RELATIVE})?(?={_B}+\d)")

__all__ = ["BEFORE_NUMBER", "RELATIVE", "WORD", "WORDS"]
