"""The officer's edits as pure functions over a frozen :class:`~briefer.domain.brief.Brief`.

Each returns a new brief and leaves the old one alone, which is what makes undo simple:
an undo step (``briefer.ui.undo``) keeps the brief before and the brief after. No Qt here:
the UI imports these rules, and they are tested alone.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefer.domain.brief import Brief, BriefItem, BriefSection
from briefer.text.normalize import normalize


def new_item_uuid() -> str:
    return str(uuidlib.uuid4())


def fact_item(fact_uuid: str) -> BriefItem:
    """A new item showing the fact ``fact_uuid`` in its own words (citations attached)."""
    return BriefItem(uuid=new_item_uuid(), kind="fact", fact_uuid=fact_uuid)


def text_item(text: str = "", lang: str = "vi", cites: Sequence[str] = ()) -> BriefItem:
    """A new paragraph of the officer's own words in ``lang``, citing ``cites``."""
    text = normalize(text) if text else ""
    return BriefItem(
        uuid=new_item_uuid(),
        kind="text",
        text_vi=text if lang == "vi" else "",
        text_en=text if lang == "en" else "",
        cites=tuple(cites),
    )


def locate(brief: Brief, item_uuid: str) -> tuple[int, int] | None:
    """(section row, item row) of the item ``item_uuid``, or None."""
    for srow, section in enumerate(brief.sections):
        for irow, item in enumerate(section.items):
            if item.uuid == item_uuid:
                return srow, irow
    return None


def find_item(brief: Brief, item_uuid: str) -> BriefItem | None:
    where = locate(brief, item_uuid)
    return brief.sections[where[0]].items[where[1]] if where else None


def section_for_topic(brief: Brief, topic: str) -> int | None:
    return next((i for i, s in enumerate(brief.sections) if s.topic == topic), None)


def _with_items(brief: Brief, changes: dict[int, tuple[BriefItem, ...]]) -> Brief:
    sections = tuple(
        replace(section, items=changes[row]) if row in changes else section
        for row, section in enumerate(brief.sections)
    )
    return replace(brief, sections=sections)


def insert_items(brief: Brief, section: int, row: int, items: Sequence[BriefItem]) -> Brief:
    """Insert ``items`` into section ``section`` before ``row`` (-1 or past the end: append)."""
    current = brief.sections[section].items
    at = len(current) if row < 0 or row > len(current) else row
    return _with_items(brief, {section: current[:at] + tuple(items) + current[at:]})


def remove_items(brief: Brief, item_uuids: Iterable[str]) -> Brief:
    gone = set(item_uuids)
    changes = {
        row: tuple(i for i in s.items if i.uuid not in gone)
        for row, s in enumerate(brief.sections)
        if any(i.uuid in gone for i in s.items)
    }
    return _with_items(brief, changes)


def move_items(brief: Brief, item_uuids: Sequence[str], section: int, row: int) -> Brief:
    """Move the items (kept in brief order) to section ``section`` before ``row``.

    ``row`` counts positions in the section as it is *before* the move, as a drop does;
    -1 appends. Moving an item onto its own place changes nothing.
    """
    wanted = set(item_uuids)
    moving = [item for item in brief.items() if item.uuid in wanted]
    if not moving:
        return brief
    target = brief.sections[section].items
    at = len(target) if row < 0 or row > len(target) else row
    at -= sum(1 for item in target[:at] if item.uuid in wanted)  # rows that leave from above
    without = remove_items(brief, wanted)
    moved = insert_items(without, section, at, moving)
    return brief if moved.sections == brief.sections else moved


def step_item(brief: Brief, item_uuid: str, delta: int) -> Brief:
    """Move one item up (-1) or down (+1); past a section's edge it enters the next section."""
    where = locate(brief, item_uuid)
    if where is None:
        return brief
    srow, irow = where
    count = len(brief.sections[srow].items)
    if delta < 0 and irow > 0:
        return move_items(brief, [item_uuid], srow, irow - 1)
    if delta > 0 and irow < count - 1:
        return move_items(brief, [item_uuid], srow, irow + 2)
    if delta < 0 and srow > 0:
        return move_items(brief, [item_uuid], srow - 1, -1)
    if delta > 0 and srow < len(brief.sections) - 1:
        return move_items(brief, [item_uuid], srow + 1, 0)
    return brief


def replace_item(brief: Brief, item: BriefItem) -> Brief:
    where = locate(brief, item.uuid)
    if where is None:
        return brief
    srow, irow = where
    items = list(brief.sections[srow].items)
    items[irow] = item
    return _with_items(brief, {srow: tuple(items)})


def set_item_text(brief: Brief, item_uuid: str, lang: str, text: str) -> Brief:
    """Set the item's own wording in ``lang`` ("" returns a fact item to its fact's words, a
    computed item to the line derived from its facts)."""
    item = find_item(brief, item_uuid)
    if item is None:
        return brief
    text = normalize(text) if text else ""
    if text == item.own_text(lang):
        return brief
    behind = _behind(item, lang, text)
    if lang == "en":
        return replace_item(brief, replace(item, text_en=text, needs_update=behind))
    return replace_item(brief, replace(item, text_vi=text, needs_update=behind))


def _behind(item: BriefItem, lang: str, text: str) -> str:
    """The language left behind by an edit in ``lang``: the other one, unless this edit
    brings ``lang`` back in step, or both languages show their fact's own words again."""
    other = "vi" if lang == "en" else "en"
    if item.needs_update == lang:
        return ""
    if not text and item.kind in ("fact", "computed") and not item.own_text(other):
        return ""
    return other


def add_cite(brief: Brief, item_uuid: str, fact_uuid: str) -> Brief:
    item = find_item(brief, item_uuid)
    if item is None or fact_uuid in item.cited_fact_uuids():
        return brief
    return replace_item(brief, replace(item, cites=(*item.cites, fact_uuid)))


def remove_cite(brief: Brief, item_uuid: str, fact_uuid: str) -> Brief:
    """Drop a further citation; an item's own fact stays attached (it is what the item shows)."""
    item = find_item(brief, item_uuid)
    if item is None or fact_uuid not in item.cites:
        return brief
    return replace_item(brief, replace(item, cites=tuple(u for u in item.cites if u != fact_uuid)))


def set_marking(brief: Brief, marking: str) -> Brief:
    return replace(brief, marking=normalize(marking.strip()) if marking.strip() else "")


def fact_uuids_in(brief: Brief) -> set[str]:
    return brief.cited_fact_uuids()


def sections_equal(a: Brief, b: Brief) -> bool:
    return a.sections == b.sections


__all__ = [
    "BriefSection",
    "add_cite",
    "fact_item",
    "fact_uuids_in",
    "find_item",
    "insert_items",
    "locate",
    "move_items",
    "new_item_uuid",
    "remove_cite",
    "remove_items",
    "replace_item",
    "section_for_topic",
    "set_item_text",
    "set_marking",
    "step_item",
    "text_item",
]
