"""The fact browser's search: filters narrow the search itself; a quote match shows its fact."""

from __future__ import annotations

import pytest

from briefer.domain.rules import reference_end
from briefer.text.fold import tokens
from briefer.ui.fact_browser import BrowserFilters, run_search
from briefer.ui.models.roles import OBJECT_ROLE
from tests.gui.helpers import new_brief

pytestmark = pytest.mark.gui


def _search(window, qtbot, text: str) -> None:
    window.browser.query.clear()
    window.browser.query.setText(text)
    window.browser.search_now()
    qtbot.waitUntil(
        lambda: window.browser.last_result is not None and window.browser.last_result.query == text,
        timeout=30_000,
    )


def _shown(browser) -> list:
    return [browser.proxy.index(r, 0).data(OBJECT_ROLE) for r in range(browser.proxy.rowCount())]


def test_topic_and_year_filters_narrow_the_search_not_just_the_page(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE")
    browser = window.browser
    browser.topic.setCurrentIndex(browser.topic.findData("visits"))
    browser.since.setValue(2016)
    _search(window, qtbot, "Peru")
    qtbot.waitUntil(lambda: browser.last_result.facts != [], timeout=30_000)
    facts = browser.last_result.facts
    # What the search returned is already filtered (a limit can no longer hide matches).
    assert facts and all(f.topic == "visits" for f in facts)
    assert all(reference_end(f).year >= 2016 for f in facts)
    assert all(f.pair == "VN-PE" for f in facts)
    assert len(_shown(browser)) == len(facts)
    expected = run_search(
        window.services, "Peru", "VN-PE", "vi",
        BrowserFilters(topic="visits", status="approved", since_year=2016),
    )  # fmt: skip
    assert [f.uuid for f in facts] == [f.uuid for f in expected.facts]


def test_changing_a_filter_searches_again(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE")
    browser = window.browser
    _search(window, qtbot, "Viet Nam")
    everything = list(browser.last_result.facts)
    first = browser.last_result
    browser.kind.setCurrentIndex(browser.kind.findData("figure"))
    qtbot.waitUntil(lambda: browser.last_result is not first, timeout=30_000)
    figures = browser.last_result.facts
    assert figures and all(f.kind == "figure" for f in figures)
    assert len(figures) < len(everything)
    # The sources tab still lists passages: a source has no fact kind.
    assert browser.hits.rowCount() >= 1


def test_every_word_of_the_query_is_in_what_the_browser_shows(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE")
    browser = window.browser
    _search(window, qtbot, "Doan dai bieu")
    for row in range(browser.hits.rowCount()):
        hit = browser.hits.hit_at(row)
        assert {"doan", "dai"} <= set(tokens(hit.snippet)), hit.snippet
    for fact in browser.last_result.facts:
        hit = browser.last_result.hits[fact.uuid]
        assert {"doan", "dai"} <= set(tokens(hit.snippet)), hit.snippet


def test_choosing_a_source_passage_shows_it_lit_in_the_source_pane(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE")
    browser = window.browser
    _search(window, qtbot, "Doan dai bieu")
    rows = [
        r for r in range(browser.hits.rowCount()) if browser.hits.hit_at(r).field == "body"
    ]  # fmt: skip
    assert rows
    hit = browser.hits.hit_at(rows[0])
    browser.tabs.setCurrentIndex(1)
    browser.source_table.selectRow(rows[0])
    pane = window.source_pane
    qtbot.waitUntil(lambda: pane.source is not None and pane.source.id == hit.id, timeout=30_000)
    lit = pane.highlighted_text()
    assert lit == pane.source.body[hit.passage_start : hit.passage_end]
    assert {"doan", "dai", "bieu"} <= set(tokens(lit))


def test_the_sources_tab_counts_passages_only_when_words_were_searched(window, qtbot) -> None:
    new_brief(window, qtbot, "VN-PE")
    browser = window.browser
    _search(window, qtbot, "Doan dai bieu")
    assert browser.tabs.tabText(1) == f"Sources ({browser.hits.rowCount()})"
    _search(window, qtbot, "")
    # Nothing was asked of the passages: no "(0)" that would read as "no sources".
    assert browser.tabs.tabText(1) == "Sources"
