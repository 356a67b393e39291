"""Two windows on one brief, and a save that fails: nothing is lost, nothing is silent."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.domain import brief_edits as editing
from briefer.errors import StoreError
from tests.gui.helpers import new_brief, type_text, wait_saved

pytestmark = pytest.mark.gui


def _edit_first_fact(window, text: str) -> str:
    item = next(i for i in window.session.brief.items() if i.kind == "fact")
    window.outline.select_item(item.uuid)
    edit = window.editor.edits["vi"]
    edit.selectAll()
    type_text(edit, text)
    return item.uuid


def _two_windows_on_one_brief(make_window, qtbot):
    first = make_window("en")
    new_brief(first, qtbot, "VN-CL", "ministerial-talks", "vi")
    wait_saved(first, qtbot)
    uuid = first.session.brief_uuid
    second = make_window("en")
    qtbot.waitUntil(lambda: second.session.brief_uuid == uuid, timeout=10_000)  # last brief
    return first, second, uuid


@pytest.mark.parametrize("choice", ["Keep mine as a copy", "Reload"])
def test_a_save_from_a_stale_window_offers_reload_or_a_copy(make_window, qtbot, choice) -> None:
    first, second, uuid = _two_windows_on_one_brief(make_window, qtbot)
    item_uuid = _edit_first_fact(first, "Lời của cửa sổ thứ nhất")
    wait_saved(first, qtbot)

    _edit_first_fact(second, "Lời của cửa sổ thứ hai")
    qtbot.waitUntil(lambda: second.conflict_box is not None, timeout=10_000)
    assert second.session.conflict
    assert "(not saved)" in second.windowTitle()
    assert second.save_label.text() == "Not saved"
    box = second.conflict_box
    button = next(b for b in box.buttons() if b.text() == choice)
    button.click()
    qtbot.waitUntil(lambda: not second.session.conflict, timeout=10_000)

    services = first.services
    theirs = services.load_brief(uuid)
    assert editing.find_item(theirs, item_uuid).text_vi == "Lời của cửa sổ thứ nhất"
    if choice == "Reload":
        assert second.session.brief_uuid == uuid
        assert editing.find_item(second.session.brief, item_uuid).text_vi == (
            "Lời của cửa sổ thứ nhất"
        )
    else:
        copy_uuid = second.session.brief_uuid
        assert copy_uuid != uuid
        mine = services.load_brief(copy_uuid)
        assert editing.find_item(mine, item_uuid).text_vi == "Lời của cửa sổ thứ hai"
    assert "(not saved)" not in second.windowTitle()
    # Both windows save on normally afterwards.
    _edit_first_fact(second, "Tiếp tục sửa")
    wait_saved(second, qtbot)
    assert not second.session.save_error


def test_a_failed_save_shows_not_saved_and_quitting_asks(make_window, qtbot, monkeypatch) -> None:
    window = make_window("en")
    new_brief(window, qtbot, "VN-PE", "fact-sheet", "vi")
    wait_saved(window, qtbot)
    services = window.services

    def broken(*_args, **_kwargs):
        raise StoreError("The store could not be read or written; the last change was not saved.")

    monkeypatch.setattr(services, "save_brief", broken)
    _edit_first_fact(window, "Thay đổi chưa lưu")
    qtbot.waitUntil(lambda: bool(window.session.save_error), timeout=10_000)
    assert window.save_label.text() == "Not saved"
    assert "(not saved)" in window.windowTitle()

    answers = iter(["retry", "cancel"])
    window.ask_unsaved = lambda reason: window.unsaved_questions.append(reason) or next(answers)
    assert window.close() is False  # the officer chose to stay
    assert window.isVisible()
    assert len(window.unsaved_questions) == 2  # asked, tried again, asked again
    assert "could not be read or written" in window.unsaved_questions[0]

    monkeypatch.undo()  # the disk is back
    window.ask_unsaved = lambda reason: pytest.fail(f"asked although the save works: {reason}")
    assert window.close() is True
    again = services.load_brief(window.session.brief_uuid)
    assert any(i.text_vi == "Thay đổi chưa lưu" for i in again.items())


def test_the_conflict_box_is_a_message_box_with_both_choices(make_window, qtbot) -> None:
    first, second, _uuid = _two_windows_on_one_brief(make_window, qtbot)
    _edit_first_fact(first, "Một")
    wait_saved(first, qtbot)
    _edit_first_fact(second, "Hai")
    qtbot.waitUntil(lambda: second.conflict_box is not None, timeout=10_000)
    box = second.conflict_box
    assert isinstance(box, QMessageBox)
    assert {b.text() for b in box.buttons()} == {"Reload", "Keep mine as a copy"}
    box.buttons()[0].click()
