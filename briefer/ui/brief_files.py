"""The session's side of the window: which brief is open, and what becomes of it.

:class:`BriefFiles` owns the choices of a new brief (pair, brief type, language), the
recent briefs, opening, assembling and deleting a brief, the "changed elsewhere" choice,
export and the print preview. Store work runs in the window's runner; what the rest of the
window must follow is said through signals.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QMessageBox

from briefer.domain import brief_edits as editing
from briefer.domain.brief import BRIEF_TYPES
from briefer.domain.model import Pair
from briefer.errors import InputError
from briefer.ui import settings as keys
from briefer.ui.bugs import show_error
from briefer.ui.export_dialog import ExportDialog
from briefer.ui.labels import language_name, warning_label
from briefer.ui.settings import text_value

if TYPE_CHECKING:
    from briefer.services import BriefSummary
    from briefer.ui.ops import Runner
    from briefer.ui.session import BriefSession

translate = QCoreApplication.translate

RECENT_LIMIT = 12


class BriefFiles(QObject):
    """New, open, recent, delete, export and print the brief of one window's session."""

    loaded = Signal()  # pairs and recent briefs are in (the store answered)
    storeFailed = Signal(object)  # the exception: the store could not be opened
    pairsChanged = Signal()  # the pair list changed (labels, counts)
    pairShown = Signal(str, str)  # the pair the fact browser should show, in this language
    opened = Signal(str, object)  # brief uuid, facts changed since its last export
    exported = Signal()  # the brief was written: nothing changed since
    marking = Signal(str)  # chosen in the export dialog: an undoable edit of the brief
    titlePage = Signal(object)  # the same for the title page (domain.letterhead.TitlePage)
    message = Signal(str, int)  # a status-bar message and how long it stays (ms; 0: stays)
    failed = Signal(object)  # an exception from background work

    def __init__(
        self,
        services,
        runner: Runner,
        session: BriefSession,
        settings,
        ui_lang: str,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self.services = services
        self.runner = runner
        self.session = session
        self.settings = settings
        self.ui_lang = ui_lang
        self.window = window
        self.pairs: dict[str, Pair] = {}
        self.recent: list[BriefSummary] = []
        self.is_ready = False
        self.export_dialog: ExportDialog | None = None
        self.preview_dialog = None
        self.conflict_box: QMessageBox | None = None  # "changed elsewhere" choice, when shown
        self._build()
        self.pair_combo.currentIndexChanged.connect(self._pair_chosen)
        self.type_combo.currentIndexChanged.connect(
            lambda _i: settings.setValue(keys.LAST_TYPE, self.type_combo.currentData())
        )
        self.lang_combo.currentIndexChanged.connect(
            lambda _i: settings.setValue(keys.LAST_LANGUAGE, self.lang_combo.currentData())
        )

    def _build(self) -> None:
        window, settings = self.window, self.settings
        self.pair_combo = QComboBox(window)
        self.pair_combo.setObjectName("pairCombo")
        self.pair_combo.setMinimumContentsLength(22)
        self.pair_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_combo.setPlaceholderText(translate("MainWindow", "Loading…"))
        self.type_combo = QComboBox(window)
        self.type_combo.setObjectName("typeCombo")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in BRIEF_TYPES.values():
            self.type_combo.addItem(kind.label(self.ui_lang), kind.key)
        last_type = text_value(settings, keys.LAST_TYPE, "state-visit")
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(last_type)))
        self.lang_combo = QComboBox(window)
        self.lang_combo.setObjectName("briefLanguageCombo")
        for lang in ("vi", "en"):
            self.lang_combo.addItem(language_name(lang), lang)
        last_lang = text_value(settings, keys.LAST_LANGUAGE, self.ui_lang)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(last_lang)))
        self.lang_combo.setToolTip(
            translate("MainWindow", "The language the new brief is written in")
        )
        self.recent_menu = QMenu(translate("MainWindow", "Open recent"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.store_label = QLabel(window)
        self.store_label.setObjectName("storeState")
        self.store_label.setText(translate("MainWindow", "Opening the store…"))
        self._fill_recent_menu()

    def toolbar_fields(self) -> list[tuple[str, QComboBox]]:
        """The labelled choices of a new brief, for the toolbar."""
        return [
            (translate("MainWindow", "Pair"), self.pair_combo),
            (translate("MainWindow", "Brief"), self.type_combo),
            (translate("MainWindow", "Language"), self.lang_combo),
        ]

    # ---- start-up and pairs ---------------------------------------------------------------

    def start(self) -> None:
        """Load the pairs and recent briefs in the background (call after ``show()``)."""
        services = self.services

        def work() -> tuple[list[Pair], list[BriefSummary]]:
            return services.pairs(), services.recent_briefs(RECENT_LIMIT)

        def done(result: tuple[list[Pair], list[BriefSummary]]) -> None:
            pairs, recent = result
            self.set_pairs(pairs)
            self._set_recent(recent)
            self.is_ready = True
            self.loaded.emit()
            last = text_value(self.settings, keys.LAST_BRIEF)
            if last and any(r.uuid == last for r in recent) and self.session.brief is None:
                self.open_brief(last)

        def failed(exc: BaseException) -> None:
            self.store_label.setText(translate("MainWindow", "The store could not be opened."))
            self.storeFailed.emit(exc)

        self.runner.run(work, done, failed, writes=False)

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.pairs = {p.code: p for p in pairs}
        wanted = text_value(self.settings, keys.LAST_PAIR)
        combo = self.pair_combo
        combo.blockSignals(True)
        combo.clear()
        for pair in pairs:
            combo.addItem(
                translate("MainWindow", "{0}  (%n fact(s))", "", pair.fact_count).format(
                    pair.label(self.ui_lang)
                ),
                pair.code,
            )
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else 0 if pairs else -1)
        combo.blockSignals(False)
        facts = sum(p.fact_count for p in pairs)
        # (plural forms from the catalogues: "1 approved fact in 1 pair", never "1 pairs")
        self.store_label.setText(
            translate("MainWindow", "{0} in {1} · {2}").format(
                translate("MainWindow", "%n approved fact(s)", "", facts),
                translate("MainWindow", "%n pair(s)", "", len(pairs)),
                self.services.store_path.name,
            )
        )
        self.store_label.setToolTip(str(self.services.store_path))
        empty_note = translate("MainWindow", "The store has no approved facts yet.")
        if not pairs:
            self.message.emit(empty_note, 0)
        elif self.window.statusBar().currentMessage() == empty_note:
            # (pairs came in while the window stayed open: the note it left would contradict
            # the count beside it)
            self.message.emit("", 0)
        # (an empty store's combo kept saying "Loading…" after the load had ended)
        combo.setPlaceholderText(
            warning_label("empty") if not pairs else translate("MainWindow", "Loading…")
        )
        self.show_pair()
        self.pairsChanged.emit()

    def _pair_chosen(self, _index: int) -> None:
        code = self.pair_combo.currentData()
        if code:
            self.settings.setValue(keys.LAST_PAIR, code)
        self.show_pair()

    def show_pair(self) -> None:
        """Say which pair the browser shows: the open brief's, else the chosen one."""
        brief = self.session.brief
        pair = brief.pair if brief else (self.pair_combo.currentData() or "")
        lang = brief.language if brief else self.ui_lang
        self.pairShown.emit(pair, lang)

    # ---- opening briefs ---------------------------------------------------------------------

    def new_brief(self) -> None:
        pair = self.pair_combo.currentData()
        if not pair:
            show_error(self.window, translate("MainWindow", "Choose a country pair first."))
            return
        kind = self.type_combo.currentData()
        lang = self.lang_combo.currentData()
        services = self.services

        def work():
            uuid, brief = services.new_brief(pair, kind, lang)
            facts = services.facts_by_uuid(editing.fact_uuids_in(brief))
            return uuid, brief, facts, []

        self.message.emit(translate("MainWindow", "Assembling the brief…"), 0)
        self.runner.run(work, self._opened, name=translate("MainWindow", "Making the new brief"))

    def open_brief(self, brief_uuid: str) -> None:
        services = self.services

        def work():
            brief = services.load_brief(brief_uuid)
            if brief is None:
                raise InputError(translate("MainWindow", "This brief is no longer in the store."))
            facts = services.facts_by_uuid(editing.fact_uuids_in(brief))
            return brief_uuid, brief, facts, services.changed_since_export(brief_uuid)

        self.message.emit(translate("MainWindow", "Opening the brief…"), 0)
        self.runner.run(work, self._opened, writes=False)

    def _opened(self, result) -> None:
        uuid, brief, facts, changed = result
        self.session.open(uuid, brief, facts)
        self.settings.setValue(keys.LAST_BRIEF, uuid)
        index = self.pair_combo.findData(brief.pair)
        if index >= 0:
            self.pair_combo.blockSignals(True)
            self.pair_combo.setCurrentIndex(index)
            self.pair_combo.blockSignals(False)
        self.show_pair()
        self.opened.emit(uuid, changed)
        self.message.emit(
            translate("MainWindow", "Opened “{0}” (%n item(s)).", "", len(brief.items())).format(
                brief.title
            ),
            5000,
        )
        self.refresh_recent()

    def refresh_recent(self) -> None:
        services = self.services
        self.runner.run(
            lambda: services.recent_briefs(RECENT_LIMIT), self._set_recent, writes=False
        )

    def _set_recent(self, recent: list[BriefSummary]) -> None:
        self.recent = list(recent)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        if not self.recent:
            empty = menu.addAction(translate("MainWindow", "No saved briefs yet"))
            empty.setEnabled(False)
            return
        for summary in self.recent:
            pair = self.pairs.get(summary.pair)
            label = pair.label(self.ui_lang) if pair else summary.pair
            when = summary.updated_at[:16].replace("T", " ")
            action = menu.addAction(f"{summary.title} — {label} — {summary.brief_date}")
            action.setToolTip(translate("MainWindow", "Last changed {0}").format(when))
            action.setData(summary.uuid)
            action.triggered.connect(lambda _c=False, u=summary.uuid: self.open_brief(u))

    def delete_brief(self) -> None:
        if self.session.brief_uuid is None or self.session.brief is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Delete this brief?"),
            translate("MainWindow", "Delete “{0}” from the store? Exported files are kept.").format(
                self.session.brief.title
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        delete = box.addButton(
            translate("MainWindow", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("MainWindow", "Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not delete:
            return
        uuid = self.session.brief_uuid
        self.session.close_brief()
        self.settings.remove(keys.LAST_BRIEF)
        services = self.services
        self.runner.run(lambda: services.delete_brief(uuid), lambda _r: self.refresh_recent())

    # ---- saved elsewhere --------------------------------------------------------------------

    def offer_conflict_choice(self, detail: str) -> None:
        """The brief was saved elsewhere meanwhile: reload theirs, or keep ours as a copy."""
        if self.conflict_box is not None:
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("MainWindow", "Brief changed elsewhere"))
        box.setText(detail)
        box.setInformativeText(
            translate(
                "MainWindow",
                "Reload shows the brief as it was saved elsewhere (your unsaved edits are "
                "dropped). Keep mine as a copy saves your version as a new brief; the other "
                "stays as it is.",
            )
        )
        reload_button = box.addButton(
            translate("MainWindow", "Reload"), QMessageBox.ButtonRole.DestructiveRole
        )
        copy_button = box.addButton(
            translate("MainWindow", "Keep mine as a copy"), QMessageBox.ButtonRole.AcceptRole
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

    # ---- export and print -------------------------------------------------------------------

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
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.markingChosen.connect(self.marking)
        dialog.titlePageChosen.connect(self.titlePage)
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def print_preview(self) -> None:
        """Lay the brief out as a PDF in a temporary folder (in the background), then show it
        in the print preview, whose Print button goes through the system dialog."""
        brief = self.session.brief
        if brief is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="briefer-preview-"))
        services = self.services
        self.message.emit(translate("MainWindow", "Preparing the print preview…"), 0)

        def work():
            return services.export_brief(brief, ["pdf"], folder / "brief").paths[0]

        def done(pdf: Path) -> None:
            from briefer.ui.preview import PreviewDialog

            self.window.statusBar().clearMessage()
            dialog = PreviewDialog(pdf, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True))
            self.preview_dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.failed.emit(exc)

        self.runner.run(work, done, failed, writes=False)

    def _exported(self, result) -> None:
        self.exported.emit()
        self.message.emit(
            translate("MainWindow", "Exported {0}.").format(
                ", ".join(p.name for p in result.paths)
            ),
            8000,
        )
        self.refresh_recent()
