"""The pieces the cue tables' patterns are written with (pure): word edges and a compiler
that lets a space in a pattern stand for a run of blanks. Shared by :mod:`keywords` and the
modules split out of it (:mod:`rankmetric`)."""

from __future__ import annotations

import re
from typing import Final

BLANK: Final = r"[^\S\n]"
# English's small words, lower case inside a name or a headline in title case ("Embassy of
# the X", "Deal with Focus on Copper from the Andes"): function words, no clause's own.
SMALL_WORDS: Final = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
WORD_START: Final = r"(?<![^\W\d_])"  # not glued to a letter on the left
WORD_END: Final = r"(?![^\W\d_])"  # … nor on the right
# The two sides named without their names: what makes a sentence the pair's ("hai nước",
# "song phương", "two-way", "both sides").
BOTH_SIDES: Final = (
    r"(?:hai\s+nước|hai\s+bên|song\s+phương|hai\s+chiều|bilateral|two-way"
    r"|the\s+two\s+(?:countries|sides|nations)|both\s+(?:countries|sides))"
)
# Việt Nam by name, in Vietnamese or English ("Viet Nam", "Vietnam", "Vietnamese").
HOME_NAME: Final = r"(?:Vi[eệ]t\s?Nam|Vietnam(?:ese)?)"
# The capitals of Vietnamese and English, for a character class ("[{CAPITAL}]"), and a word
# of a person's name: a capital, then letters (an apostrophe or a hyphen inside: "O'Neil").
CAPITAL: Final = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
NAME_WORD: Final = rf"[{CAPITAL}][^\W\d_]*(?:['’-][^\W\d_]+)*"
# A day of the week, English or Vietnamese, as a word (compile it case-blind).
WEEKDAY: Final = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b"
)
# A host name alone — no scheme, no path, a short top-level label ("vov.vn", "www.x.gov.vn");
# ``label`` is its first label after "www.". One pattern for every reader that asks whether
# a line, cell or site name is only a web address.
HOST: Final = re.compile(
    r"^(?:www\.)?(?P<label>[a-z0-9-]+)(?:\.[a-z0-9-]+)*\.[a-z]{2,4}$", re.IGNORECASE
)


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` with each space matching a run of blanks (" ?" an optional one)."""
    pattern = pattern.replace(" ?", "\x00").replace(" ", rf"{BLANK}+").replace("\x00", rf"{BLANK}*")
    return re.compile(pattern, flags)


__all__ = ["BLANK", "CAPITAL", "HOST", "NAME_WORD", "WEEKDAY", "WORD_END", "WORD_START", "rx"]
