"""The editor's fact tables (review queue, stale figures, conflict groups) and the source list:
thin models over domain objects, with ``COL_*`` constants, ``set_rows()``, a sort role and an
object role."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt

from briefer.domain.model import Fact, Source
from briefer.domain.review import ReviewItem
from briefer.domain.rules import fact_when
from briefer.text.fold import fold
from briefer.ui.labels import fact_kind_label, figure_label, status_label, topic_label
from briefer.ui.models.base import RowTableModel


def value_text(fact: Fact) -> str:
    """The figure and its period, as the editor checks it ("500000000 USD · 2023")."""
    parts = [figure_label(fact)] if fact.value is not None else []
    when = fact_when(fact)
    if when:
        parts.append(when)
    return " · ".join(parts)


def rank_label(rank: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "preferred": QCoreApplication.translate("Labels", "Preferred"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "deprecated": QCoreApplication.translate("Labels", "Deprecated"),
    }
    return labels.get(rank, rank)


class EditorFactModel(RowTableModel[Fact]):
    """Facts for the editor: statement, topic, kind, pair, value/period, rank, status, source."""

    COL_STATEMENT = 0
    COL_TOPIC = 1
    COL_KIND = 2
    COL_PAIR = 3
    COL_VALUE = 4
    COL_RANK = 5
    COL_STATUS = 6
    COL_SOURCE = 7
    COLUMNS = 8

    def __init__(self, ui_lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self._ui_lang = ui_lang
        self._groups: dict[str, int] = {}

    def set_rows(self, facts: Sequence[Fact], groups: Mapping[str, int] | None = None) -> None:
        """Show ``facts``; ``groups`` (fact uuid → group number) shades conflict groups."""
        self._groups = dict(groups or {})
        super().set_rows(facts)

    def fact_at(self, row: int) -> Fact:
        return self.row_object(row)

    def facts(self) -> list[Fact]:
        return list(self._rows)

    def row_of(self, fact_uuid: str) -> int:
        return next((i for i, f in enumerate(self._rows) if f.uuid == fact_uuid), -1)

    def headers(self) -> dict[int, str]:
        return {
            self.COL_STATEMENT: self.tr("Statement"),
            self.COL_TOPIC: self.tr("Topic"),
            self.COL_KIND: self.tr("Kind"),
            self.COL_PAIR: self.tr("Pair"),
            self.COL_VALUE: self.tr("Value / period"),
            self.COL_RANK: self.tr("Rank"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_SOURCE: self.tr("Source"),
        }

    def display(self, fact: Fact, col: int) -> str:
        return self._display(fact, col)

    def sort_value(self, fact: Fact, col: int) -> object:
        return self._sort_value(fact, col)

    def role_data(self, fact: Fact, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_STATEMENT, self.COL_SOURCE):
            cite = fact.citations[0] if fact.citations else None
            return f"“{cite.quote}”\n— {cite.source_title}" if cite else fact.statement_vi
        if role == Qt.ItemDataRole.BackgroundRole and fact.uuid in self._groups:
            from PySide6.QtGui import QColor

            return QColor("#f3f6fa") if self._groups[fact.uuid] % 2 else None
        return None

    def _display(self, fact: Fact, col: int) -> str:
        if col == self.COL_STATEMENT:
            return " ".join(fact.statement(self._ui_lang).split())
        if col == self.COL_TOPIC:
            return topic_label(fact.topic, self._ui_lang)
        if col == self.COL_KIND:
            return fact_kind_label(fact.kind)
        if col == self.COL_PAIR:
            return fact.pair
        if col == self.COL_VALUE:
            return value_text(fact)
        if col == self.COL_RANK:
            return rank_label(fact.rank)
        if col == self.COL_STATUS:
            return status_label(fact.status)
        if col == self.COL_SOURCE:
            cite = fact.citations[0] if fact.citations else None
            return (cite.source_title or cite.source_outlet) if cite else ""
        return ""

    def _sort_value(self, fact: Fact, col: int) -> object:
        if col == self.COL_STATEMENT:
            return fold(fact.statement(self._ui_lang))
        if col == self.COL_VALUE:
            return fact.value if fact.value is not None else float("-inf")
        return self._display(fact, col)


class SourceListModel(RowTableModel[Source]):
    COL_TITLE = 0
    COL_OUTLET = 1
    COL_PUBLISHED = 2
    COLUMNS = 3

    def source_at(self, row: int) -> Source:
        return self.row_object(row)

    def row_of(self, source_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == source_id), -1)

    def headers(self) -> dict[int, str]:
        return {
            self.COL_TITLE: self.tr("Title"),
            self.COL_OUTLET: self.tr("Outlet"),
            self.COL_PUBLISHED: self.tr("Published"),
        }

    def display(self, source: Source, col: int) -> str | None:
        values = (source.title, source.outlet, source.published_on)
        return values[col] if 0 <= col < len(values) else None

    def role_data(self, source: Source, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return source.url or source.title
        return None


class DraftQueueModel(EditorFactModel):
    """The review queue: drafts with how sure the importer was and what they repeat."""

    COL_MATCH = 8
    COL_CONFIDENCE = 9
    COLUMNS = 10

    def __init__(self, ui_lang: str = "vi", parent=None) -> None:
        super().__init__(ui_lang, parent)
        self._items: dict[str, ReviewItem] = {}

    def set_items(self, items: Sequence[ReviewItem]) -> None:
        """Show ``items`` (domain.review.ReviewItem)."""
        self._items = {item.fact.uuid: item for item in items}
        self.set_rows([item.fact for item in items])

    def item_at(self, row: int) -> ReviewItem | None:
        return self._items.get(self.fact_at(row).uuid)

    def item_of(self, fact_uuid: str) -> ReviewItem | None:
        return self._items.get(fact_uuid)

    def headers(self) -> dict[int, str]:
        return {
            **super().headers(),
            self.COL_MATCH: self.tr("Already approved?"),
            self.COL_CONFIDENCE: self.tr("Confidence"),
        }

    def display(self, fact: Fact, col: int) -> str:
        item = self._items.get(fact.uuid)
        if col == self.COL_MATCH:
            if item is None:
                return ""
            if item.conflicts:
                return self.tr("Disagrees with %n fact(s)", "", len(item.conflicts))
            if item.duplicates:
                return self.tr("Duplicate of %n fact(s)", "", len(item.duplicates))
            return ""
        if col == self.COL_CONFIDENCE:
            if item is None or not item.proposal.reasons:
                return ""
            from briefer.ui.review_labels import confidence_label

            return confidence_label(item.proposal.band)
        return super().display(fact, col)

    def sort_value(self, fact: Fact, col: int) -> object:
        item = self._items.get(fact.uuid)
        if col == self.COL_CONFIDENCE:
            return item.proposal.confidence if item is not None else 0.0
        return super().sort_value(fact, col)

    def role_data(self, fact: Fact, col: int, role: int) -> object:
        item = self._items.get(fact.uuid)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_MATCH and item is not None:
            from PySide6.QtGui import QColor

            return QColor("#a4262c") if item.conflicts else QColor("#8a6d00")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_MATCH and item is not None:
            return "\n".join(f"{m.why}: {m.fact.statement_vi}" for m in item.matches)
        return super().role_data(fact, col, role)
