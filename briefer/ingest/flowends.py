"""Whose figure it is, read from the ends of its flow (pure): a figure no pair of Việt Nam owns.

A sentence in an article about Việt Nam and a partner can carry a figure between others:

- Việt Nam and a whole region ("kim ngạch Việt Nam - châu Phi …": :mod:`regionpair`);
- a foreign country and a region or bloc ("xuất khẩu hàng may mặc của Campuchia sang EU đạt
  …", "Russia's trade with ASEAN countries exceeded …"): the partner's flow to a third party;
- two foreign countries, both ends named and neither Việt Nam ("Exports of Paraguayan beef
  to Chile reached US$400 million", "Paraguay xuất khẩu sang Brazil 2 tỷ USD", "trade
  between Peru and China", "Thương mại Canada - Mexico giảm 6%", "Ấn Độ là đối tác thương
  mại lớn nhất của Nepal, chiếm 64% …", "China remained Peru's largest trading partner"),
  however Việt Nam is compared after it ("…, gấp 20 lần sang Việt Nam");
- one country's own total told in an aside about it ("Vietnam, which exported seafood worth
  USD 10 billion last year, sees …", "Chile, nước xuất khẩu đồng lớn nhất thế giới với kim
  ngạch …, …"): the aside describes the country and names no other end;
- one country (Việt Nam too) ranked among the world's or a region's sellers, its own sales after it
  ("Ecuador là nước xuất khẩu tôm lớn nhất thế giới với kim ngạch khoảng 6,3 tỷ USD").

None of them is a fact of the pair; filing it under the article's partner would put a
foreign or world figure in the pair's brief.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from briefer.ingest.countries import HOME, CountryMention, find_countries
from briefer.ingest.flowside import CONTRAST, FROM, TOWARD
from briefer.ingest.gdpfigure import gdp_amount
from briefer.ingest.regionpair import region_sided
from briefer.ingest.regions import REGIONS

# Trade, a flow or an investment told in the clause: the ends only matter for a flow.
_FLOW: Final = re.compile(
    r"(?<![^\W\d_])(?:xuất\s+khẩu|nhập\s+khẩu|kim\s+ngạch|thương\s+mại|đầu\s+tư|exports?|exported"
    r"|imports?|imported|shipments?|shipped|trade|invest(?:ment|ed|s)?|FDI)(?![^\W\d_])",
    re.IGNORECASE,
)
# "giữa Peru và Trung Quốc", "between Peru and China": a pair named by its two members.
_BETWEEN: Final = re.compile(r"(?<![^\W\d_])(?:giữa|between)\s+\Z", re.IGNORECASE)
_AND: Final = re.compile(r"\A\s*(?:và|với|and|with|[-–])\s*\Z", re.IGNORECASE)
# "Thương mại Canada - Mexico", "kim ngạch hai chiều Peru – Chile", "Canada-Mexico trade": a
# pair named by its two members joined by a dash, with the flow's noun before or after.
_FLOW_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:thương\s+mại|kim\s+ngạch(?:\s+thương\s+mại)?(?:\s+hai\s+chiều)?|trade"
    r"|commerce)\s+(?:between\s+)?\Z",
    re.IGNORECASE,
)
_DASH: Final = re.compile(r"\A\s*[-–]\s*\Z")
_FLOW_AFTER: Final = re.compile(r"\s+(?:trade|commerce)(?![^\W\d_])", re.IGNORECASE)
# "Ấn Độ là đối tác thương mại lớn nhất của Nepal", "China is the largest trading partner of
# Laos": one foreign country told as another's partner; a share or a sum after it is the
# trade of those two.
_PARTNER_OF: Final = re.compile(
    # ("Trung Quốc tiếp tục là …", "China remained …": still that partner)
    r"\A\s+(?:(?:hiện|vẫn|tiếp\s+tục|vẫn\s+tiếp\s+tục)\s+)?(?:là|is|was|remains|remained"
    r"|continues\s+to\s+be|continued\s+to\s+be)\s+(?:the\s+)?(?P<of>(?:[^\W\d_]+\s+){0,4}?"
    r"(?:đối\s+tác|partner)(?:\s+[^\W\d_]+){0,4}?\s+(?:của|of)\s+)?\Z",
    re.IGNORECASE,
)
# (the English possessive after the second: "China remained Peru's largest trading partner")
_OWNS_PARTNER: Final = re.compile(r"['’]s?\s+(?:[^\W\d_]+\s+){0,3}?partner", re.IGNORECASE)
# Who names a country without owning the flow: "theo Đại sứ Paraguay", "Chile's ambassador".
_SPEAKER: Final = re.compile(
    r"(?<![^\W\d_])(?:theo|according\s+to|đại\s+sứ|ambassador|bộ\s+trưởng|minister|tổng\s+thống"
    r"|president|thủ\s+tướng|prime\s+minister|chủ\s+tịch|phái\s+đoàn|delegation)"
    r"(?:\s+[^\W\d_]+){0,3}\s+\Z",
    re.IGNORECASE,
)
# An aside describing the country before it: "Vietnam, which …", "Chile, nước …", "Peru, one
# of the world's …", "Brazil, the world's …".
_ASIDE: Final = re.compile(
    r"\s*(?:which|that|who|the\s+world'?s|one\s+of|a\s+country|nước|quốc\s+gia|một\s+trong"
    r"|là\s+nước|vốn\s+là)(?![^\W\d_])",
    re.IGNORECASE,
)

# A country that is the object of trade, not the subject an aside describes: "with Chile",
# "to Chile", "Việt Nam - Chile", "giữa … và Chile", "the UAE's investments in Viet Nam".
_OBJECT: Final = re.compile(
    r"(?<![^\W\d_])(?:sang|tới|vào|từ|với|và|giữa|to|into|from|with|and|between|of"
    r"|(?<=investments\s)in|(?<=investment\s)in|(?<=invested\s)in)\s+"
    r"(?:thị\s+trường\s+|the\s+)?\Z|[-–]\s*\Z",
    re.IGNORECASE,
)

# The words before a region that make it a flow's end: "sang EU", "to the rest of ASEAN",
# "với các nước ASEAN", "with Asia".
_REGION_END: Final = re.compile(
    r"(?<![^\W\d_])(?:sang|tới|đến|vào|từ|với|to|into|from|with)\s+(?:the\s+)?"
    r"(?:rest\s+of\s+(?:the\s+)?|(?:thị\s+trường|khu\s+vực|các\s+nước|phần\s+còn\s+lại\s+của)\s+)?\Z",
    re.IGNORECASE,
)
_WITH: Final = re.compile(r"(?<![^\W\d_])(?:với|with)\s+(?:the\s+)?\Z", re.IGNORECASE)
# A region's name describing one country: "the ASEAN member", "the Southeast Asian nation"
# (Việt Nam, told so in a partner's flow "imports from the ASEAN member") — no region's end.
_ONE_COUNTRY: Final = re.compile(
    r"[^\W\d_]*\s+(?:member|nation|country|state|economy|partner)(?![^\W\d_])", re.IGNORECASE
)


def _to_region(before: str, foreign: list[CountryMention]) -> bool:
    """A foreign country's flow whose other end is a region or bloc: the country named as
    the flow's owner (not itself after "to"/"from"/"with": "exports to Chile, the gateway to
    Latin America" is Việt Nam's flow to Chile), the region right after a flow's "sang"/"to"/
    "with"."""
    owners = [
        m
        for m in foreign
        if not (TOWARD.search(before[: m.start]) or FROM.search(before[: m.start]))
        and not _WITH.search(before[: m.start])
    ]
    if not owners:
        return False
    for region, pattern in REGIONS:
        if region == "world":
            continue
        for found in pattern.finditer(before):
            if (
                found.start() > owners[0].start
                and _REGION_END.search(before[: found.start()])
                and not _ONE_COUNTRY.match(before, found.end())
                # (the flow's own end, told in its clause: "Hà Lan, cửa ngõ vào EU, nhập khẩu
                # từ ta 4 tỷ USD" names the region in an aside, the flow is the pair's)
                and "," not in before[found.end() :]
            ):
                return True
    return False


def foreign_ends(before: str) -> bool:
    """Whether ``before`` (a figure's clause up to its amount) names a flow whose two ends are
    foreign countries, Việt Nam neither of them."""
    # (only the last clause joined by a contrast is the amount's: "Việt Nam - Canada trade
    # rose to $7 billion, while Canada-US trade fell to $900 billion" — the pair named in
    # the first clause is not the second amount's)
    contrasts = list(CONTRAST.finditer(before))
    if contrasts:
        before = before[contrasts[-1].end() :]
    if not _FLOW.search(before):
        return False
    named = find_countries(before)
    if not named or any(m.code == HOME for m in named):
        return False
    foreign = [m for m in named if m.code != HOME]
    if _to_region(before, foreign):
        return True  # "xuất khẩu của Campuchia sang EU", "Russia's trade with ASEAN"
    for first, second in pairwise(foreign):
        if (
            first.code != second.code
            and _BETWEEN.search(before[max(0, first.start - 12) : first.start])
            and _AND.match(before[first.end : second.start])
        ):
            return True  # "giữa Peru và Trung Quốc"
        if first.code != second.code and _DASH.match(before[first.end : second.start]):
            lead = before[max(0, first.start - 40) : first.start]
            if _FLOW_BEFORE.search(lead) or _FLOW_AFTER.match(before, second.end):
                return True  # "Thương mại Canada - Mexico", "Canada-Mexico trade"
        partner_of = _PARTNER_OF.match(before[first.end : second.start])
        if (
            first.code != second.code
            and partner_of is not None
            and (partner_of.group("of") or _OWNS_PARTNER.match(before, second.end))
        ):
            return True  # "Ấn Độ là đối tác thương mại lớn nhất của Nepal, chiếm 64% …"
    for end in foreign:
        lead = before[max(0, end.start - 30) : end.start]
        if not (TOWARD.search(lead) or FROM.search(lead)):
            continue
        owners = [
            m
            for m in foreign
            if m.code != end.code and not _SPEAKER.search(before[max(0, m.start - 40) : m.start])
        ]
        if owners:
            return True  # "Paraguay xuất khẩu sang Brazil", "Paraguayan beef to Chile"
    return False


def country_aside(text: str, start: int, end: int) -> bool:
    """Whether the comma-clause ``text[start:end]`` is an aside describing the country named
    right before it, and names no country itself."""
    if start < 1 or text[start - 1] != "," or not _ASIDE.match(text, start):
        return False
    head = text[max(0, start - 41) : start - 1].rstrip()
    named = find_countries(head)
    if not named or named[-1].end != len(head):
        return False  # the aside follows no country's name
    if _OBJECT.search(head[: named[-1].start]):
        return False  # "Trade with Chile, which reached …": the aside is the trade's
    return not find_countries(text[start:end])


# A country ranked among the world's or a region's makers or sellers, its own sales the figure
# that follows: "Ecuador là nước xuất khẩu tôm lớn nhất thế giới với kim ngạch …", "Brazil is
# the world's largest coffee exporter, with sales of …".
_RANKED_SELLER: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:là|hiện\s+là|vẫn\s+là)\s+(?:nước|quốc\s+gia|nhà)\s+(?:xuất\s+khẩu"
    r"|sản\s+xuất|nhập\s+khẩu|cung\s+cấp)(?:\s+[^\W\d_]+){0,4}?\s+(?:lớn|hàng\s+đầu)"
    r"(?:\s+(?:nhất|thứ\s+\S+))?\s+(?:trên\s+)?(?:thế\s+giới|châu\s+\S+|khu\s+vực)"
    r"|is\s+the\s+world'?s\s+(?:[\w-]+\s+){0,3}?(?:exporter|producer|importer|supplier))",
    re.IGNORECASE,
)


def ranked_seller(before: str) -> bool:
    """Whether ``before`` (a figure's clause up to its amount) ranks one country among the
    world's or a region's sellers and names no other: its own sales, no pair's."""
    found = _RANKED_SELLER.search(before)
    if found is None:
        return False
    named = find_countries(before)
    # (Việt Nam's own too: "Việt Nam là nước xuất khẩu điều lớn nhất thế giới với kim ngạch …")
    return len({m.code for m in named}) == 1 and named[0].start < found.start()


def elsewhere(text: str, q_start: int, c_start: int, c_end: int, at: int) -> bool:
    """Whether the figure at ``at`` (its clause ``q_start``…, its comma-clause ``c_start``…
    ``c_end``) is a region's, two foreign countries' or one country's own (its GDP too): no
    pair's."""
    before = text[q_start:at]
    return (
        region_sided(before)
        or foreign_ends(before)
        or country_aside(text, c_start, c_end)
        or ranked_seller(before)
        or gdp_amount(before)  # ("GDP năm 2024 đạt khoảng 31 tỷ USD": an economy's size)
    )


__all__ = ["country_aside", "elsewhere", "foreign_ends", "ranked_seller"]
