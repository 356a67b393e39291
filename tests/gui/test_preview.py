"""Print preview and the official-format choices in the export dialog (issue 13)."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from briefer.domain.letterhead import TitlePage
from briefer.ui.preview import PdfPages, print_pages
from tests.gui.helpers import new_brief, pdf_text

pytestmark = pytest.mark.gui


def _export(dialog, qtbot, folder, name: str, choice: str = "both"):
    dialog.folder.setText(str(folder))
    dialog.filename.setText(name)
    dialog.set_format(choice)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or bool(dialog.error), timeout=60_000)
    assert dialog.error == ""


def test_preview_shows_every_page_of_the_exported_brief(window, qtbot, tmp_path) -> None:
    new_brief(window, qtbot, "VN-CL", "state-visit", "vi")
    dialog = window.open_export()
    qtbot.waitUntil(dialog.isVisible)
    _export(dialog, qtbot, tmp_path, "chile", "pdf")
    assert dialog.open_buttons["preview"].isVisibleTo(dialog)
    qtbot.mouseClick(dialog.open_buttons["preview"], Qt.MouseButton.LeftButton)
    preview = dialog.preview
    qtbot.waitUntil(preview.isVisible)

    pages = len(pypdf.PdfReader(tmp_path / "chile.pdf").pages)  # an independent count
    assert pages >= 4
    assert preview.page_count() == pages
    assert preview.thumbnails.count() == pages
    assert len(preview.page_labels) == pages
    assert all(not label.pixmap().isNull() for label in preview.page_labels)

    width = preview.page_labels[0].width()
    preview.set_zoom(150)
    assert preview.page_labels[0].width() == pytest.approx(width * 1.5, rel=0.02)
    preview.thumbnails.setCurrentRow(pages - 1)  # jumps to the last page
    preview.close()
    dialog.close()


def test_print_draws_every_page(tmp_path, window, qtbot) -> None:
    new_brief(window, qtbot, "VN-CL", "ministerial-talks", "en")
    dialog = window.open_export()
    _export(dialog, qtbot, tmp_path, "talks", "pdf")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print path, into a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = PdfPages(tmp_path / "talks.pdf")
    assert print_pages(pages, printer) == len(pages)
    pages.close()
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == len(pages)
    dialog.close()


def test_open_falls_back_to_the_preview_without_a_viewer(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    new_brief(window, qtbot, "VN-CL", "ministerial-talks", "vi")
    dialog = window.open_export()
    _export(dialog, qtbot, tmp_path, "no viewer", "both")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    qtbot.mouseClick(dialog.open_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert dialog.preview is not None and dialog.preview.page_count() >= 2
    dialog.preview.close()
    dialog.preview = None
    qtbot.mouseClick(dialog.open_buttons["docx"], Qt.MouseButton.LeftButton)
    assert dialog.preview is not None  # the PDF of the same brief, in the app
    dialog.preview.close()
    dialog.close()


def test_language_choice_changes_file_name_and_marking(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-CL", "state-visit", "vi")
    dialog = window.open_export()
    dialog.marking.setEditText("Lưu hành nội bộ")
    vi_name = dialog.filename.text()
    assert "Tài liệu phục vụ chuyến thăm" in vi_name
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.marking_text() == "For internal use"
    assert "Visit briefing" in dialog.filename.text() and "Chile" in dialog.filename.text()
    dialog.marking.setEditText("TỐI MẬT")
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.marking_text() == "SECRET"
    dialog.filename.setText("my own name")  # typed by the user: kept
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert dialog.filename.text() == "my own name"
    dialog.close()


def test_title_page_fields_reach_the_pdf_and_stay_with_the_brief(window, qtbot, tmp_path) -> None:
    new_brief(window, qtbot, "VN-CL", "state-visit", "vi")
    dialog = window.open_export()
    page = TitlePage(
        issuing_unit_vi="Bộ Ngoại giao\nVụ Châu Mỹ",
        number="15/TL-VCM",
        visit_dates="12–16/11/2026",
        venue="Santiago de Chile",
    )
    dialog.set_title_page(page)
    assert window.session.brief.title_page == page
    assert window.undo_action.text() == "Undo: Change the title page"
    dialog.marking.setEditText("MẬT")
    _export(dialog, qtbot, tmp_path, "official", "pdf")
    text = pdf_text(tmp_path / "official.pdf")
    for words in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VỤ CHÂU MỸ",
        "Số: 15/TL-VCM",
        "Santiago de Chile",
    ):
        assert words in text
    dialog.close()
    # a new export dialog starts from the letterhead typed last time
    second = window.open_export()
    assert second._brief.title_page.issuing_unit_vi == "Bộ Ngoại giao\nVụ Châu Mỹ"
    second.close()


def test_print_preview_from_the_file_menu(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE", "state-visit", "en")
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "preview_dialog", None) is not None, timeout=60_000)
    preview = window.preview_dialog
    qtbot.waitUntil(preview.isVisible)
    pdf = preview.pages.path
    assert preview.page_count() == len(pypdf.PdfReader(pdf).pages) >= 4
    preview.close()
    qtbot.waitUntil(lambda: not pdf.parent.exists())  # the temporary PDF goes with the dialog
