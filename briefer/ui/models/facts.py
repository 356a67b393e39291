"""The fact browser's table: one row per fact, optionally with the search hit that found it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from briefer.domain.model import Fact
from briefer.domain.rules import fact_when, reference_end, reference_start
from briefer.domain.topics import TOPIC_KEYS
from briefer.text.fold import fold
from briefer.ui.labels import date_label, fact_kind_label, figure_short, status_label, topic_label
from briefer.ui.models.base import Index, RowTableModel
from briefer.ui.models.roles import FACT_MIME, HIGHLIGHT_ROLE, OBJECT_ROLE, SORT_ROLE

if TYPE_CHECKING:
    from briefer.services import SearchHit


class FactTableModel(RowTableModel[Fact]):
    COL_STATEMENT = 0
    COL_TOPIC = 1
    COL_KIND = 2
    COL_DATE = 3
    COL_STATUS = 4
    COLUMNS = 5
    DRAGGABLE = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: dict[str, SearchHit] = {}
        self._lines: dict[str, str] = {}
        self._lang = "vi"  # language of the statements shown (the brief's)
        self._ui_lang = "vi"  # language of topic names

    # ---- feeding ---------------------------------------------------------------------

    def set_rows(
        self,
        facts: Sequence[Fact],
        hits: Mapping[str, SearchHit] | None = None,
        lines: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``facts`` in this order; ``hits`` (by fact uuid) add a snippet and highlights;
        ``lines`` (by fact uuid) lead the Fact column of facts drawn from one sentence, whose
        statements alone would read the same (``Services.telling_apart``)."""
        self._hits = dict(hits or {})
        self._lines = dict(lines or {})
        super().set_rows(facts)

    def set_language(self, lang: str, ui_lang: str | None = None) -> None:
        self._lang = lang
        self._ui_lang = ui_lang or self._ui_lang
        self.refresh_all()

    @property
    def language(self) -> str:
        return self._lang

    def fact_at(self, row: int) -> Fact:
        return self.row_object(row)

    def hit_for(self, fact_uuid: str) -> SearchHit | None:
        return self._hits.get(fact_uuid)

    # ---- columns -----------------------------------------------------------------------

    def headers(self) -> dict[int, str]:
        return {
            self.COL_STATEMENT: self.tr("Fact"),
            self.COL_TOPIC: self.tr("Topic"),
            self.COL_KIND: self.tr("Kind"),
            self.COL_DATE: self.tr("Date"),
            self.COL_STATUS: self.tr("Status"),
        }

    def display(self, fact: Fact, col: int) -> str:
        return self._display(fact, col)

    def sort_value(self, fact: Fact, col: int) -> object:
        return self._sort_value(fact, col)

    def role_data(self, fact: Fact, col: int, role: int) -> object:
        if role == HIGHLIGHT_ROLE and col == self.COL_STATEMENT:
            hit = self._statement_hit(fact)
            shift = len(self._lead(fact))  # (the spans are within the statement after it)
            return tuple((a + shift, b + shift) for a, b in hit.highlights) if hit else ()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_STATEMENT:
            return self._tooltip(fact)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_STATEMENT:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _display(self, fact: Fact, col: int) -> str:
        if col == self.COL_STATEMENT:
            hit = self._statement_hit(fact)
            return self._lead(fact) + (hit.snippet if hit else fact.statement(self._lang))
        if col == self.COL_TOPIC:
            return topic_label(fact.topic, self._ui_lang)
        if col == self.COL_KIND:
            return fact_kind_label(fact.kind)
        if col == self.COL_DATE:
            # A figure's value under its date: two facts drafted from one sentence (a value
            # and its growth) share their statement, and the value tells their rows apart
            # without a column of its own taking width from the statements.
            when = date_label(fact_when(fact), self._ui_lang)
            value = figure_short(fact, self._lang)
            return f"{when}\n{value}" if when and value else when or value
        if col == self.COL_STATUS:
            return status_label(fact.status)
        return ""

    def _sort_value(self, fact: Fact, col: int) -> object:
        if col == self.COL_STATEMENT:
            return fold(fact.statement(self._lang))
        if col == self.COL_TOPIC:
            return TOPIC_KEYS.index(fact.topic) if fact.topic in TOPIC_KEYS else len(TOPIC_KEYS)
        if col == self.COL_KIND:
            return fact.kind
        if col == self.COL_DATE:
            start = reference_start(fact)
            return start.isoformat() if start else ""
        if col == self.COL_STATUS:
            return fact.status
        return None

    def _lead(self, fact: Fact) -> str:
        """What tells a fact from others of its sentence, before the sentence ("" if none)."""
        line = self._lines.get(fact.uuid, "")
        return f"{line} — " if line else ""

    def _statement_hit(self, fact: Fact) -> SearchHit | None:
        """The hit to show in the Fact column: one found in a quote shows the statement."""
        hit = self._hits.get(fact.uuid)
        return hit if hit is not None and hit.field != "quote" else None

    def _tooltip(self, fact: Fact) -> str:
        lines = [self._lead(fact).removesuffix(" — "), fact.statement(self._lang)]
        lines = [line for line in lines if line]
        hit = self._hits.get(fact.uuid)
        if hit is not None and hit.field == "quote":
            lines.append(self.tr("Found in its source's words: “{0}”").format(hit.snippet))
        for cite in fact.citations[:3]:
            when = date_label(cite.source_published_on, self._ui_lang)
            lines.append(f"— {cite.source_outlet}, “{cite.source_title}”, {when}".strip(", "))
        return "\n".join(lines)

    # ---- drag ----------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [FACT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        uuids: list[str] = []
        for index in indexes:
            uuid = self._rows[index.row()].uuid
            if uuid not in uuids:
                uuids.append(uuid)
        mime = QMimeData()
        mime.setData(FACT_MIME, json.dumps(uuids).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class FactFilterProxy(QSortFilterProxyModel):
    """Filters facts by topic, kind, status and date (on the domain object, not the text)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._topic = ""
        self._kind = ""
        self._status = ""
        self._since_year = 0

    def set_filters(
        self,
        topic: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        since_year: int | None = None,
    ) -> None:
        """Narrow the rows; ``""`` (or 0 for the year) means any. ``None`` keeps a filter."""
        self.beginFilterChange()
        self._topic = self._topic if topic is None else topic
        self._kind = self._kind if kind is None else kind
        self._status = self._status if status is None else status
        self._since_year = self._since_year if since_year is None else since_year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        fact = model.data(model.index(source_row, 0, source_parent), OBJECT_ROLE)
        if not isinstance(fact, Fact):
            return False
        if self._topic and fact.topic != self._topic:
            return False
        if self._kind and fact.kind != self._kind:
            return False
        if self._status and fact.status != self._status:
            return False
        if self._since_year:
            end = reference_end(fact)
            if end is None or end.year < self._since_year:
                return False
        return True

    def fact_at(self, proxy_row: int) -> Fact:
        return self.data(self.index(proxy_row, 0), OBJECT_ROLE)
