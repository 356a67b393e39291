"""Visits of a lower level than the two countries' leaders: an envoy's call, a province's or a
city's delegation (pure).

An ambassador calling on a province ("Đại sứ Kenya tại Việt Nam cùng đoàn công tác đã đến
thăm và làm việc tại tỉnh Lâm Đồng"), a chargé d'affaires received by a city's leader, an
ambassador accredited to a second country travelling there ("Đại sứ Việt Nam tại Mexico đã
thăm và làm việc tại Panama") — the importer files each as a visit (the keys do: such calls
are exchanges the visits section lists), but none is a visit of the two countries' leaders.
Nor is a province's or a city's own exchange ("Chủ tịch Ủy ban nhân dân thành phố đã dẫn đầu
đoàn doanh nghiệp sang thăm và làm việc tại Nairobi", "the Governor of Mombasa County
visited Hai Phong"). The brief's "latest high-level visit" lines skip them: an officer
reading "Chuyến thăm cấp cao gần nhất từ Kenya sang Việt Nam" before a state visit must not
be shown an ambassador's afternoon in a province, nor a mayor's trade mission. This module
owns that test; the assembler applies it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefer.domain.model import Country, Fact
from briefer.domain.titles import TITLE_TERMS, visit_names
from briefer.domain.visitorname import visitor

# An envoy's title ("Đại sứ quán", the embassy, is no person: an embassy organising a
# business delegation is another matter).
_ENVOY: Final = (
    r"(?:Đại\s+sứ(?!\s+quán)|Đại\s+biện|Tổng\s+Lãnh\s+sự|Lãnh\s+sự|Ambassador"
    r"|Charg[ée]\s+d['’]affaires|Consul(?:\s+General)?)"
)
# … and the post that names the envoy ("… tại Việt Nam", "… to Vietnam", "… kiêm nhiệm
# Vanuatu"): where a title of that kind is posted, its holder is a country's envoy.
_POSTED: Final = re.compile(
    _ENVOY + r"[^.;:]{0,60}?(?<!\w)(?:tại|ở|to|in|kiêm\s+nhiệm)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
_ENVOY_TITLES: Final = frozenset({"Ambassador"})
# A local government's officials, who lead a province's or a city's own exchanges.
_LOCAL: Final = re.compile(
    r"(?<!\w)(?:(?:Phó\s+)?Chủ\s+tịch\s+(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân"
    r"|Hội\s+đồng\s+nhân\s+dân)|(?:Phó\s+)?Bí\s+thư\s+(?:Tỉnh|Thành)\s+ủy|lãnh\s+đạo\s+(?:tỉnh|thành\s+phố)"
    r"|(?:Deputy\s+)?Mayor|Thị\s+trưởng|Tỉnh\s+trưởng"
    # (a central bank's governor is of a minister's rank: "Thống đốc Ngân hàng Nhà nước")
    r"|(?:Deputy\s+)?Governor(?!\s+of\s+the\s+\w+\s+(?:Reserve\s+)?Bank)|Thống\s+đốc(?!\s+Ngân\s+hàng))(?!\w)",
    re.IGNORECASE,
)
# Every other title a visitor is named by: a leader, a minister, a vice-minister.
_LEADER_TITLES: Final = tuple(
    sorted(
        {t for vi, en in TITLE_TERMS if en not in _ENVOY_TITLES for t in (vi, en)},
        key=len,
        reverse=True,
    )
)
_STATE_FORMS: Final = r"(?:(?:Cộng\s+hòa|Cộng\s+hoà|Vương\s+quốc|Liên\s+bang|Republic\s+of)\s+)?"


def _posted_envoy(quote: str) -> bool:
    """Whether ``quote`` names an envoy at his post (the post's name capitalised)."""
    return any(quote[m.end() : m.end() + 1].isupper() for m in _POSTED.finditer(quote))


def _visiting_leader(quote: str, side: Sequence[str]) -> bool:
    """Whether a leader's title in ``quote`` belongs to the visiting side: the side's name
    right after it ("Tổng thống Cộng hòa Kenya …") or right before it ("Kenyan President …",
    "Kenya's Foreign Minister …")."""
    names = [re.escape(n) for n in sorted({n for n in side if n}, key=len, reverse=True)]
    if not names:
        return False
    side_rx = "(?:" + "|".join(names) + ")"
    for title in _LEADER_TITLES:
        t = re.escape(title)
        after = rf"(?<!\w){t}\s+{_STATE_FORMS}{side_rx}(?!\w)"
        before = rf"(?<!\w){side_rx}(?:n|an|ian|ese|'s|’s)?\s+{t}(?!\w)"
        if re.search(after, quote) or re.search(before, quote):
            return True
    return False


def lower_level_visit(fact: Fact, home: Country | None, partner: Country | None) -> bool:
    """Whether ``fact`` (a visit) is known to be below the leaders' level: its visitor is
    named an ambassador, or no visitor is named, an envoy at his post or a local official
    is, and no leader of the visiting side is. (A visit naming nobody — "Thủ tướng thăm
    chính thức Kenya" — stays a high-level one.)"""
    words = [c.quote for c in fact.citations if c.quote] or [fact.statement_vi]
    names, side = visit_names(fact, home, partner)
    for quote in (w for w in words if w):
        who = visitor(quote, TITLE_TERMS, names, side)
        if who:
            if not any(who.startswith(f"{t} ") for t in _ENVOY_TITLES):
                return False
        elif not (_posted_envoy(quote) or _LOCAL.search(quote)) or _visiting_leader(quote, side):
            return False
    return any(words)


__all__ = ["lower_level_visit"]
