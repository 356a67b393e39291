"""Driving the main window: pick a pair, make a brief, find and add facts, reorder, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.domain import brief_edits as editing
from briefer.domain.brief import BriefItem
from tests.gui.helpers import new_brief, order, type_text, wait_saved

pytestmark = pytest.mark.gui


def _section(brief, topic: str) -> int:
    return next(i for i, s in enumerate(brief.sections) if s.topic == topic)


def test_pick_pair_and_create_a_state_visit_brief(window, qtbot) -> None:
    combo = window.pair_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any(label.startswith("Viet Nam – Peru") and "51 facts" in label for label in labels)
    brief = new_brief(window, qtbot, "VN-PE", "state-visit", "vi")
    assert brief.pair == "VN-PE" and brief.brief_type == "state-visit"
    model = window.outline_model
    assert model.rowCount() == len(brief.sections) == 11
    assert model.index(0, 0).data() == "Tổng quan"
    assert "Peru" in window.windowTitle()
    # the first item is selected and shown in the editor with its sources
    assert window.outline.current_item_uuid() == brief.items()[0].uuid
    assert window.editor.item_uuid == brief.items()[0].uuid
    assert window.editor.citations.count() >= 1
    # the brief is in the store and in File → Open recent
    qtbot.waitUntil(
        lambda: any(a.data() == window.session.brief_uuid for a in window.recent_menu.actions())
    )
    assert window.services.load_brief(window.session.brief_uuid) is not None


def test_search_viettel_in_the_browser_and_add_that_fact(window, qtbot) -> None:
    brief = new_brief(window, qtbot)
    viettel = window.services.search("Viettel", pair="VN-PE", sources=False)[0].uuid
    # start from a brief without it: select its item in the outline and press Delete
    present = [i.uuid for i in brief.items() if i.fact_uuid == viettel]
    if present:
        assert window.outline.select_item(present[0])
        window.outline.setFocus()
        qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
        assert all(i.fact_uuid != viettel for i in window.session.brief.items())

    qtbot.keyClicks(window.browser.query, "viettel")  # no capital, still found
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None and window.browser.last_result.query == "viettel"
        ),
        timeout=30_000,
    )
    table = window.browser.table
    assert table.model().rowCount() == 1
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.browser.add_button.isEnabled()
    qtbot.mouseClick(window.browser.add_button, Qt.MouseButton.LeftButton)

    after = window.session.brief
    added = [i for i in after.items() if i.fact_uuid == viettel]
    assert len(added) == 1
    where = editing.locate(after, added[0].uuid)
    assert after.sections[where[0]].topic == "investment"  # the section of the fact's topic
    assert window.outline.current_item_uuid() == added[0].uuid
    assert "Viettel" in window.editor.statement.text()
    # adding it twice only points at the item that is there
    qtbot.mouseClick(window.browser.add_button, Qt.MouseButton.LeftButton)
    assert sum(1 for i in window.session.brief.items() if i.fact_uuid == viettel) == 1


def test_accent_insensitive_search_finds_luong_cuong(window, qtbot) -> None:
    new_brief(window, qtbot)
    qtbot.keyClicks(window.browser.query, "Luong Cuong")
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None
            and window.browser.last_result.query == "Luong Cuong"
        ),
        timeout=30_000,
    )
    facts = window.browser.last_result.facts
    assert facts and all("Lương Cường" in f.statement_vi for f in facts)
    assert window.browser.hits.rowCount() >= 1  # matching sources in the second tab


def test_reorder_by_drop_and_keyboard_then_undo_and_redo(window, qtbot) -> None:
    brief = new_brief(window, qtbot)
    agreements = _section(brief, "agreements")
    start = order(brief)
    first, second = start[agreements][:2]
    model = window.outline_model
    section_index = model.index(agreements, 0)
    # the drop a drag ends with: the second item onto row 0 of its section
    mime = model.mimeData([model.index(1, 0, section_index)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, section_index)
    moved = order(window.session.brief)
    assert moved[agreements][:2] == [second, first]
    assert window.outline.current_item_uuid() == second

    # keyboard: Alt+Down moves it back down
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order(window.session.brief) == start

    # Ctrl+Z twice and Ctrl+Shift+Z / Ctrl+Y through the Edit menu actions
    window.undo_action.trigger()
    assert order(window.session.brief) == moved
    assert window.redo_action.isEnabled() and "Move item down" in window.redo_action.text()
    window.undo_action.trigger()
    assert order(window.session.brief) == start
    window.redo_action.trigger()
    assert order(window.session.brief) == moved
    assert (
        model.index(0, 0, model.index(agreements, 0)).data(Qt.ItemDataRole.UserRole + 1).uuid
        == second
    )


def test_move_across_sections_with_undo(window, qtbot) -> None:
    brief = new_brief(window, qtbot)
    economic, points = _section(brief, "economic"), _section(brief, "talking_points")
    item = brief.sections[economic].items[-1].uuid
    model = window.outline_model
    mime = model.mimeData([model.item_index(item)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(points, 0))
    after = window.session.brief
    assert after.sections[points].items[0].uuid == item
    assert item not in [i.uuid for i in after.sections[economic].items]
    assert window.undo_action.text() == "Undo: Move to another section"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert order(window.session.brief) == order(brief)


def test_reword_a_fact_keeps_its_citations_and_undo_restores_it(window, qtbot) -> None:
    brief = new_brief(window, qtbot)
    item = next(i for i in brief.items() if i.kind == "fact")
    window.outline.select_item(item.uuid)
    citations_before = window.editor.citations.count()
    edit = window.editor.edits["vi"]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Câu đã sửa cho chuyến thăm")
    changed = editing.find_item(window.session.brief, item.uuid)
    assert changed.text_vi == "Câu đã sửa cho chuyến thăm"
    assert changed.fact_uuid == item.fact_uuid  # the fact, and its sources, stay attached
    assert window.editor.citations.count() == citations_before
    assert window.outline_model.item_index(item.uuid).data() == "Câu đã sửa cho chuyến thăm"
    # the whole burst of typing is one undo step; Ctrl+Z works while the text box has focus
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.find_item(window.session.brief, item.uuid).text_vi == ""
    assert edit.toPlainText() == window.session.facts[item.fact_uuid].statement_vi


def test_own_paragraph_cites_a_fact_and_clears_its_warning(window, qtbot) -> None:
    brief = new_brief(window, qtbot)
    window.outline.select_item(brief.sections[-1].items[-1].uuid)  # talking points
    window.add_point_action.trigger()
    item_uuid = window.outline.current_item_uuid()
    item = editing.find_item(window.session.brief, item_uuid)
    assert isinstance(item, BriefItem) and item.kind == "text"
    type_text(window.editor.edits["vi"], "Đề nghị thúc đẩy hợp tác viễn thông.")
    wait_saved(window, qtbot)
    assert any(w.code == "uncited" and w.item_uuid == item_uuid for w in window.session.warnings)

    qtbot.keyClicks(window.browser.query, "Viettel")
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None and window.browser.last_result.query == "Viettel"
        ),
        timeout=30_000,
    )
    window.browser.table.selectRow(0)
    window.outline.select_item(item_uuid)
    qtbot.mouseClick(window.editor.cite_button, Qt.MouseButton.LeftButton)
    cited = editing.find_item(window.session.brief, item_uuid)
    assert cited.cites == (window.browser.last_result.facts[0].uuid,)
    assert window.editor.citations.count() >= 1
    wait_saved(window, qtbot)
    assert not any(w.item_uuid == item_uuid for w in window.session.warnings)


def test_drag_a_fact_from_the_browser_into_a_chosen_place(window, qtbot) -> None:
    brief = new_brief(window, qtbot)
    points = _section(brief, "talking_points")
    qtbot.keyClicks(window.browser.query, "Peru")
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None and window.browser.last_result.query == "Peru"
        ),
        timeout=30_000,
    )
    proxy = window.browser.table.model()
    used = {i.fact_uuid for i in brief.items()}
    index = next(
        proxy.index(r, 0)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).uuid not in used
    )
    fact = index.data(Qt.ItemDataRole.UserRole + 1)
    # what a drag from the fact table carries, dropped at the top of the talking points
    mime = proxy.mimeData([index])
    model = window.outline_model
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, model.index(points, 0))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, model.index(points, 0))
    first = window.session.brief.sections[points].items[0]
    assert first.kind == "fact" and first.fact_uuid == fact.uuid
    assert window.undo_action.text() == "Undo: Add 1 fact"


def test_an_english_brief_browses_english_statements(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE", "state-visit", "en")
    qtbot.keyClicks(window.browser.query, "viettel")
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None and window.browser.last_result.query == "viettel"
        ),
        timeout=30_000,
    )
    shown = window.browser.table.model().index(0, 0).data()
    assert "Viettel Group" in shown  # the English statement, with the match lit
    start, end = window.browser.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 3)[0]
    assert shown[start:end] == "Viettel"
