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
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefer.domain.brief import ROLE_LAST_VISIT_OUTBOUND, BriefItem, BriefSection
from briefer.domain.model import Fact, Pair
from briefer.domain.periods import fact_when
from briefer.text.display import format_date

Place = tuple[int, int]  # (section index, item index)

# The date a visit's own line ends with, which the "latest visit" head says already.
_TRAILING_DATE = re.compile(r"\s*\([^()]*\)(?=\.?$)")


def _wording(fact: Fact | None, lang: str) -> str:
    if fact is None:
        return ""
    return " ".join((fact.statement_en if lang == "en" else fact.statement_vi).split())


def _with_text(item: BriefItem, lang: str, text: str) -> BriefItem:
    return replace(item, text_en=text) if lang == "en" else replace(item, text_vi=text)


def last_visit_text(pair: Pair, fact: Fact, role: str, lang: str, body: str) -> str:
    """ "Chuyến thăm cấp cao gần nhất từ A sang B (tháng 11/2017): <body>" ("… (date)" alone
    for no body: an English line never says the Vietnamese statement)."""
    src, dst = (
        (pair.home, pair.partner) if role == ROLE_LAST_VISIT_OUTBOUND else (pair.partner, pair.home)
    )
    when = format_date(fact_when(fact), lang)
    if lang == "en":
        head = f"Latest high-level visit from {src.name_en} to {dst.name_en} ({when})"
    else:
        head = f"Chuyến thăm cấp cao gần nhất từ {src.name_vi} sang {dst.name_vi} ({when})"
    return f"{head}: {body}" if body else head


def _line(item: BriefItem, wording: str, facts: Mapping[str, Fact], pair: Pair, lang: str) -> str:
    """What ``item`` says instead of ``wording``, the sentence it shares: the own lines of
    the facts it states (those of that sentence), joined; "" when one has none, or its
    figures are of different dates."""
    stated = [
        fact
        for uuid in item.cited_fact_uuids()
        if (fact := facts.get(uuid)) is not None and _wording(fact, lang) == wording
    ]
    # Loaded here, not with the module: a sentence shared by two sections is rare, and
    # ``own_line`` brings the English wording's whole chain (figure scope, amounts, ranks,
    # regions: ~50 ms of an export's start-up, mostly regular expressions compiled on import).
    from briefer.domain.ownline import own_line

    lines = [own_line(fact, lang, pair.home, pair.partner) for fact in stated]
    if not stated or not all(lines):
        return ""
    if len({fact_when(f) for f in stated if f.kind == "figure"}) > 1:
        return ""
    if item.kind == "computed":  # the head says the date already
        fact = stated[0]
        return last_visit_text(pair, fact, item.role, lang, _TRAILING_DATE.sub("", lines[0]))
    return " ".join(dict.fromkeys(lines))


def own_lines(
    sections: Sequence[BriefSection], facts: Mapping[str, Fact], pair: Pair, lang: str
) -> list[BriefSection]:
    """``sections`` with each item whose sentence another section prints too saying its own
    fact (see module doc)."""
    places: dict[str, list[Place]] = {}
    for si, section in enumerate(sections):
        for ii, item in enumerate(section.items):
            latest_visit = item.kind == "computed" and item.role.startswith("last-visit")
            wording = _wording(facts.get(item.fact_uuid or ""), lang)
            if wording and (item.kind == "fact" or latest_visit):
                places.setdefault(wording, []).append((si, ii))
    items = [list(s.items) for s in sections]
    dropped: set[Place] = set()
    for wording, shared in places.items():
        if len({si for si, _ in shared}) < 2:
            continue
        keeper: Place | None = None
        for si, ii in shared:
            item = items[si][ii]
            line = _line(item, wording, facts, pair, lang)
            if line:
                items[si][ii] = _with_text(item, lang, line)
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


__all__ = ["last_visit_text", "own_lines"]
