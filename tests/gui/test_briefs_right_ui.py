"""Issue 12 in the app: "needs update" after editing one language, the export dialog's
warnings in the language being exported, and the source editor filling in an outlet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from briefer.domain import brief_edits as editing
from tests.gui.helpers import new_brief, type_text, wait_saved

pytestmark = pytest.mark.gui


def test_editing_vietnamese_marks_english_as_needing_an_update(window, qtbot) -> None:
    brief = new_brief(window, qtbot, "VN-PE", "state-visit", "vi")
    item = next(i for i in brief.items() if i.kind == "fact")
    window.outline.select_item(item.uuid)
    edit = window.editor.edits["vi"]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Câu đã sửa riêng bằng tiếng Việt")
    changed = editing.find_item(window.session.brief, item.uuid)
    assert changed.needs_update == "en"
    tabs = window.editor.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert any("needs update" in t for t in titles)
    assert window.editor.needs_update_note.isVisibleTo(window.editor)
    wait_saved(window, qtbot)
    # The Vietnamese brief's warnings do not list it; the English export's do.
    assert not any(w.code == "needs_update" for w in window.session.warnings)
    dialog = window.open_export()
    qtbot.waitUntil(dialog.isVisible)
    assert not any(w.code == "needs_update" for w in dialog.shown_warnings)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert any(w.code == "needs_update" and w.item_uuid == item.uuid for w in dialog.shown_warnings)
    assert "Needs update" in dialog.warning_note.text()
    dialog.close()


def test_source_editor_fills_in_an_outlet_and_the_warning_goes(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE", "state-visit", "vi")
    wait_saved(window, qtbot)
    before = [w for w in window.session.warnings if w.code == "source"]
    assert len(before) == 2
    source = next(s for s in window.services.sources() if "phát huy hiệu quả" in s.title)
    window.source_pane.show_source(source.id)
    # The pane may still show the source it showed before: wait for this one.
    qtbot.waitUntil(
        lambda: window.source_pane.source is not None and window.source_pane.source.id == source.id,
        timeout=10_000,
    )
    assert window.source_pane.edit_button.isVisibleTo(window.source_pane)

    def fill() -> None:
        from PySide6.QtWidgets import QApplication

        from briefer.ui.source_editor import SourceEditor

        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SourceEditor))
        dialog.edits["outlet"].setText("Báo Điện tử VOV")
        dialog.edits["url"].setText("https://vov.vn/example-article-post1.vov")
        dialog.accept()

    QTimer.singleShot(200, fill)
    window.source_pane.edit_button.click()
    saved = window.services.source(source.id)
    assert saved.outlet == "Báo Điện tử VOV"
    assert saved.url == "https://vov.vn/example-article-post1.vov"
    qtbot.waitUntil(
        lambda: len([w for w in window.session.warnings if w.code == "source"]) == 1,
        timeout=10_000,
    )
