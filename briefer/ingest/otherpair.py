"""Figures that belong to no pair of Việt Nam's, told by how the flow names its countries (pure).

- A foreign country's trade *with* another foreign country: "Latvia's trade with Thailand
  stood at 98 million euros", "thương mại của Lào với Thái Lan đạt …". "With" has no
  direction, so :func:`briefer.ingest.flowends.foreign_ends` (which reads "to"/"from"/
  "between") let it pass and the article's partner got a third country's trade.
- A whole broken down by its main sources after the amount: "tỉnh hiện thu hút 246 dự án FDI
  với tổng vốn 11,8 tỷ USD, chủ yếu từ Hàn Quốc và Nhật Bản", "imports reached $3 billion,
  mainly from China and Korea". The countries are where most of it came from; the figure is
  the total of a place (or of Việt Nam), none of theirs.
- A foreign country's top partners when they are other countries: "Các đối tác thương mại
  lớn nhất của Kyrgyzstan hiện là Trung Quốc, Nga và Kazakhstan", "Thailand and China remain
  Myanmar's largest trading partners" — the rank is theirs, Việt Nam is not ranked.
- A foreign country's own sales told with their main markets after the amount, the mirror of
  the sources above: "Peru xuất khẩu đồng đạt 20 tỷ USD, chủ yếu sang Trung Quốc và Ấn Độ";
  and a province's or a sector's exports told so ("xuất khẩu của tỉnh đạt 33 tỷ USD, chủ yếu
  sang Trung Quốc, Hàn Quốc và Mỹ"): the seller's whole, no pair's.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from briefer.ingest.countries import HOME, find_countries

# What joins an owner's flow to its other end when the verb gives no direction: "Latvia's
# trade with", "trade of Latvia with", "thương mại (hai chiều) của Lào với".
_OWNED_WITH: Final = re.compile(
    r"\A(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:trade|commerce|turnover)\s+with"
    r"|\s+(?:với|cùng)|\s+(?:trade|commerce|turnover)\s+with)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# (the flow noun before the owner, when the owner follows it: "trade of Latvia", "thương mại
# của Lào", "kim ngạch thương mại hai chiều giữa Lào")
_FLOW_OF: Final = re.compile(
    # ("tổng kim ngạch xuất nhập khẩu của Nhật Bản với Trung Quốc": its trade, both ways)
    r"(?<![^\W\d_])(?:(?:trade|commerce|turnover)\s+of|(?:thương\s+mại|kim\s+ngạch"
    r"(?:\s+thương\s+mại|\s+xuất\s+nhập\s+khẩu)?)(?:\s+hai\s+chiều)?\s+của)\s+\Z",
    re.IGNORECASE,
)
_ENGLISH_OWNER: Final = re.compile(r"\A['’]s?\s", re.IGNORECASE)


def foreign_with(before: str) -> bool:
    """Whether ``before`` (a figure's clause up to its amount) names one foreign country's
    trade with another foreign country, Việt Nam neither of them."""
    named = find_countries(before)
    if any(m.code == HOME for m in named):
        return False
    for owner, other in pairwise(named):
        if owner.code == other.code:
            continue
        between = before[owner.end : other.start]
        if not _OWNED_WITH.match(between):
            continue
        lead = before[max(0, owner.start - 40) : owner.start]
        if _ENGLISH_OWNER.match(between) or _FLOW_OF.search(lead):
            return True
    return False


# "chủ yếu từ", "phần lớn đến từ", "mainly from", "mostly from": the main sources of a whole.
_MAINLY_FROM: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:chủ\s+yếu|phần\s+lớn|đa\s+số)\s+(?:là\s+)?(?:đến\s+)?từ"
    r"|(?:mainly|mostly|largely|primarily|chiefly|predominantly)\s+from)\s",
    re.IGNORECASE,
)


def sources_after(clause: str, at: int) -> bool:
    """Whether the amount at ``at`` of ``clause`` is a whole told with its main sources after
    a "mainly from" cue, Việt Nam none of them: every foreign country is named after the
    cue, or one country before it owns the whole and the sources are others ("Algeria nhập
    khẩu lương thực … 9 tỷ USD, chủ yếu từ Pháp, Argentina và Ukraine": a foreign country's
    imports from third countries, nothing of the pair)."""
    cue = _MAINLY_FROM.search(clause, at)
    if cue is None:
        return False
    named = find_countries(clause)
    foreign = [m for m in named if m.code != HOME]
    if foreign and all(m.start >= cue.end() for m in foreign):
        return True
    if any(m.code == HOME for m in named):
        return False  # (Việt Nam's own whole is the rule above; a source of Việt Nam's, the pair's)
    owners = {m.code for m in named if m.start < cue.end()}
    sources = {m.code for m in named if m.start >= cue.end()}
    return bool(sources) and len(owners) == 1 and not owners & sources


# "chủ yếu sang", "phần lớn xuất sang", "mainly to": the main markets of a whole's sales.
_MAINLY_TO: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:chủ\s+yếu|phần\s+lớn|đa\s+số)\s+(?:là\s+)?(?:(?:xuất\s+)?(?:sang|tới|đến)"
    r"|vào\s+(?:thị\s+trường\s+)?)|(?:mainly|mostly|largely|primarily|chiefly|predominantly)"
    r"\s+(?:to|for))\s",
    re.IGNORECASE,
)


def markets_after(clause: str, at: int) -> bool:
    """Whether the amount at ``at`` of ``clause`` is one foreign country's own sales told with
    their main markets after a "mainly to" cue, Việt Nam neither the seller nor a market
    ("Năm 2024, Peru xuất khẩu đồng đạt 20 tỷ USD, chủ yếu sang Trung Quốc": the mirror of
    :func:`sources_after`'s imports from third countries) — or, no country selling before the
    cue, a province's, a firm's or a sector's exports told with two or more markets."""
    cue = _MAINLY_TO.search(clause, at)
    if cue is None:
        return False
    named = find_countries(clause)
    if any(m.code == HOME for m in named):
        return False
    owners = {m.code for m in named if m.start < cue.end()}
    markets = {m.code for m in named if m.start >= cue.end()}
    if not owners:
        # (no country sells before the cue: a province's, a firm's or a sector's own total,
        # its several markets named after it — "xuất khẩu của tỉnh X đạt 33 tỷ USD, chủ yếu
        # sang Trung Quốc, Hàn Quốc và Mỹ" — is the seller's whole, no pair's)
        return len(markets) >= 2 and _SALES.search(clause, 0, at) is not None
    return bool(markets) and len(owners) == 1 and not owners & markets


# The word of a seller's sales before its amount ("kim ngạch xuất khẩu của tỉnh", "exports").
_SALES: Final = re.compile(
    r"(?<![^\W\d_])(?:xuất\s+khẩu|exports?|shipments|sales)(?![^\W\d_])", re.I
)


# Whose group the rank counts in: a possessive just before the rank ("Myanmar's largest
# trading partners") or "của A" / "of A" just after it ("lớn nhất của Kyrgyzstan").
_OWNER_BEFORE: Final = re.compile(r"['’]s?\s+(?:the\s+)?\Z")
_OWNER_AFTER: Final = re.compile(
    r"(?:\s+[^\W\d_][\w-]*){0,4}?\s+(?:của|of)\s+(?:the\s+)?", re.IGNORECASE
)


def third_ranked(sentence: str, start: int, end: int) -> bool:
    """Whether the rank at ``start:end`` of ``sentence`` ranks third countries among a
    foreign country's partners: the group is a foreign country's, other countries are named
    in the clause, and Việt Nam nowhere in it."""
    clause_start = sentence.rfind(";", 0, start) + 1
    clause_end = sentence.find(";", end)
    clause = sentence[clause_start : clause_end if clause_end >= 0 else len(sentence)]
    start, end = start - clause_start, end - clause_start
    named = find_countries(clause)
    if not named or any(m.code == HOME for m in named):
        return False
    owners = [m for m in named if m.end <= start and _OWNER_BEFORE.search(clause[m.end : start])]
    after = _OWNER_AFTER.match(clause, end)
    if after is not None:
        owners += [m for m in named if m.start == after.end()]
    return any(m.code != owner.code for owner in owners for m in named)


__all__ = ["foreign_with", "markets_after", "sources_after", "third_ranked"]
