"""File → Export fact pack… and File → Import fact pack…: preview first, then import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _empty_store(tmp_path: Path) -> Path:
    from briefer.services import init_store

    path = tmp_path / "other.sqlite"
    init_store(path)
    return path


def _export_vn_pe(window, qtbot, out: Path) -> None:
    dialog = window.editor_mode.open_export_pack()
    for i in range(dialog.pairs.count()):
        item = dialog.pairs.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != "VN-PE":
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen_pairs() == ["VN-PE"]
    dialog.out.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file()


def test_pack_export_then_import_with_preview(make_window, qtbot, demo_store, tmp_path) -> None:
    out = tmp_path / "vn-pe.brfpack"
    source_window = make_window("en")
    _export_vn_pe(source_window, qtbot, out)
    expected = len(source_window.services.facts("VN-PE", status="approved"))

    target = make_window("en", _empty_store(tmp_path))
    assert target.services.facts("VN-PE") == []
    dialog = target.editor_mode.open_import_pack(out)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.plan.counts()["added"] == expected
    assert f"Would add {expected} facts" in dialog.counts.text()
    assert dialog.details.count() >= expected
    assert dialog.accept_button.isEnabled()
    assert target.services.facts("VN-PE") == []  # nothing written by the preview

    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert len(target.services.facts("VN-PE")) == expected
    qtbot.waitUntil(lambda: target.pair_combo.findData("VN-PE") >= 0, timeout=10_000)


def test_tampered_pack_is_one_sentence_and_changes_nothing(make_window, qtbot, tmp_path) -> None:
    out = tmp_path / "vn-pe.brfpack"
    window = make_window("en")
    _export_vn_pe(window, qtbot, out)
    with sqlite3.connect(out) as conn:
        conn.execute("UPDATE fact SET statement_vi = statement_vi || ' (sửa)'")
    conn.close()

    target = make_window("en", _empty_store(tmp_path))
    dialog = target.editor_mode.open_import_pack(out)
    qtbot.waitUntil(lambda: bool(dialog.error), timeout=10_000)
    assert dialog.plan is None and not dialog.accept_button.isEnabled()
    assert dialog.error.count(". ") == 0 and dialog.error.endswith(".")
    assert dialog.summary.text() == dialog.error
    assert target.services.facts() == []


def test_fact_editor_says_which_pack_a_fact_came_from(make_window, qtbot, tmp_path) -> None:
    from briefer.services import Services
    from briefer.sync.pack_export import export_pack
    from briefer.ui.fact_editor import FactEditor

    out = tmp_path / "vn-pe.brfpack"
    source = Services(make_window("en").services.store_path)
    export_pack(source.db(), out, pairs=["VN-PE"], creator="Vụ châu Mỹ")
    target = make_window("vi", _empty_store(tmp_path))
    dialog = target.editor_mode.open_import_pack(out)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    fact = target.services.facts("VN-PE")[0]

    editor = FactEditor(target.services, target.runner, fact, "vi", target)
    qtbot.waitUntil(lambda: "Vụ châu Mỹ" in editor.origin_label.text(), timeout=10_000)
    assert editor.origin_label.text().startswith("Từ gói dữ kiện của Vụ châu Mỹ")
    assert f"(phiên bản {fact.revision})" in editor.origin_label.text()
    editor.close()
