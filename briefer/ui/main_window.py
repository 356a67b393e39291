"""The main window: toolbar (pair, brief type, language, New brief), the outline on the left,
the item editor in the centre, the fact browser and source pane on the right, the warnings
dock below, menus, status bar, and the wiring between them.

Nothing here reads the store directly: every store call runs as a background operation
(:class:`briefer.ui.ops.Runner`) and its result is shown in a callback on the UI thread.
The window is cheap to build: the store is first touched by :meth:`MainWindow.start`,
after ``show()``.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import briefer
from briefer.domain.brief import BRIEF_TYPES, Brief, Warning
from briefer.domain.model import Fact, Pair
from briefer.errors import BrieferError, InputError
from briefer.ui import editing
from briefer.ui import settings as keys
from briefer.ui.bugs import handle_failure, log_path, report_bug, show_error
from briefer.ui.commands import (
    AddItemsCommand,
    CiteCommand,
    DeleteItemsCommand,
    EditTextCommand,
    MarkingCommand,
    MoveItemsCommand,
    StepItemCommand,
)
from briefer.ui.export_dialog import ExportDialog
from briefer.ui.fact_browser import FactBrowser
from briefer.ui.icons import icon
from briefer.ui.item_editor import ItemEditor
from briefer.ui.labels import language_name
from briefer.ui.models.outline import OutlineModel
from briefer.ui.notice_bar import NoticeBar
from briefer.ui.ops import Runner
from briefer.ui.outline_view import OutlineView
from briefer.ui.session import BriefSession
from briefer.ui.settings import text_value
from briefer.ui.source_pane import SourcePane
from briefer.ui.warnings_panel import WarningsPanel

if TYPE_CHECKING:
    from briefer.services import BriefSummary, Services


log = logging.getLogger(__name__)

RECENT_LIMIT = 12


class MainWindow(QMainWindow):
    ready = Signal()  # the store answered: pairs and recent briefs are loaded
    briefOpened = Signal(str)  # brief uuid
    languageChangeRequested = Signal(str)

    def __init__(self, services: Services, settings, ui_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.settings = settings
        self.ui_lang = ui_lang
        self.pairs: dict[str, Pair] = {}
        self.recent: list[BriefSummary] = []
        self.export_dialog: ExportDialog | None = None
        self.is_ready = False
        self.changed_since_export: list[dict[str, object]] = []
        self.live_language_switch = False  # set by the controller that can rebuild the window
        self.conflict_box: QMessageBox | None = None  # "changed elsewhere" choice, when shown

        self.runner = Runner(self)
        self.runner.default_failure = self._failure
        self.session = BriefSession(services, self.runner, self)
        self.session.bug_handler = lambda exc: report_bug(self, exc)

        self.setWindowTitle("Briefer")
        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_dock()
        self._build_menus()
        self._build_status()
        self._connect()
        self._restore_geometry()
        self._update_actions()
        self.editor.refresh(None, {})
        self.warnings_panel.set_warnings((), brief_open=False)
        # The editors' side: a Curate tab beside the brief, and the fact-pack menu items.
        from briefer.ui.editor_mode import install as install_editor_mode

        self.editor_mode = install_editor_mode(self)
        # The shared hub: File → Sync with hub, "last synced" in the status bar.
        from briefer.ui.sync_control import install as install_sync

        self.sync_control = install_sync(self)

    # ==== building ==========================================================================

    def _action(
        self, text: str, slot, shortcut=None, icon_name: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("New brief"),
            self.new_brief,
            std.New,
            "new",
            self.tr("Assemble a new brief for the chosen pair and brief type"),
        )
        self.export_action = self._action(
            self.tr("Export…"),
            self.open_export,
            "Ctrl+E",
            "export",
            self.tr("Write the brief as a Word file, a PDF, or both"),
        )
        self.print_action = self._action(
            self.tr("Print preview…"),
            self.print_preview,
            QKeySequence.StandardKey.Print,
            "",
            self.tr("See the brief's pages as they will print, and print them"),
        )
        self.delete_brief_action = self._action(self.tr("Delete this brief…"), self.delete_brief)
        self.quit_action = self._action(self.tr("Quit"), self.close, std.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(
            self.tr("Undo"), self.session.undo_stack.undo, std.Undo, "undo"
        )
        self.redo_action = self._action(
            self.tr("Redo"), self.session.undo_stack.redo, std.Redo, "redo"
        )
        self.add_text_action = self._action(
            self.tr("Add paragraph"),
            self.add_text_item,
            "Ctrl+Shift+P",
            "text",
            self.tr("Add a paragraph of your own after the selected item"),
        )
        self.add_point_action = self._action(
            self.tr("Add talking point"),
            self.add_talking_point,
            "Ctrl+Shift+T",
            "add",
            self.tr("Add a talking point at the end of the talking points"),
        )
        self.delete_action = self._action(
            self.tr("Delete item"),
            self.delete_items,
            std.Delete,
            "delete",
            self.tr("Remove the selected items from the brief"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action = self._action(
            self.tr("Move up"), lambda: self.step_item(-1), "Alt+Up", "up"
        )
        self.down_action = self._action(
            self.tr("Move down"), lambda: self.step_item(1), "Alt+Down", "down"
        )
        self.add_fact_action = self._action(
            self.tr("Add selected facts to the brief"),
            self.add_selected_facts,
            "Ctrl+Return",
            "add",
        )
        self.cite_action = self._action(
            self.tr("Cite selected fact in this item"),
            self.cite_selected_fact,
            "Ctrl+Shift+C",
            "cite",
        )
        self.find_action = self._action(
            self.tr("Find facts"), self.focus_search, std.Find, "search"
        )
        self.about_action = self._action(self.tr("About Briefer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_action = self._action(self.tr("Open the log folder"), self.open_log_folder)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("vi", "Tiếng Việt"), ("en", "English")):  # each in its own language
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == self.ui_lang)
            action.triggered.connect(lambda _c=False, lang=lang: self.request_language(lang))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Brief"), self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        self.pair_combo = QComboBox(self)
        self.pair_combo.setObjectName("pairCombo")
        self.pair_combo.setMinimumContentsLength(22)
        self.pair_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_combo.setPlaceholderText(self.tr("Loading…"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeCombo")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in BRIEF_TYPES.values():
            self.type_combo.addItem(kind.label(self.ui_lang), kind.key)
        last_type = text_value(self.settings, keys.LAST_TYPE, "state-visit")
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(last_type)))
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("briefLanguageCombo")
        for lang in ("vi", "en"):
            self.lang_combo.addItem(language_name(lang), lang)
        last_lang = text_value(self.settings, keys.LAST_LANGUAGE, self.ui_lang)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(last_lang)))
        self.lang_combo.setToolTip(self.tr("The language the new brief is written in"))

        for label, widget in (
            (self.tr("Pair"), self.pair_combo),
            (self.tr("Brief"), self.type_combo),
            (self.tr("Language"), self.lang_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setDefaultAction(self.new_action)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget(self)
        spacer.setFixedWidth(6)
        bar.addWidget(spacer)
        bar.addWidget(self.new_button)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.export_action)
        self.toolbar = bar

    def _panel(
        self, title: str, body: QWidget, footer: QWidget | None = None
    ) -> tuple[QWidget, QLabel]:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        label = QLabel(title, panel)
        label.setObjectName("panelTitle")
        layout.addWidget(label)
        layout.addWidget(body, 1)
        if footer is not None:
            layout.addWidget(footer)
        return panel, label

    def _build_central(self) -> None:
        self.outline_model = OutlineModel(self)
        self.outline = OutlineView(self.outline_model, self)
        self.outline.addActions([self.delete_action, self.up_action, self.down_action])
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.add_text_action, self.add_point_action):
            self.outline.addAction(action)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(2)
        for action in (self.add_text_action, self.delete_action, self.up_action, self.down_action):
            button = QToolButton(buttons)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if action in (self.add_text_action, self.delete_action)
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            row.addWidget(button)
        row.addStretch(1)
        outline_panel, self.outline_title = self._panel(
            self.tr("Brief outline"), self.outline, buttons
        )

        self.editor = ItemEditor(self)
        editor_panel, self.editor_title = self._panel(self.tr("Selected item"), self.editor)

        self.browser = FactBrowser(self.services, self.runner, self.ui_lang, self)
        self.source_pane = SourcePane(self.services, self.runner, self.ui_lang, self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("rightSplitter")
        right.addWidget(self.browser)
        right.addWidget(self.source_pane)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(outline_panel)
        self.splitter.addWidget(editor_panel)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([400, 520, 520])
        self.right_splitter = right

        self.notice = NoticeBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_dock(self) -> None:
        self.warnings_panel = WarningsPanel(self.ui_lang, self)
        dock = QDockWidget(self.tr("Warnings"), self)
        dock.setObjectName("warningsDock")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        dock.setWidget(self.warnings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [150], Qt.Orientation.Vertical)
        self.warnings_dock = dock
        self.warnings_toggle = dock.toggleViewAction()
        self.warnings_toggle.setText(self.tr("Warnings panel"))
        self.warnings_toggle.setShortcut(QKeySequence("Ctrl+Shift+W"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        self.recent_menu = QMenu(self.tr("Open recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.delete_brief_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._fill_recent_menu()

        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.add_text_action,
            self.add_point_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            None,
            self.add_fact_action,
            self.cite_action,
            self.find_action,
        ):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.warnings_toggle)
        language_menu = view_menu.addMenu(self.tr("Interface language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.log_action)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveState")
        self.store_label = QLabel(self)
        self.store_label.setObjectName("storeState")
        status.addPermanentWidget(self.save_label)
        status.addPermanentWidget(self.store_label)
        self.store_label.setText(self.tr("Opening the store…"))

    def _connect(self) -> None:
        session = self.session
        session.briefChanged.connect(self._brief_changed)
        session.warningsChanged.connect(self._warnings_changed)
        session.saveStateChanged.connect(self._save_state)
        session.factsAdded.connect(self._refresh_outline)
        stack = session.undo_stack
        stack.canUndoChanged.connect(lambda _b: self._update_undo_texts())
        stack.canRedoChanged.connect(lambda _b: self._update_undo_texts())
        stack.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        stack.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.outline.currentItemChanged.connect(self._item_selected)
        self.outline_model.itemsDropped.connect(self.move_items)
        self.outline_model.factsDropped.connect(self._facts_dropped)
        self.editor.textEdited.connect(self._text_edited)
        self.editor.citeRequested.connect(lambda _uuid: self.cite_selected_fact())
        self.editor.uncite.connect(
            lambda item, fact: self.session.push(CiteCommand(self.session, item, fact, add=False))
        )
        self.editor.citationChosen.connect(lambda _fact, cite: self.source_pane.show_citation(cite))
        self.browser.addRequested.connect(self.add_facts)
        self.browser.factSelected.connect(self._fact_selected)
        self.browser.sourceSelected.connect(self._show_source_hit)
        self.source_pane.sourceEdited.connect(lambda _source_id: self.session.recheck())
        self.browser.searched.connect(self._searched)
        self.warnings_panel.jumpRequested.connect(self.jump_to_warning)
        self.notice.actionClicked.connect(self._show_changed_facts)
        self.pair_combo.currentIndexChanged.connect(self._pair_chosen)
        self.type_combo.currentIndexChanged.connect(
            lambda _i: self.settings.setValue(keys.LAST_TYPE, self.type_combo.currentData())
        )
        self.lang_combo.currentIndexChanged.connect(
            lambda _i: self.settings.setValue(keys.LAST_LANGUAGE, self.lang_combo.currentData())
        )

    # ==== start-up ==========================================================================

    def start(self) -> None:
        """Load the pairs and recent briefs in the background (call after ``show()``)."""
        services = self.services

        def work() -> tuple[list[Pair], list[BriefSummary]]:
            return services.pairs(), services.recent_briefs(RECENT_LIMIT)

        def done(result: tuple[list[Pair], list[BriefSummary]]) -> None:
            pairs, recent = result
            self._set_pairs(pairs)
            self._set_recent(recent)
            self.is_ready = True
            self.ready.emit()
            last = text_value(self.settings, keys.LAST_BRIEF)
            if last and any(r.uuid == last for r in recent) and self.session.brief is None:
                self.open_brief(last)

        def failed(exc: BaseException) -> None:
            self.store_label.setText(self.tr("The store could not be opened."))
            self.new_action.setEnabled(False)
            from briefer.errors import StoreError

            if isinstance(exc, StoreError):  # damaged, too new, busy…: offer the way out
                from briefer.ui.damaged import offer_way_out

                offer_way_out(self, exc)
                return
            handle_failure(self, exc)

        self.runner.run(work, done, failed)

    def _set_pairs(self, pairs: list[Pair]) -> None:
        self.pairs = {p.code: p for p in pairs}
        wanted = text_value(self.settings, keys.LAST_PAIR)
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        for pair in pairs:
            self.pair_combo.addItem(
                self.tr("{0}  (%n fact(s))", "", pair.fact_count).format(pair.label(self.ui_lang)),
                pair.code,
            )
        index = self.pair_combo.findData(wanted)
        self.pair_combo.setCurrentIndex(index if index >= 0 else 0 if pairs else -1)
        self.pair_combo.blockSignals(False)
        facts = sum(p.fact_count for p in pairs)
        self.store_label.setText(
            self.tr("{0} approved facts in {1} pairs · {2}").format(
                facts, len(pairs), self.services.store_path.name
            )
        )
        self.store_label.setToolTip(str(self.services.store_path))
        if not pairs:
            self.statusBar().showMessage(self.tr("The store has no approved facts yet."))
        self._sync_browser_pair()
        self._update_actions()

    def _pair_chosen(self, _index: int) -> None:
        code = self.pair_combo.currentData()
        if code:
            self.settings.setValue(keys.LAST_PAIR, code)
        self._sync_browser_pair()

    def _sync_browser_pair(self) -> None:
        """The browser shows the open brief's pair (facts of another pair do not belong in it)."""
        brief = self.session.brief
        pair = brief.pair if brief else (self.pair_combo.currentData() or "")
        lang = brief.language if brief else self.ui_lang
        self.browser.set_pair(pair, lang)

    # ==== opening briefs ====================================================================

    def new_brief(self) -> None:
        pair = self.pair_combo.currentData()
        if not pair:
            show_error(self, self.tr("Choose a country pair first."))
            return
        kind = self.type_combo.currentData()
        lang = self.lang_combo.currentData()
        services = self.services

        def work():
            uuid, brief = services.new_brief(pair, kind, lang)
            facts = services.facts_by_uuid(editing.fact_uuids_in(brief))
            return uuid, brief, facts, []

        self.statusBar().showMessage(self.tr("Assembling the brief…"))
        self.runner.run(work, self._opened)

    def open_brief(self, brief_uuid: str) -> None:
        services = self.services

        def work():
            brief = services.load_brief(brief_uuid)
            if brief is None:
                raise InputError(
                    QCoreApplication.translate(
                        "MainWindow", "This brief is no longer in the store."
                    )
                )
            facts = services.facts_by_uuid(editing.fact_uuids_in(brief))
            return brief_uuid, brief, facts, services.changed_since_export(brief_uuid)

        self.statusBar().showMessage(self.tr("Opening the brief…"))
        self.runner.run(work, self._opened)

    def _opened(self, result) -> None:
        uuid, brief, facts, changed = result
        self.session.open(uuid, brief, facts)
        self.settings.setValue(keys.LAST_BRIEF, uuid)
        index = self.pair_combo.findData(brief.pair)
        if index >= 0:
            self.pair_combo.blockSignals(True)
            self.pair_combo.setCurrentIndex(index)
            self.pair_combo.blockSignals(False)
        self._sync_browser_pair()
        self.set_changed_since_export(changed)
        first = brief.items()[0].uuid if brief.items() else None
        if first:
            self.outline.select_item(first)
        self.outline.setFocus()
        self.statusBar().showMessage(
            self.tr("Opened “{0}” (%n item(s)).", "", len(brief.items())).format(brief.title),
            5000,
        )
        self.refresh_recent()
        self.briefOpened.emit(uuid)

    def set_changed_since_export(self, changed: list[dict[str, object]]) -> None:
        self.changed_since_export = list(changed)
        if changed:
            self.notice.show_notice(
                self.tr(
                    "%n fact(s) used in this brief changed since it was last exported: "
                    "check the wording before you export again.",
                    "",
                    len(changed),
                ),
                self.tr("Show them"),
            )
        else:
            self.notice.hide()

    def _show_changed_facts(self) -> None:
        lang = self.session.brief.language if self.session.brief else self.ui_lang
        lines = []
        first_item = None
        for row in self.changed_since_export:
            uuid = str(row.get("uuid", ""))
            fact = self.session.facts.get(uuid)
            text = fact.statement(lang) if fact else uuid
            status = str(row.get("status", ""))
            if status == "deleted":
                note = self.tr("deleted from the store")
            elif status == "retired":
                note = self.tr("retired")
            else:
                note = self.tr("revised ({0} → {1})").format(
                    row.get("exported_revision"), row.get("current_revision")
                )
            lines.append(f"• {' '.join(text.split())[:140]} — {note}")
            if first_item is None and self.session.brief is not None:
                first_item = next(
                    (i.uuid for i in self.session.brief.items() if uuid in i.cited_fact_uuids()),
                    None,
                )
        if first_item:
            self.outline.select_item(first_item)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Facts changed since export"),
            "\n".join(lines),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def refresh_recent(self) -> None:
        services = self.services
        self.runner.run(lambda: services.recent_briefs(RECENT_LIMIT), self._set_recent)

    def _set_recent(self, recent: list[BriefSummary]) -> None:
        self.recent = list(recent)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        if not self.recent:
            empty = menu.addAction(self.tr("No saved briefs yet"))
            empty.setEnabled(False)
            return
        for summary in self.recent:
            pair = self.pairs.get(summary.pair)
            label = pair.label(self.ui_lang) if pair else summary.pair
            when = summary.updated_at[:16].replace("T", " ")
            action = menu.addAction(f"{summary.title} — {label} — {summary.brief_date}")
            action.setToolTip(self.tr("Last changed {0}").format(when))
            action.setData(summary.uuid)
            action.triggered.connect(lambda _c=False, u=summary.uuid: self.open_brief(u))

    def delete_brief(self) -> None:
        if self.session.brief_uuid is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete this brief?"),
            self.tr("Delete “{0}” from the store? Exported files are kept.").format(
                self.session.brief.title
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not delete:
            return
        uuid = self.session.brief_uuid
        self.session.close_brief()
        self.settings.remove(keys.LAST_BRIEF)
        services = self.services
        self.runner.run(lambda: services.delete_brief(uuid), lambda _r: self.refresh_recent())

    # ==== showing the brief =================================================================

    def _brief_changed(self, brief: Brief | None, focus: str | None) -> None:
        keep = focus or self.outline.current_item_uuid()
        self.outline.keep_current(keep)
        self.outline_model.set_rows(brief, self.session.facts)
        self.outline_model.set_warned(w.item_uuid for w in self.session.warnings if w.item_uuid)
        self.editor.show_item(self.outline.current_item_uuid(), brief, self.session.facts)
        self.browser.set_brief_open(brief is not None)
        self._update_title()
        if brief is None:
            self.outline_title.setText(self.tr("Brief outline"))
        else:
            self.outline_title.setText(
                self.tr("Brief outline · %n item(s)", "", len(brief.items()))
            )
        self._update_actions()

    def _refresh_outline(self) -> None:
        self.outline_model.set_rows(self.session.brief, self.session.facts)

    def _warnings_changed(self, warnings: tuple[Warning, ...]) -> None:
        self.warnings_panel.set_warnings(warnings, self.session.brief is not None)
        self.outline_model.set_warned(w.item_uuid for w in warnings if w.item_uuid)
        count = len(warnings)
        self.warnings_dock.setWindowTitle(
            self.tr("Warnings ({0})").format(count) if count else self.tr("Warnings")
        )

    def _save_state(self, state: str, detail: str) -> None:
        if state == "saving":
            self.save_label.setText(self.tr("Saving…"))
        elif state == "saved":
            self.save_label.setText(self.tr("All changes saved"))
        else:
            self.save_label.setText(self.tr("Not saved"))
            if detail:
                self.statusBar().showMessage(self.tr("Could not save: {0}").format(detail))
        self._update_title()
        if state == "conflict":
            self._offer_conflict_choice(detail)

    def _update_title(self) -> None:
        brief = self.session.brief
        if brief is None:
            self.setWindowTitle("Briefer")
            return
        title = f"{brief.title} — {brief.pair_label or brief.pair} — Briefer"
        if self.session.save_error:
            title = self.tr("{0} (not saved)").format(title)
        self.setWindowTitle(title)

    def _offer_conflict_choice(self, detail: str) -> None:
        """The brief was saved elsewhere meanwhile: reload theirs, or keep ours as a copy."""
        if self.conflict_box is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Brief changed elsewhere"))
        box.setText(detail)
        box.setInformativeText(
            self.tr(
                "Reload shows the brief as it was saved elsewhere (your unsaved edits are "
                "dropped). Keep mine as a copy saves your version as a new brief; the other "
                "stays as it is."
            )
        )
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        copy_button = box.addButton(
            self.tr("Keep mine as a copy"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(copy_button)

        def chosen(button) -> None:
            self.conflict_box = None
            if button is reload_button:
                self.session.reload()
            elif button is copy_button:
                self.session.keep_as_copy()
                self.refresh_recent()

        box.buttonClicked.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_box = box
        box.open()

    def _item_selected(self, item_uuid: str | None) -> None:
        self.editor.show_item(item_uuid, self.session.brief, self.session.facts)
        self._update_actions()

    def _fact_selected(self, fact: Fact) -> None:
        if fact.citations:
            self.source_pane.show_citation(fact.citations[0])
        self._update_actions()

    def _searched(self, query: str, count: int) -> None:
        if query.strip():
            self.statusBar().showMessage(
                self.tr("%n fact(s) match “{0}”.", "", count).format(query), 4000
            )

    def _update_actions(self) -> None:
        has_brief = self.session.brief is not None
        item = self.outline.current_item_uuid()
        self.new_action.setEnabled(self.pair_combo.count() > 0)
        self.export_action.setEnabled(has_brief)
        self.print_action.setEnabled(has_brief)
        self.delete_brief_action.setEnabled(has_brief)
        self.add_text_action.setEnabled(has_brief)
        self.add_point_action.setEnabled(
            has_brief
            and editing.section_for_topic(self.session.brief, "talking_points") is not None
        )
        self.delete_action.setEnabled(has_brief and bool(self.outline.selected_item_uuids()))
        self.up_action.setEnabled(has_brief and item is not None)
        self.down_action.setEnabled(has_brief and item is not None)
        self.add_fact_action.setEnabled(has_brief)
        self.cite_action.setEnabled(has_brief and item is not None)
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        stack = self.session.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo_action):
            return  # the window is being destroyed
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("Undo: {0}").format(undo) if undo else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo: {0}").format(redo) if redo else self.tr("Redo"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))

    # ==== edits ============================================================================

    def move_items(self, item_uuids: list[str], section: int, row: int) -> None:
        if self.session.brief is None or not item_uuids:
            return
        self.session.push(MoveItemsCommand(self.session, item_uuids, section, row))

    def step_item(self, delta: int) -> None:
        uuid = self.outline.current_item_uuid()
        if self.session.brief is None or uuid is None:
            return
        self.session.push(StepItemCommand(self.session, uuid, delta))

    def _facts_dropped(self, fact_uuids: list[str], section: int, row: int) -> None:
        known = {
            f.uuid: f for f in (self.browser.last_result.facts if self.browser.last_result else [])
        }
        facts = [known[u] for u in fact_uuids if u in known]
        self.add_facts(facts, section, row)

    def add_selected_facts(self) -> None:
        facts = self.browser.selected_facts()
        if not facts:
            self.statusBar().showMessage(self.tr("Select facts in the fact browser first."), 5000)
            self.focus_search()
            return
        self.add_facts(facts)

    def add_facts(self, facts: list[Fact], section: int | None = None, row: int = -1) -> None:
        """Add facts as items: where dropped, else in the section of each fact's topic."""
        brief = self.session.brief
        if brief is None or not facts:
            return
        present = {i.fact_uuid for i in brief.items() if i.kind == "fact"}
        fresh = [f for f in facts if f.uuid not in present]
        if not fresh:
            existing = next(i.uuid for i in brief.items() if i.fact_uuid == facts[0].uuid)
            self.outline.select_item(existing)
            self.statusBar().showMessage(self.tr("This fact is already in the brief."), 5000)
            return
        self.session.remember_facts(fresh)
        current = self.outline.current_item_uuid()
        where = editing.locate(brief, current) if current else None
        placements: list[tuple[int, int, list]] = []
        if section is not None:
            placements.append((section, row, [editing.fact_item(f.uuid) for f in fresh]))
        else:
            by_section: dict[int, list] = {}
            for fact in fresh:
                target = editing.section_for_topic(brief, fact.topic)
                if target is None:
                    target = where[0] if where else len(brief.sections) - 1
                by_section.setdefault(target, []).append(editing.fact_item(fact.uuid))
            for target, items in by_section.items():
                position = where[1] + 1 if where and where[0] == target else -1
                placements.append((target, position, items))
        text = QCoreApplication.translate("Commands", "Add %n fact(s)", "", len(fresh))
        if self.session.push(AddItemsCommand(self.session, placements, text)):
            self.statusBar().showMessage(
                self.tr("Added %n fact(s) to the brief.", "", len(fresh)), 5000
            )

    def add_text_item(self, section: int | None = None, row: int | None = None) -> None:
        brief = self.session.brief
        if brief is None or not brief.sections:
            return
        current = self.outline.current_item_uuid()
        where = editing.locate(brief, current) if current else None
        if section is None:
            sec_row = self.outline.current_section_row()
            section = where[0] if where else (sec_row if sec_row >= 0 else len(brief.sections) - 1)
            row = where[1] + 1 if where else -1
        item = editing.text_item("", brief.language)
        text = QCoreApplication.translate("Commands", "Add a paragraph")
        if self.session.push(
            AddItemsCommand(self.session, [(section, -1 if row is None else row, [item])], text)
        ):
            self.editor.edits[brief.language].setFocus()

    def add_talking_point(self) -> None:
        brief = self.session.brief
        section = editing.section_for_topic(brief, "talking_points") if brief else None
        if section is not None:
            self.add_text_item(section, -1)

    def delete_items(self) -> None:
        brief = self.session.brief
        uuids = self.outline.selected_item_uuids()
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
        item = self.outline.current_item_uuid()
        facts = self.browser.selected_facts()
        if item is None:
            return
        if not facts:
            self.statusBar().showMessage(
                self.tr("Select the fact to cite in the fact browser first."), 5000
            )
            self.focus_search()
            return
        self.session.remember_facts(facts)
        for fact in facts:
            self.session.push(CiteCommand(self.session, item, fact.uuid, add=True))

    def set_marking(self, marking: str) -> None:
        self.session.push(MarkingCommand(self.session, marking))

    def set_title_page(self, page) -> None:  # domain.letterhead.TitlePage
        from briefer.ui.commands import TitlePageCommand

        self.session.push(TitlePageCommand(self.session, page))

    def _show_source_hit(self, hit) -> None:
        """A source hit is a passage (or a title): show its source with the passage lit."""
        if hit.passage_start is not None and hit.passage_end is not None:
            self.source_pane.show_passage(hit.id, hit.passage_start, hit.passage_end)
        else:
            self.source_pane.show_source(hit.id)

    def jump_to_warning(self, warning: Warning) -> None:
        brief = self.session.brief
        if brief is None:
            return
        uuid = warning.item_uuid
        if not uuid or editing.locate(brief, uuid) is None:
            uuid = next(
                (i.uuid for i in brief.items() if warning.fact_uuid in i.cited_fact_uuids()), None
            )
        if uuid and self.outline.select_item(uuid):
            self.outline.setFocus()

    def focus_search(self) -> None:
        self.browser.focus_search()

    # ==== export ===========================================================================

    def open_export(self) -> ExportDialog | None:
        brief = self.session.brief
        if brief is None:
            return None
        dialog = ExportDialog(
            self.services,
            self.runner,
            self.settings,
            replace(brief, warnings=self.session.warnings),
            self.session.brief_uuid,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.markingChosen.connect(self.set_marking)
        dialog.titlePageChosen.connect(self.set_title_page)
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def print_preview(self) -> None:
        """Lay the brief out as a PDF in a temporary folder (in the background), then show it
        in the print preview, whose Print button goes through the system dialog."""
        import shutil
        import tempfile

        brief = self.session.brief
        if brief is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="briefer-preview-"))
        services = self.services
        self.statusBar().showMessage(self.tr("Preparing the print preview…"))

        def work():
            return services.export_brief(brief, ["pdf"], folder / "brief").paths[0]

        def done(pdf: Path) -> None:
            from briefer.ui.preview import PreviewDialog

            self.statusBar().clearMessage()
            dialog = PreviewDialog(pdf, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True))
            self.preview_dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._failure(exc)

        self.runner.run(work, done, failed)

    def _exported(self, result) -> None:
        self.set_changed_since_export([])
        self.statusBar().showMessage(
            self.tr("Exported {0}.").format(", ".join(p.name for p in result.paths)), 8000
        )
        self.refresh_recent()

    # ==== language, help ==================================================================

    def request_language(self, lang: str) -> None:
        if lang == self.ui_lang:
            return
        self.settings.setValue(keys.UI_LANGUAGE, lang)
        if self.live_language_switch:
            self.languageChangeRequested.emit(lang)
        else:
            show_error(self, self.tr("The new language applies the next time Briefer starts."))

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Briefer"))
        box.setIconPixmap(icon("briefer").pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>Briefer {0}</b><br>Citation-linked briefing notes for official visits."
                "<br><br>Every factual sentence carries its source. Works offline."
            ).format(briefer.__version__)
        )
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_log_folder(self) -> None:
        folder = log_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failure(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        handle_failure(self, exc)

    # ==== closing ==========================================================================

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first run: 1440×900, or most of a smaller screen, centred
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1440, 900
            if screen is not None and screen.width() > 0:
                width = min(width, int(screen.width() * 0.95))
                height = min(height, int(screen.height() * 0.92))
                self.setGeometry(
                    screen.x() + (screen.width() - width) // 2,
                    screen.y() + (screen.height() - height) // 2,
                    width,
                    height,
                )
            else:
                self.resize(width, height)
        state = self.settings.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value(keys.SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_STATE, self.saveState())
        self.settings.setValue(keys.SPLITTER, self.splitter.saveState())
        self.settings.sync()

    def shutdown(self) -> bool:
        """Save everything; False if the officer chose to stay (the window stays open).

        A brief that cannot be saved is never dropped without a word: the officer is asked
        to try again, keep their version as a copy (when it was saved elsewhere meanwhile),
        quit without saving, or stay.
        """
        if not shiboken6.isValid(self):
            return True
        while True:
            try:
                self.session.flush()
                break
            except Exception as exc:
                choice = self.ask_unsaved(self.session.save_error or str(exc))
                if choice == "retry":
                    continue
                if choice == "copy":
                    try:
                        self.session.keep_as_copy()
                        break
                    except BrieferError as again:
                        show_error(self, str(again))
                        return False
                if choice == "discard":
                    break
                return False
        self.runner.wait()
        self.save_window_state()
        return True

    def ask_unsaved(self, reason: str) -> str:
        """Ask what to do with a brief that could not be saved: "retry", "copy", "discard"
        or "cancel". (Tests replace this method to answer without a dialog.)"""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The brief is not saved"))
        box.setText(self.tr("Your latest changes to this brief could not be saved."))
        box.setInformativeText(reason)
        answers = {}
        if self.session.conflict:
            copy = box.addButton(self.tr("Keep mine as a copy"), QMessageBox.ButtonRole.AcceptRole)
            answers[copy] = "copy"
            box.setDefaultButton(copy)
        else:
            retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
            answers[retry] = "retry"
            box.setDefaultButton(retry)
        discard = box.addButton(
            self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        answers[discard] = "discard"
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        answers[cancel] = "cancel"
        box.exec()
        return answers.get(box.clickedButton(), "cancel")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.shutdown():
            event.ignore()
            return
        event.accept()
