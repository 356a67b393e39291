"""One source sentence, several sections: each section says its own fact.

A sentence holding two facts ("Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao ngày
22/12/1992 và nâng cấp quan hệ lên Đối tác chiến lược toàn diện tháng 12/2022", "… trở thành
Đối tác toàn diện từ tháng 11/2017, nhân chuyến thăm cấp Nhà nước của Chủ tịch nước …")
becomes two facts whose statement is that whole sentence; filed under two topics, the brief
printed it in full under both. An officer reads each section for its own subject, so each
item there says its own fact — its line from the fact's fields
(:func:`briefer.domain.ownline.own_line`) — and cites the same quote, which the notes print.

Where a fact's fields say too little for a line of its own, the first such item keeps the
sentence, and a later one is cited by it instead of printing it again — unless that would
leave its section empty: a section is never emptied of a fact it has. Within one section
the assembler already prints a shared sentence once (``_one_item_per_statement``); a line
the officer wrote is never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefer.domain.brief import BriefItem, BriefSection
from briefer.domain.model import Fact, Pair
from briefer.domain.ownline import own_line

Place = tuple[int, int]  # (section index, item index)

# The date an own line ends with, which a "latest visit" line says already before its colon.
_TRAILING_DATE = re.compile(r"\s*\([^()]*\)(?=\.?$)")


def _wording(fact: Fact | None, lang: str) -> str:
    if fact is None:
        return ""
    return " ".join((fact.statement_en if lang == "en" else fact.statement_vi).split())


def _with_text(item: BriefItem, lang: str, text: str) -> BriefItem:
    return replace(item, text_en=text) if lang == "en" else replace(item, text_vi=text)


def own_lines(
    sections: Sequence[BriefSection], facts: Mapping[str, Fact], pair: Pair, lang: str
) -> list[BriefSection]:
    """``sections`` with each item whose sentence another section prints too saying its own
    fact (see module doc)."""
    places: dict[str, list[Place]] = {}
    for si, section in enumerate(sections):
        for ii, item in enumerate(section.items):
            shows_statement = item.kind == "fact" and not item.own_text(lang)
            latest_visit = item.kind == "computed" and item.role.startswith("last-visit")
            wording = _wording(facts.get(item.fact_uuid or ""), lang)
            if wording and (shows_statement or latest_visit):
                places.setdefault(wording, []).append((si, ii))
    items = [list(s.items) for s in sections]
    dropped: set[Place] = set()
    for wording, shared in places.items():
        if len({si for si, _ in shared}) < 2:
            continue
        lines = {}
        for si, ii in shared:
            item = items[si][ii]
            lines[(si, ii)] = own_line(facts[item.fact_uuid or ""], lang, pair.home, pair.partner)
        keeper: Place | None = None
        for si, ii in shared:
            item, line = items[si][ii], lines[(si, ii)]
            if item.kind == "computed":  # "Chuyến thăm … gần nhất … (tháng 11/2017): <line>"
                text = item.own_text(lang)
                if line and text.endswith(wording):
                    shorter = _TRAILING_DATE.sub("", line)
                    items[si][ii] = _with_text(item, lang, text[: -len(wording)] + shorter)
            elif line:
                items[si][ii] = _with_text(item, lang, line)
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
