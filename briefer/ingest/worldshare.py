"""A country's share of the whole world's output or stock is its own standing, no pair's (pure).

Background on a partner often ranks it by its weight in the world: "Madagascar hiện cung cấp
khoảng 80% sản lượng vani của thế giới", "các chủ tàu Hy Lạp kiểm soát khoảng 20% đội tàu
thương mại thế giới", "Morocco holds about 70% of the world's phosphate reserves". The amount
is the object of a share verb (supply, control, hold, account for) and what it is a share of
is the world's; the one who holds it is a country named before it. Nothing in it joins the
two sides: it is one side's standing (or a third party's), so the miner files no figure and
no statement of the pair for it.

A share with no country as its holder ("ngành xây dựng chiếm 40% lượng tiêu thụ năng lượng
của thế giới") is left alone, and so is a change told against world prices ("tăng 84% … do
giá cà phê thế giới tăng"): no share verb governs that amount.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import find_countries
from briefer.ingest.rxparts import BOTH_SIDES, WORD_END, WORD_START

# The share verb right before the amount, with a hedge: "kiểm soát khoảng", "accounts for about".
_SHARE_VERB: Final = re.compile(
    r"(?<![^\W\d_])(?:chiếm(?:\s+giữ)?|kiểm\s+soát|nắm(?:\s+giữ)?|sở\s+hữu|cung\s+cấp|cung\s+ứng"
    r"|sản\s+xuất|khai\s+thác|control(?:s|led)?|hold(?:s|ing)?|held|suppl(?:y|ies|ied)"
    r"|produce(?:s|d)?|account(?:s|ed)?\s+for|make(?:s)?\s+up|own(?:s|ed)?)"
    r"\s+(?:(?:khoảng|gần|hơn|trên|tới|đến|xấp\s+xỉ|about|around|nearly|almost|over|some"
    r"|roughly|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# What the share is of, right after the amount and no further than a short noun phrase:
# "sản lượng vani của thế giới", "đội tàu thương mại thế giới", "of the world's phosphate",
# "of global output". No verb or clause word may come between ("so với", "do", "than").
_OF_WORLD: Final = re.compile(
    r"^\s*(?:(?!so\s+với|do\s|nhờ|vì|than\b|due\b|compared\b)[^\W\d][\w-]*\s+){0,6}?"
    r"(?:(?:của\s+)?(?:thế\s+giới|toàn\s+cầu)|(?:the\s+)?world(?:'s|’s|\s+total)?"
    r"|global(?:ly)?)(?![^\W\d_])",
    re.IGNORECASE,
)
# A percentage, with the hedge the amount may carry: "khoảng 80%", "about 20 percent".
_PERCENT: Final = re.compile(
    r"(?:(?:khoảng|gần|hơn|trên|tới|xấp\s+xỉ|about|around|nearly|almost|over|some|roughly"
    r"|more\s+than|up\s+to)\s+)?\d[\d.,]*\s*(?:%|phần\s+trăm|per\s*cent)",
    re.IGNORECASE,
)
# The two sides joined in the share's own clause: then it is theirs, kept.
_BOTH: Final = re.compile(rf"{WORD_START}{BOTH_SIDES}{WORD_END}", re.IGNORECASE)


def world_share(clause: str, at: int) -> bool:
    """Whether the amount at ``at`` of ``clause`` is a percentage of the world's whole held
    by a country named before it."""
    share = _PERCENT.match(clause, at)
    if share is None:
        return False
    before, after = clause[:at], clause[share.end() :]
    if _SHARE_VERB.search(before) is None or _OF_WORLD.match(after) is None:
        return False
    if _BOTH.search(clause):
        return False
    return bool(find_countries(before))


__all__ = ["world_share"]
