"""The officer's area ("Prepare brief"): the outline on the left, the item editor in the
centre, the fact browser and the source pane on the right, and the notice above them when
facts changed since the brief was last exported.

:class:`PrepareArea` shows the open brief and follows the officer's selection; the edits
themselves are :class:`~briefer.ui.prepare_edits.BriefEdits`. It reads the brief from the
session and says what happened through signals (``selectionChanged``, ``message``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.domain import brief_edits as editing
from briefer.domain.brief import Brief, Warning
from briefer.domain.model import Fact
from briefer.ui.fact_browser import FactBrowser
from briefer.ui.item_editor import ItemEditor
from briefer.ui.models.outline import OutlineModel
from briefer.ui.notice_bar import NoticeBar
from briefer.ui.outline_view import OutlineView
from briefer.ui.source_pane import SourcePane

if TYPE_CHECKING:
    from briefer.ui.ops import Runner
    from briefer.ui.session import BriefSession
    from briefer.ui.window_actions import WindowActions

translate = QCoreApplication.translate


class PrepareArea(QWidget):
    """Outline · item editor · fact browser and source pane, over the open brief."""

    selectionChanged = Signal()  # an item or a fact was chosen: what is possible changed
    message = Signal(str, int)  # a status-bar message and how long it stays (ms; 0: stays)

    def __init__(
        self,
        services,
        runner: Runner,
        session: BriefSession,
        actions: WindowActions,
        ui_lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        self.changed_since_export: list[dict[str, object]] = []
        self._build(services, runner, actions)
        self.outline.currentItemChanged.connect(self._item_selected)
        self.editor.citationChosen.connect(lambda _fact, cite: self.source_pane.show_citation(cite))
        self.browser.factSelected.connect(self._fact_selected)
        self.browser.sourceSelected.connect(self.show_source_hit)
        self.browser.searched.connect(self._searched)
        self.notice.actionClicked.connect(self.show_changed_facts)

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

    def _build(self, services, runner: Runner, actions: WindowActions) -> None:
        a = actions
        self.outline_model = OutlineModel(self)
        self.outline = OutlineView(self.outline_model, self)
        self.outline.addActions([a.delete_action, a.up_action, a.down_action])
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (a.add_text_action, a.add_point_action):
            self.outline.addAction(action)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(2)
        for action in (a.add_text_action, a.delete_action, a.up_action, a.down_action):
            button = QToolButton(buttons)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if action in (a.add_text_action, a.delete_action)
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            row.addWidget(button)
        row.addStretch(1)
        outline_panel, self.outline_title = self._panel(
            translate("MainWindow", "Brief outline"), self.outline, buttons
        )

        self.editor = ItemEditor(self)
        editor_panel, self.editor_title = self._panel(
            translate("MainWindow", "Selected item"), self.editor
        )

        self.browser = FactBrowser(services, runner, self.ui_lang, self)
        self.source_pane = SourcePane(services, runner, self.ui_lang, self)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

    # ---- showing the brief ----------------------------------------------------------------

    def show_brief(self, brief: Brief | None, focus: str | None) -> None:
        keep = focus or self.outline.current_item_uuid()
        self.outline.keep_current(keep)
        self.outline_model.set_rows(brief, self.session.facts)
        self.outline_model.set_warned(w.item_uuid for w in self.session.warnings if w.item_uuid)
        self.editor.show_item(self.outline.current_item_uuid(), brief, self.session.facts)
        self.browser.set_brief_open(brief is not None)
        if brief is None:
            self.outline_title.setText(translate("MainWindow", "Brief outline"))
        else:
            self.outline_title.setText(
                translate("MainWindow", "Brief outline · %n item(s)", "", len(brief.items()))
            )

    def refresh_outline(self) -> None:
        self.outline_model.set_rows(self.session.brief, self.session.facts)

    def show_warned(self, warnings: tuple[Warning, ...]) -> None:
        self.outline_model.set_warned(w.item_uuid for w in warnings if w.item_uuid)

    def show_opened(self, brief: Brief) -> None:
        """A brief was opened: its first item chosen, the focus in the outline."""
        first = brief.items()[0].uuid if brief.items() else None
        if first:
            self.outline.select_item(first)
        self.outline.setFocus()

    def set_pair(self, pair: str, lang: str) -> None:
        """The browser shows this pair's facts (facts of another pair do not belong)."""
        self.browser.set_pair(pair, lang)

    def _item_selected(self, item_uuid: str | None) -> None:
        self.editor.show_item(item_uuid, self.session.brief, self.session.facts)
        self.selectionChanged.emit()

    def _fact_selected(self, fact: Fact) -> None:
        if fact.citations:
            self.source_pane.show_citation(fact.citations[0])
        self.selectionChanged.emit()

    def _searched(self, query: str, count: int) -> None:
        if query.strip():
            self.message.emit(
                translate("MainWindow", "%n fact(s) match “{0}”.", "", count).format(query), 4000
            )

    def show_source_hit(self, hit) -> None:
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

    # ---- facts changed since the last export ------------------------------------------------

    def set_changed_since_export(self, changed: list[dict[str, object]]) -> None:
        self.changed_since_export = list(changed)
        if changed:
            self.notice.show_notice(
                translate(
                    "MainWindow",
                    "%n fact(s) used in this brief changed since it was last exported: "
                    "check the wording before you export again.",
                    "",
                    len(changed),
                ),
                translate("MainWindow", "Show them"),
            )
        else:
            self.notice.hide()

    def show_changed_facts(self) -> None:
        session = self.session
        lang = session.brief.language if session.brief else self.ui_lang
        lines = []
        first_item = None
        for row in self.changed_since_export:
            uuid = str(row.get("uuid", ""))
            fact = session.facts.get(uuid)
            text = fact.statement(lang) if fact else uuid
            status = str(row.get("status", ""))
            if status == "deleted":
                note = translate("MainWindow", "deleted from the store")
            elif status == "retired":
                note = translate("MainWindow", "retired")
            else:
                note = translate("MainWindow", "revised ({0} → {1})").format(
                    row.get("exported_revision"), row.get("current_revision")
                )
            lines.append(f"• {' '.join(text.split())[:140]} — {note}")
            if first_item is None and session.brief is not None:
                first_item = next(
                    (i.uuid for i in session.brief.items() if uuid in i.cited_fact_uuids()),
                    None,
                )
        if first_item:
            self.outline.select_item(first_item)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Facts changed since export"),
            "\n".join(lines),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.addButton(translate("MainWindow", "Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
