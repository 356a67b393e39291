"""Undoable edits of the open brief, one ``QUndoCommand`` per kind of edit.

A command computes the brief after the edit from the brief before it (with the pure
functions of :mod:`briefer.domain.brief_edits`) and keeps both: redo shows one, undo the
other.
Typing in a wording box merges into one command per burst of typing on one field.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefer.domain import brief_edits as editing
from briefer.domain.brief import Brief, BriefItem
from briefer.domain.letterhead import TitlePage

if TYPE_CHECKING:
    from briefer.ui.session import BriefSession

MERGE_SECONDS = 2.0  # typing pauses longer than this start a new undo step


class BriefCommand(QUndoCommand):
    """An edit from ``before`` to ``after``; ``focus`` names the item to show afterwards."""

    def __init__(self, session: BriefSession, text: str, after: Brief, focus: str | None = None):
        super().__init__(text)
        self._session = session
        self.before = session.brief
        self.after = after
        self.focus = focus

    @property
    def changes_anything(self) -> bool:
        return self.after is not self.before

    def redo(self) -> None:
        self._session.apply(self.after, self.focus)

    def undo(self) -> None:
        self._session.apply(self.before, self.focus)


class MoveItemsCommand(BriefCommand):
    def __init__(self, session: BriefSession, item_uuids: Sequence[str], section: int, row: int):
        after = editing.move_items(session.brief, item_uuids, section, row)
        before_where = editing.locate(session.brief, item_uuids[0]) if item_uuids else None
        after_where = editing.locate(after, item_uuids[0]) if item_uuids else None
        across = bool(before_where and after_where and before_where[0] != after_where[0])
        text = (
            QCoreApplication.translate("Commands", "Move to another section")
            if across
            else QCoreApplication.translate("Commands", "Reorder items")
        )
        super().__init__(session, text, after, item_uuids[0] if item_uuids else None)


class StepItemCommand(BriefCommand):
    def __init__(self, session: BriefSession, item_uuid: str, delta: int):
        after = editing.step_item(session.brief, item_uuid, delta)
        text = (
            QCoreApplication.translate("Commands", "Move item up")
            if delta < 0
            else QCoreApplication.translate("Commands", "Move item down")
        )
        super().__init__(session, text, after, item_uuid)


class AddItemsCommand(BriefCommand):
    """Insert items; ``placements`` are (section row, position, items), applied in order."""

    def __init__(
        self,
        session: BriefSession,
        placements: Sequence[tuple[int, int, Sequence[BriefItem]]],
        text: str,
    ):
        after = session.brief
        first: str | None = None
        for section, row, items in placements:
            after = editing.insert_items(after, section, row, items)
            first = first or (items[0].uuid if items else None)
        super().__init__(session, text, after, first)


class DeleteItemsCommand(BriefCommand):
    def __init__(
        self, session: BriefSession, item_uuids: Sequence[str], focus_after: str | None = None
    ):
        after = editing.remove_items(session.brief, item_uuids)
        text = QCoreApplication.translate("Commands", "Delete %n item(s)", "", len(item_uuids))
        super().__init__(session, text, after, focus_after)

    def undo(self) -> None:
        first = next(iter(self._deleted()), None)
        self._session.apply(self.before, first)

    def _deleted(self) -> list[str]:
        kept = {i.uuid for i in self.after.items()}
        return [i.uuid for i in self.before.items() if i.uuid not in kept]


class EditTextCommand(BriefCommand):
    """The wording of one item in one language; consecutive typing merges into one step."""

    ID = 1001

    def __init__(self, session: BriefSession, item_uuid: str, lang: str, text: str):
        after = editing.set_item_text(session.brief, item_uuid, lang, text)
        super().__init__(
            session, QCoreApplication.translate("Commands", "Edit wording"), after, item_uuid
        )
        self.item_uuid = item_uuid
        self.lang = lang
        self.stamp = time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditTextCommand):
            return False
        if (other.item_uuid, other.lang) != (self.item_uuid, self.lang):
            return False
        if other.before is not self.after or other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.after = other.after
        self.stamp = other.stamp
        return True


class CiteCommand(BriefCommand):
    def __init__(self, session: BriefSession, item_uuid: str, fact_uuid: str, add: bool):
        if add:
            after = editing.add_cite(session.brief, item_uuid, fact_uuid)
            text = QCoreApplication.translate("Commands", "Cite a fact")
        else:
            after = editing.remove_cite(session.brief, item_uuid, fact_uuid)
            text = QCoreApplication.translate("Commands", "Remove a citation")
        super().__init__(session, text, after, item_uuid)


class TitlePageCommand(BriefCommand):
    def __init__(self, session: BriefSession, page: TitlePage):
        after = replace(session.brief, title_page=page)
        super().__init__(
            session, QCoreApplication.translate("Commands", "Change the title page"), after, None
        )


class MarkingCommand(BriefCommand):
    def __init__(self, session: BriefSession, marking: str):
        after = editing.set_marking(session.brief, marking)
        super().__init__(
            session, QCoreApplication.translate("Commands", "Change the marking"), after, None
        )
