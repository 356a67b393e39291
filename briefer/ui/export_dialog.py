"""The export dialog: DOCX, PDF or both; language; marking; folder and file name; progress.

The export runs in the background (the window stays responsive; the progress bar follows
the core's progress callback). Afterwards the dialog offers to open the files or their
folder. A problem the user can fix is shown as the core's one sentence.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.brief import Brief, Warning
from briefer.domain.brief_export import default_filename, in_language, safe_filename
from briefer.domain.letterhead import MARKINGS, TitlePage, equivalent_marking
from briefer.errors import BrieferError
from briefer.ui import settings as keys
from briefer.ui.bugs import report_bug
from briefer.ui.labels import language_name
from briefer.ui.ops import Runner
from briefer.ui.title_page_dialog import TitlePageDialog, remember_defaults, with_defaults

if TYPE_CHECKING:
    from briefer.services import ExportResult, Services


def export_formats(choice: str) -> list[str]:
    return {"docx": ["docx"], "pdf": ["pdf"]}.get(choice, ["docx", "pdf"])


def target_paths(folder: Path, name: str, formats: list[str]) -> list[Path]:
    return [folder / f"{name}.{fmt}" for fmt in formats]


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult
    markingChosen = Signal(str)
    titlePageChosen = Signal(object)  # TitlePage

    def __init__(
        self,
        services: Services,
        runner: Runner,
        settings,
        brief: Brief,
        brief_uuid: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the brief"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self._services = services
        self._runner = runner
        self._settings = settings
        self._brief = replace(brief, title_page=with_defaults(brief.title_page, settings))
        self._brief_uuid = brief_uuid
        self.preview: QDialog | None = None
        self.result: ExportResult | None = None
        self.error: str = ""
        self.running = False
        self._build()

    # ---- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self._shown_language = self._brief.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)

        title = html.escape(self._brief.title)
        pair = html.escape(self._brief.pair_label or self._brief.pair)
        heading = QLabel(
            f'<span style="font-size:12pt; font-weight:600;">{title}</span><br>{pair}', self
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #d3d9e1;")
        layout.addWidget(rule)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)

        formats = QHBoxLayout()
        formats.setSpacing(18)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, label in (
            ("docx", self.tr("Word (DOCX)")),
            ("pdf", self.tr("PDF")),
            ("both", self.tr("Both")),
        ):
            button = QRadioButton(label, self)
            button.setObjectName(f"format_{key}")
            self.format_group.addButton(button)
            self.format_buttons[key] = button
            formats.addWidget(button)
        formats.addStretch(1)
        saved_choice = self._settings.value(keys.EXPORT_FORMATS, "both")
        self.format_buttons.get(str(saved_choice), self.format_buttons["both"]).setChecked(True)
        form.addRow(self.tr("Format"), formats)

        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        for lang in ("vi", "en"):
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(self.language.findData(self._brief.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)

        self.marking = QComboBox(self)
        self.marking.setObjectName("marking")
        self.marking.setEditable(True)
        self.marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.marking.lineEdit().setPlaceholderText(self.tr("No marking"))
        self._fill_markings(self._brief.language)
        self.marking.setEditText(self._brief.marking)
        form.addRow(self.tr("Marking"), self.marking)

        self.title_page_button = QPushButton(self.tr("Title page…"), self)
        self.title_page_button.setObjectName("titlePage")
        self.title_page_button.setToolTip(
            self.tr("Issuing unit, number, place and date, visit dates and venue")
        )
        self.title_page_button.clicked.connect(self.edit_title_page)
        form.addRow(self.tr("Title page"), self.title_page_button)

        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        self.folder.setText(self._default_folder())
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder"), folder_row)

        self.filename = QLineEdit(self)
        self.filename.setObjectName("filename")
        self.filename.setText(default_filename(self._brief))
        form.addRow(self.tr("File name"), self.filename)
        layout.addLayout(form)

        self.strict = QCheckBox(self.tr("Do not export while the brief has warnings"), self)
        layout.addWidget(self.strict)
        self.warning_note = QLabel(self)
        self.warning_note.setObjectName("hint")
        self.warning_note.setWordWrap(True)
        self.warning_note.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.warning_note)
        self._show_warnings(self.language.currentData())

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()  # shown while an export runs
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.open_row = QHBoxLayout()
        self.open_buttons: dict[str, QPushButton] = {}
        for key, label in (
            ("docx", self.tr("Open the Word file")),
            ("pdf", self.tr("Open the PDF")),
            ("preview", self.tr("Print preview")),
            ("folder", self.tr("Open the folder")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"open_{key}")
            button.hide()
            button.clicked.connect(lambda _c=False, key=key: self._open(key))
            self.open_buttons[key] = button
            self.open_row.addWidget(button)
        self.open_row.addStretch(1)
        layout.addLayout(self.open_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("primaryPushButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

    def _fill_markings(self, lang: str) -> None:
        text = self.marking.currentText()
        self.marking.blockSignals(True)
        self.marking.clear()
        for marking in MARKINGS.get(lang, MARKINGS["vi"]):
            self.marking.addItem(marking or self.tr("(no marking)"), marking)
        self.marking.setEditText(text)
        self.marking.blockSignals(False)

    def _language_changed(self) -> None:
        """The marking and the file name follow the language (unless the user typed their own)."""
        lang = self.language.currentData()
        marking = equivalent_marking(self.marking.currentText().strip(), lang)
        self._fill_markings(lang)
        self.marking.setEditText(marking)
        previous = in_language(self._brief, self._shown_language)
        if safe_filename(self.filename.text()) == safe_filename(default_filename(previous)):
            self.filename.setText(default_filename(in_language(self._brief, lang)))
        self._shown_language = lang
        self._show_warnings(lang)

    def edit_title_page(self) -> TitlePage | None:
        dialog = TitlePageDialog(self._brief.title_page, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        page = dialog.title_page()
        self.set_title_page(page)
        return page

    def set_title_page(self, page: TitlePage) -> None:
        if page == self._brief.title_page:
            return
        self._brief = replace(self._brief, title_page=page)
        remember_defaults(page, self._settings)
        self.titlePageChosen.emit(page)  # the window records it as an undoable edit

    def export_warnings(self, lang: str) -> tuple[Warning, ...]:
        """The warnings of the brief as it will be written in ``lang`` (an English export
        has its own: missing English, English wording behind the Vietnamese)."""
        if lang == self._brief.language:
            return self._brief.warnings
        return self._services.brief_warnings(in_language(self._brief, lang))

    def _show_warnings(self, lang: str) -> None:
        # What belongs to this language's text first: missing or outdated wording.
        warnings = tuple(
            sorted(
                self.export_warnings(lang),
                key=lambda w: w.code not in ("untranslated", "needs_update"),
            )
        )
        self.shown_warnings = warnings
        count = len(warnings)
        if count:
            head = self.tr("The %1 brief has %n warning(s):", "", count).replace(
                "%1", language_name(lang)
            )
            shown = "".join(f"<li>{html.escape(w.message(lang))}</li>" for w in warnings[:5])
            more = (
                self.tr("… and %n more in the Warnings panel.", "", count - 5) if count > 5 else ""
            )
            self.warning_note.setText(f"{html.escape(head)}<ul>{shown}</ul>{html.escape(more)}")
        self.warning_note.setVisible(bool(count))

    def _default_folder(self) -> str:
        folder = str(self._settings.value(keys.EXPORT_FOLDER, "") or "")
        if folder and Path(folder).is_dir():
            return folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # ---- choices -------------------------------------------------------------------------

    def set_format(self, choice: str) -> None:
        self.format_buttons[choice].setChecked(True)

    def format_choice(self) -> str:
        return next((k for k, b in self.format_buttons.items() if b.isChecked()), "both")

    def marking_text(self) -> str:
        text = self.marking.currentText().strip()
        return "" if text == self.tr("(no marking)") else text

    # ---- exporting -----------------------------------------------------------------------

    def start_export(self) -> None:
        if self.running:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        name = safe_filename(self.filename.text())
        if not self.folder.text().strip() or not folder.is_dir():
            self._fail(self.tr("Choose a folder that exists for the exported files."))
            return
        if not name:
            self._fail(self.tr("Type a file name for the exported brief."))
            return
        formats = export_formats(self.format_choice())
        targets = target_paths(folder, name, formats)
        existing = [p.name for p in targets if p.exists()]
        if existing and not self._confirm_replace(existing):
            return
        marking = self.marking_text()
        if marking != self._brief.marking:
            self.markingChosen.emit(marking)  # the window records it as an undoable edit
        brief = in_language(replace(self._brief, marking=marking), self.language.currentData())
        self._settings.setValue(keys.EXPORT_FOLDER, str(folder))
        self._settings.setValue(keys.EXPORT_FORMATS, self.format_choice())

        # The marking reaches the saved brief through the window's undoable edit (above),
        # saved by the brief's session: one writer per brief, so revisions never clash.
        services, brief_uuid, strict = self._services, self._brief_uuid, self.strict.isChecked()

        def work(progress) -> ExportResult:
            return services.export_brief(
                brief, formats, targets[0], brief_uuid=brief_uuid, strict=strict, progress=progress
            )

        self.running = True
        self.result = None
        self.error = ""
        self.export_button.setEnabled(False)
        for button in self.open_buttons.values():
            button.hide()
        self.progress.setValue(2)
        self.progress.show()
        self.status.setText(self.tr("Preparing the document…"))
        self._runner.run(work, self._done, self._failed, self._progress, writes=False)

    def _confirm_replace(self, names: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the files?"),
            self.tr("These files already exist and will be replaced:\n{0}").format(
                "\n".join(names)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _progress(self, what: str, fraction: float) -> None:
        self.progress.setValue(max(2, int(fraction * 100)))
        labels = {
            "render": self.tr("Preparing the document…"),
            "docx": self.tr("Writing the Word file…"),
            "pdf": self.tr("Writing the PDF…"),
            "done": self.tr("Done."),
        }
        self.status.setText(labels.get(what, self.status.text()))

    def _done(self, result: ExportResult) -> None:
        self.running = False
        self.result = result
        self.export_button.setEnabled(True)
        self.progress.setValue(100)
        names = ", ".join(p.name for p in result.paths)
        folder = result.paths[0].parent if result.paths else Path()
        text = self.tr("Saved {0} in {1}.").format(names, folder)
        if result.warnings:
            text += " " + self.tr("The brief still has %n warning(s).", "", len(result.warnings))
        self.status.setText(text)
        for path in result.paths:
            key = path.suffix.lstrip(".").lower()
            if key in self.open_buttons:
                self.open_buttons[key].show()
            if key == "pdf":
                self.open_buttons["preview"].show()
        self.open_buttons["folder"].show()
        self.close_button.setFocus()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        if isinstance(exc, BrieferError):
            self._fail(str(exc))
        else:
            self._fail(self.tr("The export failed because of a bug; details are in the log."))
            report_bug(self, exc)

    def _fail(self, message: str) -> None:
        self.error = message
        self.status.setText(f'<span style="color:#9b1c1c;">{html.escape(message)}</span>')

    def _open(self, key: str) -> None:
        if self.result is None or not self.result.paths:
            return
        pdf = next((p for p in self.result.paths if p.suffix == ".pdf"), None)
        if key == "preview":
            if pdf is not None:
                self.open_preview(pdf)
            return
        if key == "folder":
            target = self.result.paths[0].parent
        else:
            target = next((p for p in self.result.paths if p.suffix == f".{key}"), None)
        if target is None:
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))) or key == "folder":
            return
        # No program opens this kind of file here: show the pages in the app instead.
        if pdf is not None:
            self.status.setText(
                self.tr("No program to open {0}: showing it here.").format(target.name)
            )
            self.open_preview(pdf)
        else:
            self._fail(
                self.tr(
                    "No program on this computer opens {0}; export a PDF to preview it here."
                ).format(target.name)
            )

    def open_preview(self, pdf: Path) -> QDialog:
        from briefer.ui.preview import PreviewDialog

        preview = PreviewDialog(pdf, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        return preview

    def reject(self) -> None:
        if self.running:  # the export finishes in the background either way; keep the dialog
            self.status.setText(self.tr("The export is still running…"))
            return
        super().reject()
