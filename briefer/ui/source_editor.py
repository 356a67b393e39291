"""The source editor: fill in or correct where a source was published (outlet, author, URL,
date). Notes and the Sources annex name these; a cited source without outlet or URL is a
warning until an editor fills them in here. The title and text are not edited: quotes and
search point into them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.model import Source


class SourceEditor(QDialog):
    """A modal form over one source's publication details; ``changes()`` after accept."""

    FIELDS = ("outlet", "author", "url", "published_on")

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEditor")
        self.setWindowTitle(self.tr("Source details"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self.source = source
        layout = QVBoxLayout(self)
        title = QLabel(source.title, self)
        title.setWordWrap(True)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Notes and the Sources annex say where this source was published. "
                "Fill in what the article itself tells."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        labels = {
            "outlet": self.tr("Outlet"),
            "author": self.tr("Author"),
            "url": self.tr("Web address (URL)"),
            "published_on": self.tr("Published on (YYYY-MM-DD)"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            edit = QLineEdit(getattr(source, name), self)
            edit.setObjectName(f"source_{name}")
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["url"].setPlaceholderText("https://")
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        """The fields the editor changed, with their new values."""
        return {
            name: edit.text().strip()
            for name, edit in self.edits.items()
            if edit.text().strip() != getattr(self.source, name)
        }

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
