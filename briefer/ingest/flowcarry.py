"""The side of a bare "exports"/"imports" carried from the flow its paragraph stated last
(pure).

A paragraph states a flow once with its side and goes on without it: "Kenya's exports to
Vietnam, mainly tea and cut flowers, have grown steadily. In 2024 the figure for exports
rose to US$41 million" — the second "exports" is still Kenya's, so Việt Nam's *imports*;
read alone (:func:`briefer.ingest.flowside.flow_side` sees one sentence) it was filed as
Việt Nam's exports. When the figure's own sentence names no country, the side is the one the
nearest earlier flow of the same paragraph that states its side is told from: the
partner's (its goods going to or coming from Việt Nam, or the partner owning the flow:
"Kenyan exports", "xuất khẩu của Kenya") or Việt Nam's (nothing changes).
"""

from __future__ import annotations

from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.ingest.flowside import FLOW, flow_end

# How far before a flow word its owner stands ("Kenya's exports", "Kenyan non-tea exports"),
# and after it ("xuất khẩu của Kenya", "exports of Kenya").
_OWNER_BEFORE: Final = 24
_OWNER_AFTER: Final = 14
_FLOWS: Final = ("trade.exports", "trade.imports", "trade.exports.growth", "trade.imports.growth")
_OTHER: Final = {"exports": "imports", "imports": "exports"}


def _partner_view(text: str) -> bool | None:
    """Whether the last flow in ``text`` that states its side is told from the partner's
    side (True) or Việt Nam's (False); None when no flow there states one."""
    for flow in reversed(list(FLOW.finditer(text))):
        end = flow_end(text, flow)
        if end:
            return bool((flow.group("out") and end == "to") or (flow.group("in") and end == "from"))
        before = find_countries(text[max(0, flow.start() - _OWNER_BEFORE) : flow.start()])
        after = find_countries(text[flow.end() : flow.end() + _OWNER_AFTER])
        owners = [*before[-1:], *after[:1]]
        if owners:
            return owners[0].code != HOME
    return None


def carried_side(metric: str, sentence: str, at: int, before: str) -> str:
    """``metric`` of the amount at ``sentence[at:]``, its one-way flow read from the
    paragraph's text ``before`` the sentence when the sentence names no country: the
    partner's side turns "exports" into Việt Nam's imports and "imports" into its exports
    (their growths alike)."""
    # A country named before the amount may give the side ("Exports to Kenya rose to …");
    # one named only after it is the figure's source or comment ("…, according to the Kenya
    # National Bureau of Statistics"), which says nothing of whose exports they were.
    if metric not in _FLOWS or not before.strip() or find_countries(sentence[:at]):
        return metric
    # (its own flow cannot state a side: that needs a country before the amount)
    if FLOW.search(sentence, 0, at) is None:
        return metric  # (the amount's kind came from elsewhere: no flow word to carry to)
    if not _partner_view(before):
        return metric
    family, flow, *rest = metric.split(".")
    return ".".join([family, _OTHER[flow], *rest])


__all__ = ["carried_side"]
