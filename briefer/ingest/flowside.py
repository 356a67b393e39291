"""A one-way flow seen from Việt Nam, and a percentage that is no change (pure).

A brief states flows from Việt Nam's side: "Ghana's exports to Vietnam reached US$742
million", "Algeria xuất khẩu sang Việt Nam 96 triệu USD" are Việt Nam's *imports* from the
partner, and "Mauritian imports from Vietnam", "Chile nhập khẩu từ Việt Nam" are Việt Nam's
*exports*. The side is read from where the goods go ("sang/to/vào/into Việt Nam") or come
from ("từ/from Việt Nam") after the flow's word, never from who speaks.

A percentage after a trade word is a growth only when a change is said ("tăng 15%", "up 9
percent", "a 12% rise"); a share ("chiếm hơn 80% giá trị xuất khẩu", "92,7% số dòng thuế")
is a ``….share`` — stated as "grew by 92.7%" it would be wrong in front of a minister.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries

FLOW: Final = re.compile(
    r"(?<![^\W\d_])(?:(?P<out>xuất\s+khẩu|xuất(?=\s+sang\s)|exports?|exported|exporting"
    r"|shipments?|shipped)|(?P<in>nhập\s+khẩu|nhập(?=\s+(?:từ|về)\s)|imports?|imported"
    r"|importing|purchases))(?![^\W\d_])",
    re.IGNORECASE,
)
# where the goods go or come from: the word right before a country's name
TOWARD: Final = re.compile(
    r"(?<![^\W\d_])(?:sang|tới|đến|vào|to|into)\s+(?:thị\s+trường\s+|the\s+)?\Z", re.I
)
FROM: Final = re.compile(r"(?<![^\W\d_])(?:từ|from)\s+(?:thị\s+trường\s+|the\s+)?\Z", re.I)
# A contrast opening another clause: "…, còn …", "…, while …" (shared with the rank reader).
CONTRAST: Final = re.compile(r",\s+(?:trong khi|còn|while|whereas)\b", re.I)
_STOP: Final = re.compile(r"[;.]|" + CONTRAST.pattern, re.I)

_CHANGE: Final = re.compile(
    r"(?<![^\W\d_])(?:tăng|giảm|tăng trưởng|sụt|up|down|rose|rises?|rising|risen|fell|falls?"
    r"|falling|fallen|grew|grows?|growth|increase[sd]?|decrease[sd]?|decline[sd]?|gain(?:s|ed)?"
    r"|jump(?:s|ed)?|surge[sd]?|dropped|drops?|climb(?:s|ed)?|higher|lower|year-on-year|so với)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_NEAR: Final = 45
# A cost's change right before the percentage ("chi phí tăng thêm 3 - 5%", "freight costs
# rose 12%", a range's low end between): the cost of doing the trade, no change of the trade itself.
_COST_CHANGE: Final = re.compile(
    r"(?<![^\W\d_])(?:chi\s+phí|cước(?:\s+phí)?|phí|costs?|fees|freight(?:\s+rates)?)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:tăng|giảm|rose|rises?|fell|falls?|increased|jumped|climbed)"
    r"(?:\s+(?:thêm|khoảng|by|about|some|nearly))*\s*(?:\d+(?:[.,]\d+)?\s*[-–]\s*)?\Z",
    re.IGNORECASE,
)


# An economy's growth right before the percentage: "economic growth of 3.1 per cent", "GDP
# growth at about 4%", "tăng trưởng kinh tế đạt khoảng 5%", "GDP tăng 6%".
_ECONOMY_GROWTH: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:economic|GDP|economy)\s+(?:growth|to\s+grow|grew|expanded)"
    r"|tăng\s+trưởng\s+(?:kinh\s+tế|GDP)|(?:GDP|kinh\s+tế)\s+(?:tăng(?:\s+trưởng)?|giảm))"
    r"(?:\s+(?:của|of)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)?"  # ("… của Kenya", "of Fiji")
    r"(?:\s+(?:năm|in)\s+\d{4}|\s+(?:this|last|next)\s+year)?"  # ("… năm 2025 chỉ ở mức …")
    r"(?:\s+(?:of|at|by|rate|đạt|ở\s+mức|khoảng|about|around|nearly|some|chỉ|dự\s+kiến"
    r"|(?:is|was|are)\s+(?:expected|forecast|projected|estimated)(?:\s+to\s+(?:be|reach))?))*"
    r"\s*\Z",
    re.IGNORECASE,
)


# The other end named by its region, the wires' way of not repeating a name: "Peruvian
# exports to the Asian country", "imports from the Southeast Asian nation".
_DESCRIBED: Final = re.compile(
    r"\s*(?P<to>to|into|sang|tới)?(?:from|từ)?\s+(?:the|this)\s+"
    r"(?-i:[A-Z][A-Za-z]+(?:[- ][A-Z][a-z]+)?)\s+(?:country|nation|member(?:\s+state)?)\b",
    re.IGNORECASE,
)
_OWNER_NEAR: Final = 30


def _described_end(sentence: str, flow_start: int, start: int) -> str:
    """ "to"/"from" when the flow word ending at ``start`` goes to or comes from a country
    named by its region and a foreign country right before the flow word owns it ("Peruvian
    exports to the Asian country": the other end is Việt Nam); "" otherwise."""
    described = _DESCRIBED.match(sentence, start)
    if described is None:
        return ""
    owners = find_countries(sentence[max(0, flow_start - _OWNER_NEAR) : flow_start])
    if not owners or owners[-1].code == HOME:
        return ""  # ("Vietnam's exports to the Andean country": the partner's end)
    return "to" if described.group("to") else "from"


def _home_end(sentence: str, start: int, end: int, flow_start: int = -1) -> str:
    """ "to" when the goods of the flow word at ``start`` go to Việt Nam, "from" when they
    come from it, "" when the words name neither."""
    if flow_start >= 0 and (described := _described_end(sentence, flow_start, start)):
        return described
    stop = _STOP.search(sentence, start, end)
    window_end = stop.start() if stop else end
    for mention in find_countries(sentence[start:window_end]):
        lead = sentence[max(start, start + mention.start - 24) : start + mention.start]
        if mention.code != HOME:
            if TOWARD.search(lead) or FROM.search(lead):
                return ""  # the flow's other end is the partner: Việt Nam's own side
            continue
        if TOWARD.search(lead):
            return "to"
        if FROM.search(lead):
            return "from"
    return ""


def flow_end(text: str, flow: re.Match[str]) -> str:
    """ "to"/"from" when the goods of the :data:`FLOW` word ``flow`` go to or come from
    Việt Nam as ``text`` tells after it (up to its clause's end), "" otherwise."""
    return _home_end(text, flow.end(), min(len(text), flow.end() + 120), flow.start())


def flow_side(metric: str, sentence: str, at: int) -> str:
    """``metric`` for the amount at ``at``, its one-way flow seen from Việt Nam and its
    percentage a change (``….growth``) or a share (``….share``)."""
    if metric.endswith(".growth"):
        if _COST_CHANGE.search(sentence[max(0, at - _NEAR) : at]):
            return ""
        if _ECONOMY_GROWTH.search(sentence[max(0, at - _NEAR) : at]):
            return ""  # ("… expects economic growth of 3.1 per cent": an economy's, no trade's)
        near = sentence[max(0, at - _NEAR) : at + _NEAR]
        # (a share is still worth its draft: "Vietnam supplied about 76 percent of the
        # Philippines' rice imports" — as a share, never as a growth)
        return metric if _CHANGE.search(near) else metric.removesuffix(".growth") + ".share"
    if metric not in ("trade.exports", "trade.imports"):
        return metric
    flows = list(FLOW.finditer(sentence, 0, at))
    if not flows:
        return metric
    flow = flows[-1]
    end = _home_end(sentence, flow.end(), min(len(sentence), at + 60), flow.start())
    if flow.group("out") and end == "to":
        return "trade.imports"  # the partner's exports to Việt Nam
    if flow.group("in") and end == "from":
        return "trade.exports"  # the partner's imports from Việt Nam
    if not end and len(flows) > 1 and _partner_view(sentence, flows[-2], flow):
        # "Korean exports to Vietnam …, while imports from the ASEAN member …":
        # the second flow, naming no end, is told from the partner's side like the first
        return "trade.exports" if flow.group("in") else "trade.imports"
    return metric


def _partner_view(sentence: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether ``first`` tells a flow from the partner's side (its goods to or from Việt
    Nam) and ``second`` goes on from it in a contrast ("…, while …", "…, còn …")."""
    if not CONTRAST.search(sentence, first.end(), second.start()):
        return False
    end = _home_end(sentence, first.end(), second.start())
    out, into = first.group("out") and end == "to", first.group("in") and end == "from"
    return bool(out or into)


__all__ = ["CONTRAST", "FLOW", "FROM", "TOWARD", "flow_end", "flow_side"]
