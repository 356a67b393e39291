"""The editors' Curate tab: review queue, fact editor, sources, conflicts."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import new_brief

pytestmark = pytest.mark.gui

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"


def _seed(tmp_path: Path) -> Path:
    target = tmp_path / "article.txt"
    shutil.copyfile(sorted(SEEDS.glob("*.txt"))[0], target)
    return target


def _wait_loaded(curate, qtbot) -> None:
    qtbot.waitUntil(lambda: curate.is_loaded and not curate.loading, timeout=10_000)


def _select_rows(panel, rows: list[int]) -> None:
    panel.table.clearSelection()
    selection = panel.table.selectionModel()
    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    for row in rows:
        selection.select(panel.proxy.index(row, 0), flags)
    panel.table.setCurrentIndex(panel.proxy.index(rows[0], 0))


def test_review_queue_accept_edit_reject(window, qtbot, tmp_path: Path) -> None:
    mode = window.editor_mode
    curate = mode.curate
    mode.import_articles([str(_seed(tmp_path))])
    qtbot.waitUntil(lambda: bool(curate.last_import), timeout=15_000)
    _wait_loaded(curate, qtbot)
    review = curate.review
    assert mode.tabs.currentWidget() is curate and curate.tabs.currentWidget() is review
    drafts = review.model.facts()
    assert len(drafts) == len(curate.last_import[0].candidates) > 5

    window.resize(1440, 900)
    _select_rows(review, [0])

    # Accept three with the keyboard shortcut A.
    review.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    accepted = [review.model.fact_at(r).uuid for r in (0, 1, 2)]
    review.select_uuids(accepted)
    review.table.setFocus()
    assert [f.uuid for f in review.selected()] == accepted
    assert review.accept_action.isEnabled()
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    services = window.services
    qtbot.waitUntil(
        lambda: all(services.fact(u).status == "approved" for u in accepted), timeout=10_000
    )
    qtbot.waitUntil(
        lambda: not set(accepted) & {f.uuid for f in review.model.facts()}, timeout=10_000
    )

    # Edit one: change its English statement in the fact editor.
    edited = review.model.fact_at(0)
    review.select_uuids([edited.uuid])
    editor = review.edit_selected()
    assert editor is not None
    assert editor.quote.toPlainText() == edited.citations[0].quote
    assert editor.quote.isReadOnly()
    editor.statement_en.setPlainText("Edited in the fact editor.")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(
            editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert services.fact(edited.uuid).statement_en == "Edited in the fact editor."
    assert services.fact(edited.uuid).revision == edited.revision + 1
    qtbot.waitUntil(
        lambda: (
            review.model.row_of(edited.uuid) >= 0
            and review.model.fact_at(review.model.row_of(edited.uuid)).revision > edited.revision
        ),
        timeout=10_000,
    )

    # Reject one, with a reason.
    rejected = review.model.fact_at(1)
    review.select_uuids([rejected.uuid])
    review.reject_selected("duplicate of an approved fact")
    qtbot.waitUntil(lambda: services.fact(rejected.uuid).status == "retired", timeout=10_000)

    history = services.fact_history(rejected.uuid)
    reject = [row for row in history if row["action"] == "reject"][-1]
    assert json.loads(reject["details"]) == {"reason": "duplicate of an approved fact"}
    assert reject["actor"] and reject["at"]
    for uuid in accepted:
        assert "accept" in [row["action"] for row in services.fact_history(uuid)]
    assert "update" in [row["action"] for row in services.fact_history(edited.uuid)]
    assert services.fact(edited.uuid).status == "draft"

    # The accepted facts are in the officer's fact browser, with their citations.
    first = services.fact(accepted[0])
    mode.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.pair_combo.findData(first.pair) >= 0, timeout=10_000)
    window.pair_combo.setCurrentIndex(window.pair_combo.findData(first.pair))
    words = " ".join(first.statement_vi.split()[:6])
    window.browser.query.setText(words)
    window.browser.search_now()
    qtbot.waitUntil(
        lambda: (
            window.browser.last_result is not None
            and first.uuid in {f.uuid for f in window.browser.last_result.facts}
        ),
        timeout=10_000,
    )
    shown = next(f for f in window.browser.last_result.facts if f.uuid == first.uuid)
    assert shown.citations and shown.citations[0].quote == first.citations[0].quote


def test_new_fact_from_selection(window, qtbot, tmp_path: Path) -> None:
    services = window.services
    report = services.import_files([_seed(tmp_path)])[0]
    mode = window.editor_mode
    curate = mode.show_curate(mode.curate.sources_view)
    _wait_loaded(curate, qtbot)
    view = curate.sources_view
    assert view.show_source(report.source.id)
    body = view.source.body
    assert view.body.toPlainText() == body
    start = body.find("Ngày 25/3/1971")
    end = body.find(".", start) + 1
    view.select_text(start, end)
    assert view.new_fact_button.isEnabled()
    before = {f.uuid for f in services.review_queue()}
    qtbot.mouseClick(view.new_fact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: curate.editor is not None, timeout=10_000)
    created = [f for f in services.review_queue() if f.uuid not in before]
    assert len(created) == 1
    fact = created[0]
    assert fact.citations[0].quote == body[start:end]
    assert curate.editor.quote.toPlainText() == body[start:end]
    assert fact.kind == "event" and fact.pair == "VN-CL"

    view.noise_button.click()
    qtbot.waitUntil(lambda: view.noise.rowCount() > 0, timeout=10_000)
    reasons = {view.noise.item(r, 1).text() for r in range(view.noise.rowCount())}
    assert "media player" in reasons
    curate.editor.reject()


def _conflicting_twin(services):
    from briefer.store.facts import insert_fact

    in_brief = {u for i in services.assemble("VN-PE").items() for u in i.cited_fact_uuids()}
    base = next(
        f
        for f in services.facts("VN-PE", status="approved")
        if f.uuid in in_brief and f.metric == "trade.total" and f.rank == "normal"
    )
    twin = replace(
        base,
        id=None,
        uuid="22222222-2222-4222-8222-222222222222",
        value=(base.value or 1) * 2,
        statement_vi=base.statement_vi + " (nguồn khác)",
        revision=1,
    )
    cite = base.citations[0]
    db = services.db()
    with db.atomic():
        insert_fact(db, twin, [(cite.source_id, cite.quote, cite.start)])
    return base, twin


def test_conflicts_view_prefer_clears_the_warning(window, qtbot) -> None:
    services = window.services
    base, twin = _conflicting_twin(services)
    pair = {base.uuid, twin.uuid}

    brief = new_brief(window, qtbot, "VN-PE")
    assert any(w.code == "conflict" and w.fact_uuid in pair for w in window.session.warnings)
    assert brief is not None

    mode = window.editor_mode
    curate = mode.show_curate(mode.curate.conflicts_view)
    _wait_loaded(curate, qtbot)
    view = curate.conflicts_view
    shown = {f.uuid for f in view.model.facts()}
    assert pair <= shown
    view.select_uuids([twin.uuid])
    assert view.prefer_action.isEnabled()
    qtbot.mouseClick(
        next(
            b
            for b in view.findChildren(type(curate.sources_view.noise_button))
            if b.text() == view.prefer_action.text()
        ),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: services.fact(twin.uuid).rank == "preferred", timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            view.model.row_of(twin.uuid) >= 0
            and view.model.fact_at(view.model.row_of(twin.uuid)).rank == "preferred"
        ),
        timeout=10_000,
    )

    mode.tabs.setCurrentIndex(0)
    new_brief(window, qtbot, "VN-PE")
    assert not any(w.code == "conflict" and w.fact_uuid in pair for w in window.session.warnings)
