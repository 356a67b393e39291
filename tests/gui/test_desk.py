"""The editor's desk: the review pane beside the queue, duplicates, undo, the keyboard walk."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

pytestmark = pytest.mark.gui

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"


def _seed(prefix: str) -> Path:
    [seed] = [p for p in SEEDS.glob("*.txt") if p.name.startswith(prefix)]
    return seed


def _copy(tmp_path: Path, prefixes: tuple[str, ...]) -> list[str]:
    paths = []
    for prefix in prefixes:
        target = tmp_path / f"article-{prefix}.txt"
        shutil.copyfile(_seed(prefix), target)
        paths.append(str(target))
    return paths


def _retold(tmp_path: Path, prefix: str = "001_") -> list[str]:
    """The article as another outlet reprints it: no link back, its second paragraph cut.
    Not the same document (the importer may refuse an exact copy), the same facts."""
    paragraphs = _seed(prefix).read_text(encoding="utf-8").split("\n\n")
    kept = [p for i, p in enumerate(paragraphs) if i != 2 and "http" not in p]
    target = tmp_path / f"reprint-{prefix}.txt"
    target.write_text("\n\n".join(kept), encoding="utf-8")
    return [str(target)]


@pytest.fixture
def fresh_window(make_window, tmp_path: Path):
    """A window on an empty store: every imported draft is new to it."""
    from briefer.services import init_store

    store = tmp_path / "fresh.sqlite"
    init_store(store)
    return make_window("en", store)


def _open_desk(window, qtbot, paths: list[str]):
    mode = window.editor_mode
    curate = mode.curate
    mode.import_articles(paths)
    qtbot.waitUntil(lambda: bool(curate.last_import), timeout=20_000)
    qtbot.waitUntil(lambda: curate.is_loaded and not curate.loading, timeout=20_000)
    return curate, curate.review


def _open(review, qtbot, uuid: str) -> None:
    review.select_uuids([uuid])
    row = review.model.row_of(uuid)
    review._current(review.proxy.mapFromSource(review.model.index(row, 0)))
    qtbot.waitUntil(
        lambda: review.pane.item is not None and review.pane.item.fact.uuid == uuid,
        timeout=10_000,
    )


def _settled(curate) -> bool:
    return curate.is_loaded and not curate.loading and not curate.runner.busy


def test_pane_highlights_the_quote_and_previews_the_brief(window, qtbot, tmp_path) -> None:
    curate, review = _open_desk(window, qtbot, _retold(tmp_path))
    services = window.services
    figure = next(
        f for f in review.model.facts() if f.kind == "figure" and f.period and f.unit != "rank"
    )
    _open(review, qtbot, figure.uuid)
    pane = review.pane
    cite = figure.citations[0]
    source = services.source(cite.source_id)

    # The quote is highlighted inside its paragraph, not shown alone.
    paragraph = pane.paragraph.toPlainText()
    assert pane.highlighted_text() == cite.quote
    assert cite.quote in paragraph and len(paragraph) > len(cite.quote)
    assert paragraph in source.body.split("\n")
    assert figure.period[:4] in pane.preview_vi.text()

    # Editing the period changes the sentence a brief would print.
    before = pane.preview_vi.text()
    pane.period.setText("2019")
    assert "2019" in pane.preview_vi.text() and pane.preview_vi.text() != before
    # English: the suggestion is built from the fields (as edited); Enter takes it.
    assert pane.suggestion_text.startswith("Two-way trade") and "2019" in pane.suggestion_text
    pane.statement_en.setFocus()
    qtbot.keyClick(pane.statement_en, Qt.Key.Key_Return)
    assert pane.statement_en.toPlainText() == pane.suggestion_text
    assert "2019" in pane.preview_en.text() and figure.period[:4] not in pane.preview_en.text()
    # A visit's direction is its metric.
    pane.direction.setCurrentIndex(pane.direction.findData("inbound"))
    assert (
        pane.metric_edit.text() == "visit.inbound" and pane.edited_fact().metric == "visit.inbound"
    )
    pane.direction.setCurrentIndex(0)
    assert pane.edited_fact().metric == ""
    # The quote itself is read-only and unchanged by any edit.
    assert pane.paragraph.isReadOnly() and pane.highlighted_text() == cite.quote

    # One click to the whole source, with the quote selected there.
    qtbot.mouseClick(pane.source_button, Qt.MouseButton.LeftButton)
    assert curate.tabs.currentWidget() is curate.sources_view
    assert curate.sources_view.body.textCursor().selectedText() == cite.quote


def test_reprinted_article_shows_duplicates_and_second_source_undo(window, qtbot, tmp_path) -> None:
    curate, review = _open_desk(window, qtbot, _retold(tmp_path))
    services = window.services
    items = [review.model.item_at(r) for r in range(review.model.rowCount())]
    flagged = [i for i in items if i.duplicates]
    # An article whose facts the demo pack already holds: its drafts are marked, not new.
    assert len(flagged) >= 0.8 * len(items)
    marks = [
        review.model.index(review.model.row_of(i.fact.uuid), review.model.COL_MATCH).data()
        for i in flagged
    ]
    assert all(m.startswith("Duplicate of") for m in marks)

    item = next(i for i in flagged if len(i.duplicates[0].fact.citations) == 1)
    draft, approved = item.fact, item.duplicates[0].fact
    approved_before = len(services.facts(status="approved"))
    _open(review, qtbot, draft.uuid)
    pane = review.pane
    pane.matches.setCurrentRow(0)
    assert pane.current_match().fact.uuid == approved.uuid
    assert pane.second_source.isEnabled()
    qtbot.mouseClick(pane.second_source, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.fact(draft.uuid).status == "retired", timeout=10_000)
    qtbot.waitUntil(
        lambda: _settled(curate) and review.model.row_of(draft.uuid) < 0, timeout=10_000
    )

    after = services.fact(approved.uuid)
    assert after.status == "approved" and len(after.citations) == 2
    assert {c.quote for c in after.citations} == {
        approved.citations[0].quote,
        draft.citations[0].quote,
    }
    assert len(services.facts(status="approved")) == approved_before  # one fact, not two

    # Undo (U in the queue) restores the draft and takes the citation back.
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: services.fact(draft.uuid).status == "draft", timeout=10_000)
    qtbot.waitUntil(
        lambda: _settled(curate) and review.model.row_of(draft.uuid) >= 0, timeout=10_000
    )
    assert len(services.fact(approved.uuid).citations) == 1
    assert review.pane.item.fact.uuid == draft.uuid  # the undone draft is open again


def test_conflicting_figure_opens_the_conflict_view(window, qtbot, tmp_path) -> None:
    curate, review = _open_desk(window, qtbot, _retold(tmp_path))
    figure = next(
        f for f in review.model.facts() if f.kind == "figure" and f.metric == "trade.total"
    )
    _open(review, qtbot, figure.uuid)
    pane = review.pane
    pane.value.setText(str(int((figure.value or 1) * 3)))  # the editor reads another figure
    services = window.services
    services.save_fact(pane.edited_fact())
    curate.refresh()
    qtbot.waitUntil(lambda: _settled(curate), timeout=10_000)
    _open(review, qtbot, figure.uuid)
    assert review.pane.item.conflicts
    assert not review.pane.conflict_button.isHidden()
    qtbot.mouseClick(review.pane.conflict_button, Qt.MouseButton.LeftButton)
    assert curate.tabs.currentWidget() is curate.conflicts_view
    assert [f.uuid for f in curate.conflicts_view.selected()] == [figure.uuid]
    other = review.pane.item.conflicts[0].fact

    # Accepting the disagreeing figure anyway: the conflict view opens, reloaded, with both.
    curate.tabs.setCurrentWidget(review)
    _open(review, qtbot, figure.uuid)
    review.pane.focus_statement()
    qtbot.keyClick(review.pane.statement_vi, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.fact(figure.uuid).status == "approved", timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            curate.tabs.currentWidget() is curate.conflicts_view
            and _settled(curate)
            and {figure.uuid, other.uuid} <= {f.uuid for f in curate.conflicts_view.model.facts()}
        ),
        timeout=10_000,
    )


def _no_dialog() -> bool:
    return QApplication.activeModalWidget() is None and not any(
        isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_fifty_drafts_from_the_keyboard(fresh_window, qtbot, tmp_path) -> None:
    """A timed walk: 50 drafts reviewed with keys only, no mouse, no dialog per draft."""
    window = fresh_window
    curate, review = _open_desk(window, qtbot, _copy(tmp_path, ("000_", "001_", "002_")))
    services = window.services
    assert review.model.rowCount() >= 50
    window.activateWindow()
    first = review.model.fact_at(0).uuid
    _open(review, qtbot, first)
    review.pane.focus_statement()
    qtbot.waitUntil(review.pane.statement_vi.hasFocus, timeout=10_000)

    decided: dict[str, str] = {}
    started = time.perf_counter()
    for step in range(50):
        pane = review.pane
        current = pane.item.fact.uuid
        focus = QApplication.focusWidget()
        assert focus is pane.statement_vi, f"draft {step}: focus on {focus!r}"
        if step % 10 == 9:
            # Every tenth: a rejection, without a dialog.
            qtbot.keyClick(focus, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
            decided[current] = "retired"
        else:
            qtbot.keyClick(focus, Qt.Key.Key_Return)  # take the English suggestion
            qtbot.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            decided[current] = "approved"
        assert _no_dialog()
        qtbot.waitUntil(
            lambda c=current: (
                _settled(curate)
                and review.pane.item is not None
                and review.pane.item.fact.uuid != c
                and review.pane.statement_vi.hasFocus()
            ),
            timeout=10_000,
        )
    elapsed = time.perf_counter() - started
    print(f"\nkeyboard walk: 50 drafts in {elapsed:.2f} s ({elapsed / 50 * 1000:.0f} ms each)")

    statuses = {uuid: services.fact(uuid).status for uuid in decided}
    assert statuses == decided
    rejected = [u for u, s in decided.items() if s == "retired"]
    assert len(rejected) == 5
    assert all("reject" in [row["action"] for row in services.fact_history(u)] for u in rejected)
    # Taken English suggestions were saved with the approval.
    approved = [services.fact(u) for u, s in decided.items() if s == "approved"]
    assert any(f.statement_en for f in approved)
    assert len(curate.decisions) == 50

    # Undo the last two decisions from the pane (Ctrl+U), newest first.
    last_two = list(decided)[-2:]
    for uuid in reversed(last_two):
        qtbot.keyClick(review.pane.statement_vi, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda u=uuid: services.fact(u).status == "draft", timeout=10_000)
        qtbot.waitUntil(lambda: _settled(curate), timeout=10_000)
    assert len(curate.decisions) == 48
    assert elapsed < 120  # generous on a shared 2-core machine; the figure is printed


def test_edits_survive_moving_away_and_back(fresh_window, qtbot, tmp_path) -> None:
    window = fresh_window
    _curate, review = _open_desk(window, qtbot, _copy(tmp_path, ("001_",)))
    first = review.model.fact_at(0)
    _open(review, qtbot, first.uuid)
    pane = review.pane
    pane.statement_vi.setPlainText("Câu đã sửa, chưa lưu.")
    pane.period.setText("2021")
    pane.focus_statement()
    qtbot.keyClick(pane.statement_vi, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.item.fact.uuid != first.uuid, timeout=10_000)
    qtbot.keyClick(pane.statement_vi, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.item.fact.uuid == first.uuid, timeout=10_000)
    assert pane.statement_vi.toPlainText() == "Câu đã sửa, chưa lưu."
    assert pane.period.text() == "2021"
    assert window.services.fact(first.uuid).period == first.period  # not saved yet
    qtbot.keyClick(pane.statement_vi, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    services = window.services
    qtbot.waitUntil(lambda: services.fact(first.uuid).status == "approved", timeout=10_000)
    saved = services.fact(first.uuid)
    assert (saved.statement_vi, saved.period) == ("Câu đã sửa, chưa lưu.", "2021")
    assert saved.citations[0].quote == first.citations[0].quote  # the quote never changes


def test_bulk_accept_and_filters(fresh_window, qtbot, tmp_path) -> None:
    window = fresh_window
    curate, review = _open_desk(window, qtbot, _copy(tmp_path, ("001_",)))
    total = review.model.rowCount()
    review.confidence_filter.setCurrentIndex(review.confidence_filter.findData("high"))
    high = review.model.rowCount()
    assert 0 < high < total
    assert all(review.model.item_at(r).proposal.band == "high" for r in range(high))
    review.confidence_filter.setCurrentIndex(0)
    review.topic_filter.setCurrentIndex(review.topic_filter.findData("visits"))
    assert all(f.topic == "visits" for f in review.model.facts())
    review.topic_filter.setCurrentIndex(0)
    assert review.source_filter.count() == 2  # all, and the imported article
    assert review.source_filter.itemText(1).endswith(f"— {total} of {total} drafts left")

    # Bulk accept: select three, press A once; one decision, undone at once.
    uuids = [review.model.fact_at(r).uuid for r in range(3)]
    review.select_uuids(uuids)
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    services = window.services
    qtbot.waitUntil(
        lambda: all(services.fact(u).status == "approved" for u in uuids), timeout=10_000
    )
    qtbot.waitUntil(lambda: _settled(curate), timeout=10_000)
    assert review.model.rowCount() == total - 3
    assert len(curate.decisions) == 1
    assert review.source_filter.itemText(1).endswith(f"— {total - 3} of {total} drafts left")
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: all(services.fact(u).status == "draft" for u in uuids), timeout=10_000)
    qtbot.waitUntil(lambda: _settled(curate) and review.model.rowCount() == total, timeout=10_000)

    # R rejects with the reason typed in the pane, no dialog.
    review.select_uuids(uuids[2:3])
    qtbot.keyClicks(review.pane.reason, "off topic")
    qtbot.keyClick(review.table, Qt.Key.Key_R)
    assert _no_dialog()
    qtbot.waitUntil(lambda: services.fact(uuids[2]).status == "retired", timeout=10_000)
    rows = services.fact_history(uuids[2])
    assert any('"off topic"' in row["details"] for row in rows if row["action"] == "reject")
    qtbot.waitUntil(lambda: _settled(curate), timeout=10_000)

    # Approved without English: counted in the status bar.
    review.select_uuids(uuids[:1])
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    label = window.editor_mode.missing_translations
    qtbot.waitUntil(lambda: label.isVisible() and label.text().startswith("1 "), timeout=10_000)


def test_status_bar_counts_facts_without_english_from_the_start(
    make_window, qtbot, demo_store
) -> None:
    from dataclasses import replace

    from briefer.services import Services

    services = Services(demo_store)
    fact = services.facts("VN-CL", status="approved")[0]
    services.save_fact(replace(fact, statement_en=""))
    services.close()
    window = make_window("en", demo_store)  # the Curate tab is never opened
    label = window.editor_mode.missing_translations
    qtbot.waitUntil(
        lambda: label.isVisible() and label.text() == "1 approved fact without English",
        timeout=10_000,
    )


def test_status_bar_counts_facts_still_in_their_english_source_s_words(
    make_window, qtbot, demo_store, tmp_path
) -> None:
    from briefer.services import Services

    services = Services(demo_store)
    article = tmp_path / "vna-en.txt"
    article.write_text(
        "Viet Nam, Chile sign trade deal\n\nSantiago (VNA) - Two-way trade between Viet Nam "
        "and Chile reached US$1.9 billion in 2024, up 12 per cent on the year before.\n",
        encoding="utf-8",
    )
    services.import_files([article])
    drafts = [i.fact for i in services.desk_queue() if "US$" in i.fact.statement_vi]
    services.desk_accept(drafts[:1])  # (the sentence gives two: the value and the growth)
    services.close()
    window = make_window("vi", demo_store)
    label = window.editor_mode.missing_translations
    qtbot.waitUntil(
        lambda: label.isVisible() and label.text() == "1 dữ kiện đã duyệt chưa có tiếng Việt",
        timeout=10_000,
    )
    assert "Sửa dữ kiện" in label.toolTip()
