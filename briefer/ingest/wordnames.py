"""Country names that are ordinary words too: the Vietnamese syllable "Ý" (Italy; "ý kiến" an
opinion, "Như Ý" a given name) and the English "US" (the United States; "us" in a line set in
capitals, "CONTACT US", and the dollar's mark, "US$").

Owns only the test of one such mention; :mod:`briefer.ingest.countries` lists the name and
asks here. Lower case is never the country (names match case-sensitively), so the doubt is a
capital "Ý" that opens a sentence or a heading ("Ý kiến bạn đọc", "Cuộc thi Ý tưởng"), sits in
an all-caps line ("LƯU Ý"), or ends a person's name ("Nguyễn Như Ý").
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.rxparts import CAPITAL

WORD_NAMES: Final = frozenset({"Ý", "US"})

# Sino-Vietnamese words built on "ý" (idea, will): the syllable after it ("Ý kiến", "ý
# nghĩa", "Ý THỨC") or before it ("LƯU Ý", "ĐỒNG Ý") makes the word, not Italy.
_WORD_AFTER: Final = re.compile(
    r"[^\S\n]+(?:kiến|tưởng|nghĩa|thức|chí|định|nguyện|muốn|niệm|tứ|đồ|thích)(?!\w)",
    re.IGNORECASE,
)
# (in capitals only: a capitalised one, "Lưu Ý", is a name's syllable below; a lower-case one
# before a capital "Ý", "cũng như Ý", is Italy)
_WORD_BEFORE: Final = re.compile(
    r"(?<!\w)(?:"
    + "|".join(w.upper() for w in ("lưu", "chú", "đồng", "gợi", "cố", "tùy", "tuỳ", "chủ",
                                   "ngụ", "tâm", "thiện", "ác", "hữu", "vô"))
    + r")[^\S\n]+\Z"
)  # fmt: skip
# A capitalised syllable right before, with no comma between: the last syllable of a name
# ("Như Ý"); a lower-case word before it ("xuất khẩu ở Ý", "đến Ý") is none.
_NAME_BEFORE: Final = re.compile(rf"(?<!\w)[{CAPITAL}][^\W\d_{CAPITAL}]*[^\S\n]+\Z")


# "US" names a currency, not the country, before "$" or "dollar"/"cent" ("US$1.2 billion",
# "US $7 million", "US dollars"): the pair is the sentence's other country, whatever the
# money's mark.
_CURRENCY_AFTER: Final = re.compile(
    r"[^\S\n]*(?:\$|-?[^\S\n]*(?:dollars?|cents?)(?!\w))", re.IGNORECASE
)
# A word in capitals right before (2+ letters; not the article, "THE US"): the line is set in
# capitals, where "US" may be the pronoun.
_CAPS_WORD_BEFORE: Final = re.compile(rf"(?<!\w)(?!THE\b)[{CAPITAL}]{{2,}}[^\S\n]+\Z")
# The site's calls that take the pronoun ("FOLLOW US", "ABOUT US", "WRITE TO US"); a
# headline's verb or conjunction ("VIETNAM AND US …", "EXPORTS TO US SURGE") takes none.
_CALL_BEFORE: Final = re.compile(
    r"(?<!\w)(?:CONTACT|FOLLOW|ABOUT|JOIN|E-?MAIL|CALL|WRITE[^\S\n]+TO|SUBSCRIBE)[^\S\n]+\Z"
)
_SHORT_LINE: Final = 4  # words: a menu's or a button's line ("LIKE US ON FACEBOOK")


def _us_is_country(text: str, start: int, end: int) -> bool:
    """Whether "US" is the United States: not the dollar's mark, not the pronoun in capitals
    (after a site's call, or in a short line of capitals)."""
    if _CURRENCY_AFTER.match(text, end):
        return False
    before = text[max(0, start - 24) : start]
    if not _CAPS_WORD_BEFORE.search(before):
        return True
    if _CALL_BEFORE.search(before):
        return False
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    return len(line.split()) > _SHORT_LINE


def word_name_is_country(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` (one of :data:`WORD_NAMES`) is the country."""
    if text[start:end] == "US":
        return _us_is_country(text, start, end)
    before = text[max(0, start - 16) : start]
    if _WORD_AFTER.match(text, end) or _WORD_BEFORE.search(before):
        return False
    # "Việt Nam - Ý", "sang Ý", "Pháp, Ý": a country word or a list before it is no name.
    return not _NAME_BEFORE.search(before)


__all__ = ["WORD_NAMES", "word_name_is_country"]
