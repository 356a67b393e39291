"""Migration 0016's work: the machine lines a saved brief kept in its computed items' wording.

Until 0016 the assembler wrote a computed item's line ("33 năm thiết lập quan hệ ngoại giao
(25/3/1993)", "Chuyến thăm cấp cao gần nhất từ A sang B (…): …") into ``text_vi`` and
``text_en``, the fields that are now the officer's wording only; the line is derived from
the current facts and the brief's date whenever the brief is shown
(:func:`briefer.domain.itemline.computed_line`). A stored field is read as the machine's —
emptied — when it is what that derivation gives for the item from the facts in the store now,
or when it has the exact shape the assembler wrote before 0016: a years-of-relations line
("<n> năm thiết lập quan hệ ngoại giao (<date>)" — so a founding date corrected since the
brief was saved reaches it), or a latest-visit head ("Chuyến thăm cấp cao gần nhất từ … sang …
(<date>)") with nothing after it or the visit's statement as it is now. Anything else stays
the officer's wording, as saved: nothing is lost, at worst a line stays as the brief printed
it before. A language marked behind keeps its mark (the officer edited the other one) unless
neither field keeps his words.

A "latest visit" line whose sentence another section printed too held the visit's own line
in the brief's language (``briefer.assemble.shared``); it is marked (``says_own_line``) when
that is what its stored line says, as the assembler marks it now, and the other language's
field is then the machine's when it is either derivation's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from briefer.batches import chunks, marks
from briefer.domain.brief import ROLE_ANNIVERSARY, Brief, BriefItem
from briefer.domain.itemline import computed_line
from briefer.domain.model import Fact, Pair
from briefer.store.facts import get_pair, list_facts

if TYPE_CHECKING:
    from sqlite_utils import Database

_ITEMS = """
    SELECT i.id, i.uuid, i.fact_uuid, i.text_vi, i.text_en, i.cites, i.role, i.says_own_line,
           i.needs_update,
           b.pair, b.brief_date, b.language
    FROM brief_item AS i
    JOIN brief_section AS s ON s.id = i.section_id
    JOIN brief AS b ON b.id = s.brief_id
    WHERE i.kind = 'computed' AND (i.text_vi <> '' OR i.text_en <> '')
"""


def _facts(db: Database, uuids: set[str]) -> dict[str, Fact]:
    ids: list[int] = []
    for chunk in chunks(sorted(uuids)):
        ids += [
            int(row[0])
            for row in db.conn.execute(
                f"SELECT id FROM fact WHERE uuid IN ({marks(chunk)})", chunk
            ).fetchall()
        ]
    found: dict[str, Fact] = {}
    for chunk_ids in chunks(ids):
        found.update({f.uuid: f for f in list_facts(db, ids=chunk_ids, with_citations=False)})
    return found


# The shapes the assembler wrote before 0016 (frozen here: later wording may change).
_YEARS: dict[str, re.Pattern[str]] = {
    "vi": re.compile(r"\d+ năm thiết lập quan hệ ngoại giao \([^()]*\)"),
    "en": re.compile(r"\d+ years? of diplomatic relations \([^()]*\)"),
}
_VISIT_HEAD: dict[str, re.Pattern[str]] = {
    "vi": re.compile(r"Chuyến thăm cấp cao gần nhất từ .+? sang .+? \([^()]*\)(?:: (?P<body>.*))?"),
    "en": re.compile(r"Latest high-level visit from .+? to .+? \([^()]*\)(?:: (?P<body>.*))?"),
}


def _old_shape(item: BriefItem, text: str, fact: Fact | None, lang: str) -> bool:
    """Whether ``text`` is a line the assembler wrote before 0016, by its shape."""
    if item.role == ROLE_ANNIVERSARY:
        return _YEARS[lang].fullmatch(text) is not None
    head = _VISIT_HEAD[lang].fullmatch(text)
    if head is None or fact is None:
        return False
    body = head.group("body")
    return body is None or body == (fact.statement_en if lang == "en" else fact.statement_vi)


def unmachined(
    item: BriefItem, facts: Mapping[str, Fact], pair: Pair | None, on: str, language: str
) -> BriefItem:
    """``item`` as saved before 0016 with each field holding the machine's line emptied (and
    marked where its stored line is the visit's own line): see module doc."""
    home, partner = (pair.home, pair.partner) if pair else (None, None)
    bare = replace(item, text_vi="", text_en="", needs_update="")
    marked = replace(bare, says_own_line=True)
    stored = item.own_text(language)
    own_line = computed_line(marked, facts, home, partner, language, on)
    # (the visit's own line, written in the brief's language where its sentence was shared)
    if stored and stored == own_line != computed_line(bare, facts, home, partner, language, on):
        bare = marked
    fact = facts.get(item.fact_uuid or "")

    def machine(lang: str, text: str) -> bool:
        derived = {computed_line(b, facts, home, partner, lang, on) for b in (bare, marked)}
        return text in derived or _old_shape(item, text, fact, lang)

    kept = {
        lang: text
        for lang in ("vi", "en")
        if (text := item.own_text(lang)) and not machine(lang, text)
    }
    behind = item.needs_update if kept else ""
    return replace(
        bare, text_vi=kept.get("vi", ""), text_en=kept.get("en", ""), needs_update=behind
    )


def empty_machine_lines(db: Database) -> int:
    """Empty every computed item's stored field that holds the machine's line (see module
    doc); returns how many items changed."""
    rows = db.conn.execute(_ITEMS).fetchall()
    items = []
    for row_id, uuid, fact_uuid, text_vi, text_en, cites, role, own_line, behind, *brief in rows:
        item = BriefItem(
            uuid, "computed", fact_uuid, text_vi, text_en,
            tuple(json.loads(cites or "[]")), role, needs_update=behind,
            says_own_line=bool(own_line),
        )  # fmt: skip
        items.append((row_id, item, *brief))
    facts = _facts(db, {u for _, item, *_ in items for u in item.cited_fact_uuids()})
    pairs: dict[str, Pair | None] = {}
    changed = 0
    for row_id, item, pair_code, on, language in items:
        if pair_code not in pairs:
            pairs[pair_code] = get_pair(db, pair_code)
        now = unmachined(item, facts, pairs[pair_code], on, language)
        if now == item:
            continue
        db.execute(
            "UPDATE brief_item SET text_vi = ?, text_en = ?, says_own_line = ?, needs_update = ?"
            " WHERE id = ?",
            [now.text_vi, now.text_en, int(now.says_own_line), now.needs_update, row_id],
        )
        changed += 1
    return changed


def unmachined_brief(db: Database, brief: Brief) -> Brief:
    """``brief`` with each computed item's stored machine lines emptied, as migration 0016
    does for this store's own briefs — for a brief that comes from elsewhere: one a peer on
    an older Briefer shared through the hub kept its lines in the items' wording."""
    computed = [i for i in brief.items() if i.kind == "computed" and (i.text_vi or i.text_en)]
    if not computed:
        return brief
    facts = _facts(db, {u for item in computed for u in item.cited_fact_uuids()})
    pair = get_pair(db, brief.pair)
    now = {
        item.uuid: unmachined(item, facts, pair, brief.brief_date, brief.language)
        for item in computed
    }
    sections = tuple(
        replace(section, items=tuple(now.get(i.uuid, i) for i in section.items))
        for section in brief.sections
    )
    return replace(brief, sections=sections)


__all__ = ["empty_machine_lines", "unmachined", "unmachined_brief"]
