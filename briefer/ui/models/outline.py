"""The brief's outline as a two-level tree: sections, then their items, in brief order.

Drops (items moved within the tree, facts dragged in from the browser) are not applied
here: the model announces them (``itemsDropped`` / ``factsDropped``) and the window turns
them into undoable commands, which come back through :meth:`OutlineModel.set_rows`.
``dropMimeData`` therefore returns False, so a view never removes the dragged rows itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from briefer.domain.brief import Brief, BriefItem, BriefSection
from briefer.domain.itemline import default_wording
from briefer.domain.model import Country, Fact
from briefer.ui.models.roles import FACT_MIME, ITEM_MIME, OBJECT_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internalId of a section index; an item's is its section row + 1


def item_text(
    item: BriefItem,
    facts: Mapping[str, Fact],
    lang: str,
    home: Country | None = None,
    partner: Country | None = None,
    on: str = "",
) -> str:
    """What an item says in ``lang``: its own wording, else its machine line or computed
    line (from the current facts and the brief's date ``on``: ``domain.itemline``), else
    its fact's statement (never for a computed item: with nothing left to derive its line
    from, it says nothing, as the brief prints it)."""
    # (a computed item's officer wording in the other language is no stand-in: the brief
    # prints the line derived in its own language, and so does the outline)
    own = item.own_text(lang) if item.kind == "computed" else item.text(lang)
    if own:
        return own
    if line := default_wording(item, facts, home, partner, lang, on):
        return line
    if item.kind == "computed":
        return ""
    fact = facts.get(item.fact_uuid or "")
    return fact.statement(lang) if fact else ""


def source_count(item: BriefItem, facts: Mapping[str, Fact]) -> int:
    """How many distinct sources the item's cited facts rest on."""
    ids = {
        c.source_id
        for uuid in item.cited_fact_uuids()
        if uuid in facts
        for c in facts[uuid].citations
    }
    return len(ids)


class OutlineModel(QAbstractItemModel):
    COL_TEXT = 0
    COL_SOURCES = 1
    COLUMNS = 2

    itemsDropped = Signal(list, int, int)  # item uuids, target section, row in it
    factsDropped = Signal(list, int, int)  # fact uuids, target section, row in it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: tuple[BriefSection, ...] = ()
        self._facts: Mapping[str, Fact] = {}
        self._lang = "vi"
        self._countries: tuple[Country | None, Country | None] = (None, None)
        self._on = ""  # the brief's date: a computed line (years of relations) depends on it
        self._warned: set[str] = set()

    # ---- feeding ---------------------------------------------------------------------

    def set_rows(self, brief: Brief | None, facts: Mapping[str, Fact] | None = None) -> None:
        """Show ``brief`` (None: nothing); ``facts`` supply the statements of fact items."""
        self.beginResetModel()
        self._sections = brief.sections if brief else ()
        self._lang = brief.language if brief else self._lang
        self._countries = (brief.home, brief.partner) if brief else (None, None)
        self._on = brief.brief_date if brief else ""
        self._facts = dict(facts or {})
        self.endResetModel()

    def set_warned(self, item_uuids: Iterable[str]) -> None:
        """Mark the items that have a warning (they show a warning sign)."""
        self._warned = set(item_uuids)
        for row in range(len(self._sections)):
            count = len(self._sections[row].items)
            if count:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(count - 1, 0, parent),
                    [Qt.ItemDataRole.DecorationRole],
                )

    # ---- lookups ---------------------------------------------------------------------

    def section_index(self, row: int) -> QModelIndex:
        return self.index(row, 0)

    def item_index(self, item_uuid: str, column: int = 0) -> QModelIndex:
        for srow, section in enumerate(self._sections):
            for irow, item in enumerate(section.items):
                if item.uuid == item_uuid:
                    return self.index(irow, column, self.index(srow, 0))
        return QModelIndex()

    def is_section(self, index: Index) -> bool:
        return index.isValid() and index.internalId() == _TOP

    def position(self, index: Index) -> tuple[int, int]:
        """(section row, item row) of an item index; (section row, -1) for a section."""
        if self.is_section(index):
            return index.row(), -1
        return index.internalId() - 1, index.row()

    # ---- Qt model ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._sections[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.COL_TEXT: self.tr("Outline"), self.COL_SOURCES: self.tr("Sources")}.get(
            section
        )

    def _object(self, index: Index) -> BriefSection | BriefItem | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._sections[index.row()] if index.row() < len(self._sections) else None
        section = self._sections[index.internalId() - 1]
        return section.items[index.row()] if index.row() < len(section.items) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        obj = self._object(index)
        if obj is None:
            return None
        col = index.column()
        if role == OBJECT_ROLE:
            return obj
        if role == SORT_ROLE:
            return index.row()
        if isinstance(obj, BriefSection):
            return self._section_data(obj, col, role)
        return self._item_data(obj, col, role)

    def _section_data(self, section: BriefSection, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TEXT:
                return section.heading
            if col == self.COL_SOURCES:
                return str(len(section.items)) if section.items else "–"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: %n item(s)", "", len(section.items)).format(section.heading)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _item_data(self, item: BriefItem, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TEXT:
                text = item_text(item, self._facts, self._lang, *self._countries, self._on)
                return " ".join(text.split()) or self.tr("(empty paragraph)")
            if col == self.COL_SOURCES:
                count = source_count(item, self._facts)
                return str(count) if count else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item_text(item, self._facts, self._lang, *self._countries, self._on)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_TEXT:
            from briefer.ui.icons import icon

            if item.uuid in self._warned:
                return icon("warning")
            return icon(
                {"fact": "fact", "text": "text", "computed": "computed"}.get(item.kind, "fact")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _TOP:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    # ---- drag and drop -----------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME, FACT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        uuids: list[str] = []
        for index in sorted(indexes, key=self.position):
            obj = self._object(index)
            if isinstance(obj, BriefItem) and obj.uuid not in uuids:
                uuids.append(obj.uuid)
        mime = QMimeData()
        mime.setData(ITEM_MIME, json.dumps(uuids).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data, action, row: int, column: int, parent: Index) -> bool:
        return bool(self._sections) and (data.hasFormat(ITEM_MIME) or data.hasFormat(FACT_MIME))

    def drop_target(self, row: int, parent: Index) -> tuple[int, int]:
        """Where a drop at (row, parent) lands: (section row, position in it; -1 = end)."""
        if parent.isValid():
            if parent.internalId() == _TOP:
                return parent.row(), row
            return parent.internalId() - 1, parent.row() + 1  # onto an item: after it
        if not self._sections:
            return -1, -1
        if row < 0:  # empty space below the outline: end of the last section
            return len(self._sections) - 1, -1
        if row == 0:
            return 0, 0
        return min(row, len(self._sections)) - 1, -1  # between sections: end of the one above

    def dropMimeData(self, data, action, row: int, column: int, parent: Index) -> bool:
        section, position = self.drop_target(row, parent)
        if section < 0:
            return False
        for mime, signal in ((ITEM_MIME, self.itemsDropped), (FACT_MIME, self.factsDropped)):
            if data.hasFormat(mime):
                try:
                    uuids = [str(u) for u in json.loads(bytes(data.data(mime)).decode("utf-8"))]
                except (ValueError, UnicodeDecodeError):
                    return False
                if uuids:
                    signal.emit(uuids, section, position)
                return False  # applied by the window as an undoable command
        return False
