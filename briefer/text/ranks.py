"""Ranks in Vietnamese and English text: "đối tác thương mại lớn thứ tư" → 4, "Japan's
fourth largest trading partner" → 4.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.text import daytime
from briefer.text.amountwords import BLANK, NOT_LETTER_AFTER, alternation, unit_key

_VI_ORDINALS: Final[dict[str, int]] = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
_EN_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_VI_NTH: Final = rf"(?P<n>\d{{1,3}}|{alternation(list(_VI_ORDINALS))}){NOT_LETTER_AFTER}"
# "lớn thứ 4", "lớn thứ tư", "lớn nhất", "đứng thứ hai", "xếp hạng thứ 3".
_VI_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?:(?:lớn|đứng|xếp(?:{BLANK}+hạng)?){BLANK}+thứ{BLANK}+{_VI_NTH}"
    rf"|(?P<top>lớn{BLANK}+nhất){NOT_LETTER_AFTER})",
    re.IGNORECASE,
)
# A bare "thứ sáu" is a rank only after a noun that ranks ("đối tác thương mại thứ sáu");
# "lần thứ 30" is a count and "thứ Sáu" / "thứ 4" after a time word is a weekday.
_VI_BARE_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?P<head>đối tác|bạn hàng|thị trường|nhà đầu tư|nhà cung cấp|quốc gia"
    rf"|nền kinh tế|vị trí|hạng)(?P<between>[^.;:,()\n]{{0,40}}?)"
    rf"(?<![^\W\d_])thứ{BLANK}+{_VI_NTH}",
    re.IGNORECASE,
)
_WHOLE_RANK: Final = re.compile(rf"thứ{BLANK}+{_VI_NTH}", re.IGNORECASE)
_NOT_RANK_BEFORE: Final = re.compile(
    rf"(?:lần|ngày|hôm|{daytime.WORD}|vào|lúc|khóa|khoá|kỳ|phiên|đợt|nhiệm)[^\S\n]+\Z",
    re.IGNORECASE,
)
_EN_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{alternation(list(_EN_ORDINALS))}))"
    rf"[-\s](?:largest|biggest){NOT_LETTER_AFTER}"
    rf"|(?<![^\W\d_])(?P<top>largest|biggest){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)


def _rank_value(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("top"):
        return 1
    n = groups.get("n")
    if n and n.isdigit():
        return int(n)
    if n:
        return _VI_ORDINALS[unit_key(n)]
    return _EN_ORDINALS[unit_key(groups.get("word") or "")]


def find_ordinal_rank(text: str) -> tuple[int, str] | None:
    """The first rank in ``text`` and the words that say it.

    "đối tác thương mại lớn thứ 4" → (4, "lớn thứ 4"); "lớn thứ tư" → (4, "lớn thứ tư");
    "lớn nhất" → (1, "lớn nhất"); "fourth-largest" → (4, "fourth-largest"). A bare
    "thứ sáu" counts after a noun that ranks ("bạn hàng thứ sáu") or as the whole text;
    "lần thứ 30" and weekdays ("vào thứ Sáu") do not.
    """
    candidates: list[tuple[int, int, str]] = []
    for pattern in (_VI_RANK, _EN_RANK):
        for match in pattern.finditer(text):
            candidates.append((match.start(), _rank_value(match), match.group()))
    whole = _WHOLE_RANK.fullmatch(text.strip())
    if whole:
        # The value of a field ("thứ sáu"): no noun around it to say it is a rank.
        start = text.index(whole.group())
        candidates.append((start, _rank_value(whole), whole.group()))
    for match in _VI_BARE_RANK.finditer(text):
        start = match.end("between")
        if not _NOT_RANK_BEFORE.search(text, max(0, start - 20), start):
            candidates.append((start, _rank_value(match), text[start : match.end()]))
    ranks = [c for c in candidates if c[1] > 0]  # "thứ 0" ranks nothing
    if not ranks:
        return None
    _, rank, words = min(ranks)
    return rank, words


__all__ = ["find_ordinal_rank"]
