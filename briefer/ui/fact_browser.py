"""The fact browser: search-as-you-type over the pair's facts (and the store's sources),
filters by topic, kind, status and date, and "Add to brief" (or drag into the outline).

Searching runs in the background a short while after the last key press; an answer that
arrives after a newer query was started is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer import clock
from briefer.domain.model import KINDS, STATUSES, Fact
from briefer.domain.topics import TOPIC_KEYS
from briefer.errors import BrieferError
from briefer.ui.delegates import WrappedTextDelegate
from briefer.ui.icons import icon
from briefer.ui.labels import fact_kind_label, status_label, topic_label
from briefer.ui.models.facts import FactFilterProxy, FactTableModel
from briefer.ui.models.hits import SearchHitModel
from briefer.ui.models.roles import OBJECT_ROLE
from briefer.ui.ops import Runner

if TYPE_CHECKING:
    from briefer.services import SearchHit, Services


SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 200
SOURCE_LIMIT = 20


@dataclass
class SearchResult:
    query: str
    pair: str
    facts: list[Fact]
    hits: dict[str, SearchHit] = field(default_factory=dict)
    sources: list[SearchHit] = field(default_factory=list)
    # fact uuid → what tells it apart from the facts drawn from the same sentence
    lines: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BrowserFilters:
    """The browser's filter row: ``""`` (or 0 for the year) means any."""

    topic: str = ""
    kind: str = ""
    status: str = ""
    since_year: int = 0


def run_search(
    services: Services,
    query: str,
    pair: str,
    lang: str = "vi",
    filters: BrowserFilters | None = None,
) -> SearchResult:
    """What the browser shows for ``query`` in ``pair`` (no query: every fact of the pair).

    The filters narrow the search itself (before ranking and the limit), so a filter never
    hides a match the limit would otherwise have cut. The sources tab lists the passages
    of the pair's sources that no fact hit already shows. The snippets are cut from the
    statements in ``lang`` (the brief's language) when the query matches there too, so an
    English brief browses English text.
    """
    filters = filters or BrowserFilters()
    if not query.strip():
        facts = services.facts(pair) if pair else []
        return SearchResult(query, pair, facts, lines=services.telling_apart(facts, lang))
    found_hits = services.search(
        query,
        pair=pair or None,
        limit=SEARCH_LIMIT,
        sources=True,
        topic=filters.topic or None,
        kind=filters.kind or None,
        status=filters.status or None,
        since=str(filters.since_year) if filters.since_year else None,
        source_limit=SOURCE_LIMIT,
    )
    fact_hits = [h for h in found_hits if h.kind == "fact"]
    sources = [h for h in found_hits if h.kind == "source"]
    if filters.status or filters.kind:
        # Status and fact kind belong to facts; the sources tab still lists the passages.
        sources = [
            h
            for h in services.search(
                query,
                pair=pair or None,
                limit=0,
                topic=filters.topic or None,
                since=str(filters.since_year) if filters.since_year else None,
                source_limit=SOURCE_LIMIT,
            )
            if h.kind == "source"
        ]
    found = services.facts_by_uuid(h.uuid for h in fact_hits)
    facts = [found[h.uuid] for h in fact_hits if h.uuid in found]
    hits = {h.uuid: h for h in fact_hits}
    if lang == "en":
        hits = {
            uuid: services.english_hit(hit, found.get(uuid), query) for uuid, hit in hits.items()
        }
    return SearchResult(query, pair, facts, hits, sources, services.telling_apart(facts, lang))


class FactBrowser(QWidget):
    addRequested = Signal(list)  # of Fact
    factSelected = Signal(object)  # Fact
    sourceSelected = Signal(object)  # SearchHit of kind "source"
    searched = Signal(str, int)  # query, number of facts shown

    def __init__(self, services: Services, runner: Runner, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factBrowser")
        self._services = services
        self._runner = runner
        self._ui_lang = ui_lang
        self.pair = ""
        self._sequence = 0
        self.last_result: SearchResult | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        title = QLabel(self.tr("Facts and sources"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)

        body = QVBoxLayout()
        body.setContentsMargins(8, 8, 8, 8)
        body.setSpacing(6)
        self.query = QLineEdit(self)
        self.query.setObjectName("searchBox")
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.setPlaceholderText(
            self.tr("Search facts, with or without accents (e.g. Luong Cuong)")
        )
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.search_now)
        body.addWidget(self.query)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.topic = QComboBox(self)
        self.topic.addItem(self.tr("All topics"), "")
        for key in TOPIC_KEYS:
            self.topic.addItem(topic_label(key, self._ui_lang), key)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for key in KINDS:
            self.kind.addItem(fact_kind_label(key), key)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), "")
        for key in STATUSES:
            self.status.addItem(status_label(key), key)
        self.since = QSpinBox(self)
        self.since.setRange(1944, clock.current().today().year + 1)
        self.since.setSpecialValueText(self.tr("Any date"))
        self.since.setPrefix(self.tr("since "))
        self.since.setValue(self.since.minimum())
        self.since.setToolTip(self.tr("Only facts about this year or later"))
        self.since.setMinimumWidth(
            self.since.fontMetrics().horizontalAdvance(self.tr("Any date")) + 44
        )
        for combo in (self.topic, self.kind, self.status):
            combo.currentIndexChanged.connect(self._filters_changed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.topic.setMinimumContentsLength(10)
        self.topic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.since.valueChanged.connect(self._filters_changed)
        filters.addWidget(self.topic, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.since, 1)
        body.addLayout(filters)

        self.model = FactTableModel(self)
        self.model.set_language(self._ui_lang, self._ui_lang)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("factTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(
            FactTableModel.COL_STATEMENT, WrappedTextDelegate(self.table)
        )
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * line + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(FactTableModel.COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
        for col in (FactTableModel.COL_TOPIC, FactTableModel.COL_DATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FactTableModel.COL_TOPIC, 120)
        header.resizeSection(FactTableModel.COL_DATE, 118)
        self.table.setColumnHidden(FactTableModel.COL_KIND, True)
        self.table.setColumnHidden(FactTableModel.COL_STATUS, True)
        self.table.doubleClicked.connect(lambda _i: self._add_selected())
        self.table.selectionModel().currentRowChanged.connect(self._fact_current)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.hits = SearchHitModel(self)
        self.source_table = QTableView(self)
        self.source_table.setObjectName("sourceTable")
        self.source_table.setModel(self.hits)
        self.source_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.source_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.source_table.verticalHeader().hide()
        self.source_table.setShowGrid(False)
        self.source_table.setAlternatingRowColors(True)
        self.source_table.setItemDelegateForColumn(
            SearchHitModel.COL_SNIPPET, WrappedTextDelegate(self.source_table, 3)
        )
        self.source_table.verticalHeader().setDefaultSectionSize(3 * line + 10)
        sheader = self.source_table.horizontalHeader()
        sheader.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        sheader.setSectionResizeMode(SearchHitModel.COL_TITLE, QHeaderView.ResizeMode.Interactive)
        sheader.resizeSection(SearchHitModel.COL_TITLE, 170)
        sheader.setSectionResizeMode(SearchHitModel.COL_SNIPPET, QHeaderView.ResizeMode.Stretch)
        self.source_table.setColumnHidden(SearchHitModel.COL_KIND, True)
        self.source_table.setColumnHidden(SearchHitModel.COL_SCORE, True)
        self.source_table.setWordWrap(True)
        self.source_table.selectionModel().currentRowChanged.connect(self._source_current)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Facts"))
        self.tabs.addTab(self.source_table, self.tr("Sources"))
        body.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.add_button = QPushButton(icon("add"), self.tr("Add to brief"), self)
        self.add_button.setObjectName("addToBrief")
        self.add_button.setToolTip(
            self.tr(
                "Add the selected facts to the brief, in the section of their topic. "
                "You can also drag them into the outline."
            )
        )
        self.add_button.clicked.connect(self._add_selected)
        self.add_button.setEnabled(False)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.add_button)
        body.addLayout(buttons)
        layout.addLayout(body)
        # Briefs are built from approved facts; drafts and retired ones are a filter away.
        self.status.setCurrentIndex(self.status.findData("approved"))

    # ---- searching -----------------------------------------------------------------------

    def set_pair(self, pair: str, statement_lang: str | None = None) -> None:
        """Browse the facts of ``pair`` (statements shown in ``statement_lang``; the lines that
        tell facts of one sentence apart are the language's own, so a new language searches
        again, whatever the query)."""
        relabel = bool(statement_lang) and statement_lang != self.model.language
        if relabel:
            self.model.set_language(statement_lang, self._ui_lang)
        if pair != self.pair or relabel:
            self.pair = pair
            self.search_now()

    def set_brief_open(self, is_open: bool) -> None:
        self._brief_open = is_open
        self._update_buttons()

    def search_now(self) -> None:
        self._timer.stop()
        self._sequence += 1
        lang = self.model.language
        sequence, query, pair, services = (
            self._sequence,
            self.query.text(),
            self.pair,
            self._services,
        )

        filters = self.filters()

        def work() -> SearchResult:
            return run_search(services, query, pair, lang, filters)

        def done(result: SearchResult) -> None:
            if sequence != self._sequence:
                return  # a newer query is on its way
            self._show(result)

        def failed(exc: BaseException) -> None:
            if sequence != self._sequence:
                return
            if isinstance(exc, BrieferError):  # e.g. a query too long: say so, in place
                self.count_label.setText(str(exc))
            elif self._runner.default_failure is not None:
                self._runner.default_failure(exc)

        self._runner.run(work, done, failed, writes=False)

    def _show(self, result: SearchResult) -> None:
        self.last_result = result
        self.model.set_rows(result.facts, result.hits, result.lines)
        self.hits.set_rows(result.sources)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # relevance order
        self.tabs.setTabText(0, self.tr("Facts ({0})").format(self.proxy.rowCount()))
        # Passages are searched only for words: with none, a count of 0 would read as
        # "no sources" when nothing was asked.
        self.tabs.setTabText(
            1,
            self.tr("Sources ({0})").format(len(result.sources))
            if result.query.strip()
            else self.tr("Sources"),
        )
        self._update_count()
        self.searched.emit(result.query, self.proxy.rowCount())

    def filters(self) -> BrowserFilters:
        return BrowserFilters(
            topic=self.topic.currentData() or "",
            kind=self.kind.currentData() or "",
            status=self.status.currentData() or "",
            since_year=0 if self.since.value() == self.since.minimum() else self.since.value(),
        )

    def _filters_changed(self) -> None:
        filters = self.filters()
        self.proxy.set_filters(
            topic=filters.topic,
            kind=filters.kind,
            status=filters.status,
            since_year=filters.since_year,
        )
        if self.query.text().strip():
            self._timer.start()  # search again: the filters narrow the search, not the page
        self.tabs.setTabText(0, self.tr("Facts ({0})").format(self.proxy.rowCount()))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n fact(s)", "", total))
        else:
            self.count_label.setText(self.tr("{0} of %n fact(s)", "", total).format(shown))
        self._update_buttons()

    # ---- selection -----------------------------------------------------------------------

    def selected_facts(self) -> list[Fact]:
        rows = sorted(self.table.selectionModel().selectedRows(0), key=lambda i: i.row())
        return [i.data(OBJECT_ROLE) for i in rows]

    def select_fact(self, fact_uuid: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).uuid == fact_uuid:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def _fact_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid():
            self.factSelected.emit(current.data(OBJECT_ROLE))

    def _source_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sourceSelected.emit(current.data(OBJECT_ROLE))

    def _update_buttons(self) -> None:
        has_rows = self.table.selectionModel().hasSelection()
        self.add_button.setEnabled(getattr(self, "_brief_open", False) and has_rows)

    def _add_selected(self) -> None:
        facts = self.selected_facts()
        if facts and getattr(self, "_brief_open", False):
            self.addRequested.emit(facts)

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()
