"""The window around the brief: warnings jump, source pane, autosave and reopen, language,
and the difference between a user's error and a bug."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefer.domain import brief_edits as editing
from tests.gui.helpers import new_brief, type_text, wait_saved

pytestmark = pytest.mark.gui


def test_warnings_panel_double_click_jumps_to_the_item(window, qtbot) -> None:
    brief = new_brief(window, qtbot, "VN-PE", "state-visit", "en")
    table = window.warnings_panel.table
    assert table.model().rowCount() >= 1
    assert window.warnings_dock.windowTitle().startswith("Warnings (")
    rows = range(table.model().rowCount())
    row = next(r for r in rows if table.model().warning_at(r).code == "stale")
    warning = table.model().warning_at(row)
    assert warning.item_uuid
    # In the UI language, with the figure's staleness limit (the clock is pinned: the demo
    # figures of November 2024 are past their limit on 4 December 2026).
    assert "months" in table.model().index(row, 1).data()
    assert "tháng" not in table.model().index(row, 1).data()
    window.outline.select_item(brief.items()[0].uuid)
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.outline.current_item_uuid() != warning.item_uuid  # one click only selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.outline.current_item_uuid() == warning.item_uuid
    assert window.editor.item_uuid == warning.item_uuid
    assert window.outline.hasFocus()


def test_source_pane_shows_the_quote_highlighted(window, qtbot) -> None:
    new_brief(window, qtbot)
    qtbot.keyClicks(window.browser.query, "Viettel")
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None and window.browser.last_result.query == "Viettel"
        ),
        timeout=30_000,
    )
    fact = window.browser.last_result.facts[0]
    window.browser.select_fact(fact.uuid)
    citation = fact.citations[0]
    qtbot.waitUntil(lambda: window.source_pane.citation == citation, timeout=30_000)
    lit = window.source_pane.highlighted_text().replace("\u2029", "\n")
    assert lit == citation.quote
    assert "Viettel" in lit
    assert window.source_pane.title.text() == citation.source_title


def test_autosave_then_reopen_from_open_recent(make_window, qtbot) -> None:
    window = make_window("en")
    brief = new_brief(window, qtbot)
    item = next(i for i in brief.items() if i.kind == "fact")
    window.outline.select_item(item.uuid)
    edit = window.editor.edits["vi"]
    edit.selectAll()
    type_text(edit, "Lời văn riêng của tài liệu")
    qtbot.waitUntil(lambda: window.save_label.text() == "All changes saved", timeout=10_000)
    wait_saved(window, qtbot)
    uuid = window.session.brief_uuid
    window.close()

    again = make_window("en")
    # the last brief comes back by itself; Open recent lists it too
    qtbot.waitUntil(lambda: again.session.brief_uuid == uuid, timeout=10_000)
    again.session.close_brief()
    entries = [a for a in again.recent_menu.actions() if a.data() == uuid]
    assert entries
    entries[0].trigger()
    qtbot.waitUntil(lambda: again.session.brief_uuid == uuid, timeout=10_000)
    reopened = editing.find_item(again.session.brief, item.uuid)
    assert reopened.text_vi == "Lời văn riêng của tài liệu"
    assert again.outline_model.item_index(item.uuid).data() == "Lời văn riêng của tài liệu"


def test_switch_interface_language_keeps_the_brief_open(make_window, qtbot) -> None:
    window = make_window("en")
    new_brief(window, qtbot)
    uuid = window.session.brief_uuid
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    controller = window.controller
    window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: controller.window is not window, timeout=30_000)
    viet = controller.window
    qtbot.waitUntil(lambda: viet.session.brief_uuid == uuid, timeout=10_000)
    assert [a.text() for a in viet.menuBar().actions()] == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]
    assert viet.new_action.text() == "Tạo tài liệu"
    assert viet.pair_combo.currentText().startswith("Việt Nam – Peru")
    assert viet.warnings_panel.table.model().index(0, 0).data() == "Số liệu cũ"
    assert not shiboken6.isValid(window) or not window.isVisible()  # the old one is gone
    from briefer.ui.settings import open_settings

    assert open_settings().value("ui/language") == "vi"  # remembered for the next start


def test_user_error_is_a_sentence_and_a_bug_gets_the_report_dialog(
    window, qtbot, monkeypatch
) -> None:
    from briefer.errors import InputError
    from briefer.paths import logs_dir

    def refuse(*_args, **_kwargs):
        raise InputError("The store has no facts for the pair VN-XX.")

    monkeypatch.setattr(window.services, "new_brief", refuse)
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox)
        ),
        timeout=30_000,
    )
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == "The store has no facts for the pair VN-XX."
    box.close()

    def crash(*_args, **_kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(window.services, "new_brief", crash)
    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() and "bug" in w.text()
            for w in window.findChildren(QMessageBox)
        ),
        timeout=30_000,
    )
    assert "ZeroDivisionError" in (logs_dir() / "briefer.log").read_text(encoding="utf-8")


def test_vietnamese_by_default_on_a_vietnamese_system(qapp, monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from briefer.ui import i18n
    from briefer.ui.settings import open_settings

    class VietnameseSystem:
        @staticmethod
        def system() -> QLocale:
            return QLocale("vi_VN")

        Language = QLocale.Language

    settings = open_settings()  # a fresh home: nothing chosen yet
    monkeypatch.setattr(i18n, "QLocale", VietnameseSystem)
    assert i18n.chosen_language(settings) == "vi"
    settings.setValue("ui/language", "en")  # an explicit choice wins over the system
    assert i18n.chosen_language(settings) == "en"
