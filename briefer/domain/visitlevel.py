"""Visits of a lower level than the two countries' leaders: an envoy's call, a province's or a
city's delegation (pure).

An ambassador calling on a province ("Đại sứ Kenya tại Việt Nam cùng đoàn công tác đã đến
thăm và làm việc tại tỉnh Lâm Đồng"), a chargé d'affaires received by a city's leader, an
ambassador accredited to a second country travelling there ("Đại sứ Việt Nam tại Mexico đã
thăm và làm việc tại Panama") — the importer files each as a visit (the keys do: such calls
are exchanges the visits section lists), but none is a visit of the two countries' leaders.
Nor is a province's or a city's own exchange ("Chủ tịch Ủy ban nhân dân thành phố đã dẫn đầu
đoàn doanh nghiệp sang thăm và làm việc tại Nairobi", "the Governor of Mombasa County visited
Hai Phong"). The brief's "latest high-level visit" lines skip them: an officer reading
"Chuyến thăm cấp cao gần nhất từ Kenya sang Việt Nam" before a state visit must not be shown
an ambassador's afternoon in a province, nor a mayor's trade mission.

The test leans to keeping a visit: any leader's title in its words who is not a host
receiving the others ("Tổng thống …", "Deputy Prime Minister …", "Quốc vương …"), and the
visit is the leaders' level, whoever else is named beside him (an ambassador accompanying
his president, a province receiving a minister). This module owns that test; the assembler
applies it.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.domain.model import Fact
from briefer.domain.titles import TITLE_TERMS
from briefer.text.localgov import LOCAL_AUTHORITY, LOCAL_OFFICIAL

# An envoy's title (an embassy or a consulate, "Đại sứ quán", "Consulate", is no person: an
# embassy organising a business delegation is another matter).
_ENVOY: Final = re.compile(
    r"(?<!\w)(?:Đại\s+sứ(?!\s+quán)|Đại\s+biện|(?:Tổng\s+)?Lãnh\s+sự(?!\s+quán)|Ambassador"
    r"|Charg[ée]\s+d['’]affaires|Consul(?!ate))(?!\w)",
    re.IGNORECASE,
)
# Leaders' titles: the visitor-naming ones but an envoy's, and the crowned and other heads
# the list has no use for elsewhere.
_ROYAL_AND_OTHER: Final = (
    "Quốc vương", "Nhà vua", "Nữ hoàng", "Hoàng đế", "Thái tử", "Hoàng tử", "Tiểu vương",
    "Thủ hiến", "King", "Queen", "Emperor", "Crown Prince", "Emir", "Sultan", "Chancellor",
    "Speaker",
)  # fmt: skip
_LEADER: Final = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(t).replace(r"\ ", r"\s+")
        for t in sorted(
            {t for vi, en in TITLE_TERMS if en != "Ambassador" for t in (vi, en)}
            | set(_ROYAL_AND_OTHER),
            key=len,
            reverse=True,
        )
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
# A title's holder who receives the others — "Thứ trưởng Bộ Tư pháp đã tiếp Đại sứ …",
# "President Ruto received the ambassador" — is the host, no visitor (never "tiếp tục").
# (matched from the title's end: ``match(quote, pos)``)
_RECEIVES: Final = re.compile(
    r"[^.;:]{0,50}?(?<!\w)(?:tiếp(?!\s+(?:tục|xúc|cận|nhận|theo))|đón|received|hosted"
    r"|welcomed)(?!\w)",
    re.IGNORECASE,
)


def _visiting_leader(quote: str) -> bool:
    """Whether ``quote`` names a leader's title whose holder does not receive the others."""
    return any(not _RECEIVES.match(quote, m.end()) for m in _LEADER.finditer(quote))


def lower_level_visit(fact: Fact) -> bool:
    """Whether ``fact`` (a visit) is known to be below the leaders' level: no leader but a
    host is named in its words, and an envoy or a local government is. (A visit naming
    nobody — "Thủ tướng thăm chính thức Kenya" — stays a high-level one.)"""
    words = [c.quote for c in fact.citations if c.quote] or [fact.statement_vi]
    for quote in (w for w in words if w):
        if _visiting_leader(quote):
            return False
        if not (
            _ENVOY.search(quote) or LOCAL_AUTHORITY.search(quote) or LOCAL_OFFICIAL.search(quote)
        ):
            return False
    return any(words)


__all__ = ["lower_level_visit"]
