"""The title-page fields of a brief: issuing unit, number, place, visit dates, venue, house style.

The issuing unit and place typed here also become the defaults for the next brief (kept in
the app's settings), since a desk rarely changes its letterhead.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.domain.letterhead import TitlePage
from briefer.ui.settings import text_value

# settings keys: the letterhead a new brief starts with
UNIT_VI = "format/issuing_unit_vi"
UNIT_EN = "format/issuing_unit_en"
PLACE_VI = "format/place_vi"
PLACE_EN = "format/place_en"
_DEFAULTS = (
    ("issuing_unit_vi", UNIT_VI),
    ("issuing_unit_en", UNIT_EN),
    ("place_vi", PLACE_VI),
    ("place_en", PLACE_EN),
)


def with_defaults(page: TitlePage, settings) -> TitlePage:
    """``page`` with its empty letterhead fields taken from the settings."""
    changes = {
        name: text_value(settings, key)
        for name, key in _DEFAULTS
        if not getattr(page, name) and text_value(settings, key)
    }
    return replace(page, **changes) if changes else page


def remember_defaults(page: TitlePage, settings) -> None:
    for name, key in _DEFAULTS:
        if getattr(page, name):
            settings.setValue(key, getattr(page, name))


class TitlePageDialog(QDialog):
    def __init__(self, page: TitlePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("titlePageDialog")
        self.setWindowTitle(self.tr("Title page"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit_vi = QPlainTextEdit(page.issuing_unit_vi, self)
        self.unit_vi.setObjectName("unitVi")
        self.unit_vi.setPlaceholderText("BỘ NGOẠI GIAO\nVỤ CHÂU MỸ")
        self.unit_vi.setFixedHeight(64)
        self.unit_en = QPlainTextEdit(page.issuing_unit_en, self)
        self.unit_en.setObjectName("unitEn")
        self.unit_en.setPlaceholderText("MINISTRY OF FOREIGN AFFAIRS\nAMERICAS DEPARTMENT")
        self.unit_en.setFixedHeight(64)
        self.number = QLineEdit(page.number, self)
        self.number.setObjectName("number")
        self.number.setPlaceholderText("15/TL-VCM")
        self.place_vi = QLineEdit(page.place_vi, self)
        self.place_vi.setPlaceholderText("Hà Nội")
        self.place_en = QLineEdit(page.place_en, self)
        self.place_en.setPlaceholderText("Hanoi")
        self.visit_dates = QLineEdit(page.visit_dates, self)
        self.visit_dates.setObjectName("visitDates")
        self.visit_dates.setPlaceholderText("12–16/11/2026")
        self.venue = QLineEdit(page.venue, self)
        self.venue.setObjectName("venue")
        self.style_box = QComboBox(self)
        self.style_box.setObjectName("houseStyle")
        self.style_box.addItem(self.tr("Decree 30 (national header)"), "decree30")
        self.style_box.addItem(self.tr("Letterhead only"), "plain")
        self.style_box.setCurrentIndex(max(self.style_box.findData(page.house_style), 0))
        form.addRow(self.tr("Issuing unit (Vietnamese)"), self.unit_vi)
        form.addRow(self.tr("Issuing unit (English)"), self.unit_en)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Place (Vietnamese)"), self.place_vi)
        form.addRow(self.tr("Place (English)"), self.place_en)
        form.addRow(self.tr("Visit dates"), self.visit_dates)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("House style"), self.style_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def title_page(self) -> TitlePage:
        def line(edit: QLineEdit) -> str:
            return " ".join(edit.text().split())

        def lines(edit: QPlainTextEdit) -> str:
            rows = (" ".join(r.split()) for r in edit.toPlainText().splitlines())
            return "\n".join(r for r in rows if r)

        return TitlePage(
            issuing_unit_vi=lines(self.unit_vi),
            issuing_unit_en=lines(self.unit_en),
            number=line(self.number),
            place_vi=line(self.place_vi),
            place_en=line(self.place_en),
            visit_dates=line(self.visit_dates),
            venue=line(self.venue),
            house_style=self.style_box.currentData() or "decree30",
        )
