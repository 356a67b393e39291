"""The officer's edits of the open brief, as undo steps: add facts and paragraphs, delete,
move, cite, and the export choices kept in the brief (marking, title page).

:class:`BriefEdits` reads where the officer is from the Prepare area (the outline's current
item, the browser's selected facts) and pushes one :mod:`briefer.ui.undo` command per edit
onto the session; the rules themselves are :mod:`briefer.domain.brief_edits`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from briefer.domain import brief_edits as editing
from briefer.domain.brief import BriefItem
from briefer.domain.letterhead import TitlePage
from briefer.domain.model import Fact
from briefer.ui.undo import (
    AddItemsCommand,
    CiteCommand,
    DeleteItemsCommand,
    EditTextCommand,
    MarkingCommand,
    MoveItemsCommand,
    StepItemCommand,
    TitlePageCommand,
)

if TYPE_CHECKING:
    from briefer.ui.prepare import PrepareArea
    from briefer.ui.session import BriefSession

translate = QCoreApplication.translate


class BriefEdits(QObject):
    """Turns the officer's gestures in the Prepare area into undoable edits."""

    message = Signal(str, int)  # a status-bar message and how long it stays (ms)

    def __init__(self, session: BriefSession, prepare: PrepareArea) -> None:
        super().__init__(prepare)
        self.session = session
        self.prepare = prepare
        prepare.outline_model.itemsDropped.connect(self.move_items)
        prepare.outline_model.factsDropped.connect(self._facts_dropped)
        editor = prepare.editor
        editor.textEdited.connect(self._text_edited)
        editor.citeRequested.connect(lambda _uuid: self.cite_selected_fact())
        editor.uncite.connect(
            lambda item, fact: session.push(CiteCommand(session, item, fact, add=False))
        )
        prepare.browser.addRequested.connect(self.add_facts)

    def move_items(self, item_uuids: list[str], section: int, row: int) -> None:
        if self.session.brief is None or not item_uuids:
            return
        self.session.push(MoveItemsCommand(self.session, item_uuids, section, row))

    def step_item(self, delta: int) -> None:
        uuid = self.prepare.outline.current_item_uuid()
        if self.session.brief is None or uuid is None:
            return
        self.session.push(StepItemCommand(self.session, uuid, delta))

    def _facts_dropped(self, fact_uuids: list[str], section: int, row: int) -> None:
        result = self.prepare.browser.last_result
        known = {f.uuid: f for f in (result.facts if result else [])}
        facts = [known[u] for u in fact_uuids if u in known]
        self.add_facts(facts, section, row)

    def add_selected_facts(self) -> None:
        facts = self.prepare.browser.selected_facts()
        if not facts:
            self.message.emit(
                translate("MainWindow", "Select facts in the fact browser first."), 5000
            )
            self.prepare.focus_search()
            return
        self.add_facts(facts)

    def add_facts(self, facts: list[Fact], section: int | None = None, row: int = -1) -> None:
        """Add facts as items: where dropped, else in the section of each fact's topic."""
        brief = self.session.brief
        if brief is None or not facts:
            return
        outline = self.prepare.outline
        present = {i.fact_uuid for i in brief.items() if i.kind == "fact"}
        fresh = [f for f in facts if f.uuid not in present]
        if not fresh:
            existing = next(i.uuid for i in brief.items() if i.fact_uuid == facts[0].uuid)
            outline.select_item(existing)
            self.message.emit(translate("MainWindow", "This fact is already in the brief."), 5000)
            return
        self.session.remember_facts(fresh)
        current = outline.current_item_uuid()
        where = editing.locate(brief, current) if current else None
        placements: list[tuple[int, int, list[BriefItem]]] = []
        if section is not None:
            placements.append((section, row, [editing.fact_item(f.uuid) for f in fresh]))
        else:
            by_section: dict[int, list[BriefItem]] = {}
            for fact in fresh:
                target = editing.section_for_topic(brief, fact.topic)
                if target is None:
                    target = where[0] if where else len(brief.sections) - 1
                by_section.setdefault(target, []).append(editing.fact_item(fact.uuid))
            for target, items in by_section.items():
                position = where[1] + 1 if where and where[0] == target else -1
                placements.append((target, position, items))
        text = translate("Commands", "Add %n fact(s)", "", len(fresh))
        if self.session.push(AddItemsCommand(self.session, placements, text)):
            self.message.emit(
                translate("MainWindow", "Added %n fact(s) to the brief.", "", len(fresh)), 5000
            )

    def add_text_item(self, section: int | None = None, row: int | None = None) -> None:
        brief = self.session.brief
        if brief is None or not brief.sections:
            return
        outline = self.prepare.outline
        current = outline.current_item_uuid()
        where = editing.locate(brief, current) if current else None
        if section is None:
            sec_row = outline.current_section_row()
            section = where[0] if where else (sec_row if sec_row >= 0 else len(brief.sections) - 1)
            row = where[1] + 1 if where else -1
        item = editing.text_item("", brief.language)
        text = translate("Commands", "Add a paragraph")
        if self.session.push(
            AddItemsCommand(self.session, [(section, -1 if row is None else row, [item])], text)
        ):
            self.prepare.editor.edits[brief.language].setFocus()

    def add_talking_point(self) -> None:
        brief = self.session.brief
        section = editing.section_for_topic(brief, "talking_points") if brief else None
        if section is not None:
            self.add_text_item(section, -1)

    def delete_items(self) -> None:
        brief = self.session.brief
        uuids = self.prepare.outline.selected_item_uuids()
        if brief is None or not uuids:
            return
        order = [i.uuid for i in brief.items()]
        last = max(order.index(u) for u in uuids)
        after = next((u for u in order[last + 1 :] if u not in uuids), None)
        before = next((u for u in reversed(order[: order.index(uuids[0])]) if u not in uuids), None)
        self.session.push(DeleteItemsCommand(self.session, uuids, after or before))

    def _text_edited(self, item_uuid: str, lang: str, text: str) -> None:
        self.session.push(EditTextCommand(self.session, item_uuid, lang, text))

    def cite_selected_fact(self) -> None:
        item = self.prepare.outline.current_item_uuid()
        facts = self.prepare.browser.selected_facts()
        if item is None:
            return
        if not facts:
            self.message.emit(
                translate("MainWindow", "Select the fact to cite in the fact browser first."),
                5000,
            )
            self.prepare.focus_search()
            return
        self.session.remember_facts(facts)
        for fact in facts:
            self.session.push(CiteCommand(self.session, item, fact.uuid, add=True))

    def set_marking(self, marking: str) -> None:
        self.session.push(MarkingCommand(self.session, marking))

    def set_title_page(self, page: TitlePage) -> None:
        self.session.push(TitlePageCommand(self.session, page))
