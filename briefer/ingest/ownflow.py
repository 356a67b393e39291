"""A foreign country's own exports, with no counterpart (pure): "Oman's non-oil exports grew
by 12.4% last year", "Qatar xuất khẩu khoảng 80 tỷ USD khí đốt" — the one country named
is the flow's owner, and nothing names Việt Nam, the two countries or a destination. What it
sells the whole world is no figure of the pair. (Its imports stay: "Yemen nhập khẩu khoảng
90% lương thực" is the market Việt Nam's exporters sell to, a fact the keys keep; but "Fiji's
total imports were valued at FJ$7.2 billion", its possession, is its own.)"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, CountryMention, find_countries
from briefer.ingest.rxparts import WORD_START

# The owner then its exports: "Oman's (non-oil) exports", "Qatar (hiện) xuất khẩu".
_FLOW_AFTER: Final = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:exports|(?:hiện\s+)?xuất\s+khẩu)\b",
    re.IGNORECASE,
)
# Any word of the pair or of a counterpart: then it is no country's own trade.
_PAIRED: Final = re.compile(
    r"\b(?:Vi[eệ]t\s?Nam|Vietnam(?:ese)?|hai\s+(?:nước|bên|chiều)|song\s+phương|two[- ]way"
    r"|bilateral|two\s+countries|both\s+sides|(?:the|our)\s+country|nước\s+(?:ta|này|bạn)"
    # a country named by its region, the wires' way of not repeating a name: "Peruvian
    # exports to the Asian country", "… the Southeast Asian nation" (a counterpart)
    r"|(?:the|this)\s+(?-i:[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?:country|nation))\b",
    re.IGNORECASE,
)


# "Fiji's total imports last year were valued at …", "Ecuador's non-oil exports reached …":
# a country's own flow told as its possession, however the clause goes on after the amount.
# ("Bangladesh's overall export earnings fell 2.3 per cent": what its sales abroad brought in)
_OWNED_FLOW: Final = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|(?:export|import)\s+(?:earnings"
    r"|receipts|revenues?|bill))\b(?![^\W\d_]*\s+(?:to|from|of)\b)",
    re.IGNORECASE,
)


# The flow named before its owner: "Kim ngạch xuất khẩu của Costa Rica năm 2024 đạt …",
# "nhập khẩu của X đạt …" (its possession, as "X's exports"); "the exports of X".
_FLOW_OF_OWNER: Final = re.compile(
    rf"{WORD_START}(?:(?:[Kk]im\s+ngạch|[Tt]ổng\s+kim\s+ngạch|[Gg]iá\s+trị)\s+)?(?:[Xx]uất"
    rf"|[Nn]hập)\s+khẩu\s+(?:hàng\s+hóa\s+)?của\s+(?:nước\s+)?$|{WORD_START}(?:exports|imports)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What the owner earned from its own sales abroad: "Uganda earned over US$2 billion from
# coffee exports" (the owner before the amount, the exports after it).
_EARNED: Final = re.compile(r"\s+(?:earned|made|raked\s+in|brought\s+in)\s+(?:\w+\s+){0,2}$")
_FROM_EXPORTS: Final = re.compile(r"\s*(?:\w+\s+)?from\s+(?:[\w-]+\s+){0,2}?exports\b")


def _possessed(clause: str, at: int, mentions: list[CountryMention]) -> bool:
    """ "X's total imports … <amount>": the one country before the amount owns the flow,
    and nothing between names Việt Nam, the pair or a counterpart."""
    before = [m for m in mentions if m.end <= at]
    if len({m.code for m in before}) != 1 or before[0].code == HOME:
        return False
    owned = _OWNED_FLOW.match(clause, before[-1].end, at) or _FLOW_OF_OWNER.search(
        clause, 0, before[0].start
    )
    if not owned and _EARNED.match(clause, before[-1].end, at):
        # (the amount's own end: the words after it name the exports it came from)
        amount_end = clause.find(" ", clause.find(" ", at) + 1)
        owned = _FROM_EXPORTS.match(clause, max(amount_end, at))
        return bool(owned) and not _PAIRED.search(clause)  # (nor "… exports to Vietnam")
    return bool(owned) and not _PAIRED.search(clause, 0, at)


def own_flow(clause: str, at: int) -> bool:
    """Whether the amount at ``at`` of ``clause`` is one foreign country's own exports: the
    clause names that country alone, as the owner of the exports before it (or, told as its
    possession, its own exports or imports: ``_possessed``)."""
    mentions = find_countries(clause)
    if _possessed(clause, at, mentions):
        return True
    if len({m.code for m in mentions}) != 1 or mentions[0].code == HOME:
        return False
    owner = mentions[0]
    if owner.start > at or not _FLOW_AFTER.match(clause, owner.end):
        return False
    return not _PAIRED.search(clause)


__all__ = ["own_flow"]
