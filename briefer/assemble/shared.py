"""One source sentence, several sections: each section says its own fact.

A sentence holding two facts ("Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao ngày
22/12/1992 và nâng cấp quan hệ lên Đối tác chiến lược toàn diện tháng 12/2022", "… trở thành
Đối tác toàn diện từ tháng 11/2017, nhân chuyến thăm cấp Nhà nước của Chủ tịch nước …")
becomes two facts whose statement is that whole sentence; filed under two topics, the brief
printed it in full under both. An officer reads each section for its own subject, so each
item there says its own fact — its line from the fact's fields
(:func:`briefer.domain.ownline.own_line`) — and cites the same quote, which the notes print.

An item that states several facts of the sentence (merged within its section) says each
of them, joined — only when every one has a line of its own and its figures share one date
(the brief tags a figure's line with its item's period once); else it keeps the sentence.
Where the fields say too little, the first such item keeps the sentence, and a later one
is cited by it instead of printing it again — unless that would leave its section empty: a
section is never emptied of a fact it has. Within one section the assembler already prints
a shared sentence once (``_one_item_per_statement``). The "latest visit" line keeps its
head and says the visit's own line after it.

This module decides which items say their own lines; an item (a fact item, or the "latest
visit" line) is only marked (``BriefItem.says_own_line``), its line derived from the current
facts whenever the brief is shown or rendered (``briefer.domain.itemline``), so the
officer's wording fields stay the officer's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefer.domain.brief import BriefSection
from briefer.domain.itemline import sentence, shared_line
from briefer.domain.model import Fact, Pair

Place = tuple[int, int]  # (section index, item index)


def own_lines(
    sections: Sequence[BriefSection], facts: Mapping[str, Fact], pair: Pair, lang: str
) -> list[BriefSection]:
    """``sections`` with each item whose sentence another section prints too saying its own
    fact (see module doc)."""
    places: dict[str, list[Place]] = {}
    for si, section in enumerate(sections):
        for ii, item in enumerate(section.items):
            latest_visit = item.kind == "computed" and item.role.startswith("last-visit")
            wording = sentence(facts.get(item.fact_uuid or ""), lang)
            if wording and (item.kind == "fact" or latest_visit):
                places.setdefault(wording, []).append((si, ii))
    items = [list(s.items) for s in sections]
    dropped: set[Place] = set()
    for shared in places.values():
        if len({si for si, _ in shared}) < 2:
            continue
        keeper: Place | None = None
        for si, ii in shared:
            item = items[si][ii]
            line = shared_line(item, facts, pair, lang)
            if line:
                # (marked, never written into the officer's wording: the line is derived from
                # the current facts whenever the item is shown — domain.itemline)
                items[si][ii] = replace(item, says_own_line=True)
            elif item.kind == "computed":
                continue  # (its head and the sentence, as built)
            elif keeper is None:
                keeper = (si, ii)
            elif len(items[si]) - sum(p[0] == si for p in dropped) > 1:
                dropped.add((si, ii))  # cited by the item that prints the sentence
                kept = items[keeper[0]][keeper[1]]
                cites = (*kept.cites, *item.cited_fact_uuids())
                items[keeper[0]][keeper[1]] = replace(kept, cites=tuple(dict.fromkeys(cites)))
    return [
        replace(
            section, items=tuple(i for ii, i in enumerate(items[si]) if (si, ii) not in dropped)
        )
        for si, section in enumerate(sections)
    ]


__all__ = ["own_lines"]
