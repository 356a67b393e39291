"""Round r65 (authors): a language switch with a tongue the printer could not draw is no
byline; "Name - Outlet reporter" under a headline; a
"Written by X" cell in a row of the post's facts; co-writers before a stamp that opens on its
weekday; a declared agency's initials give way to the writer the page names."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.notwriters import language_row
from briefer.ingest.pageauthor import page_author
from briefer.ingest.paperhead import byline_cells
from briefer.ingest.postbylines import post_writer
from briefer.ingest.stampbylines import stamped_writer

_BODY = (
    "<p>Vietnam and Kenya agreed on Monday to widen trade in coffee, tea and avocados, the "
    "ministry said after talks in the capital between the two delegations.</p>"
    "<p>Two-way trade reached 310 million US dollars in 2025, up 14 percent on the year "
    "before, according to figures released by the trade ministry.</p>"
)


def _page(head: str, rows: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<h1>Vietnam and Kenya agree to widen farm trade</h1>{rows}{_BODY}</body></html>"
    )


def test_a_language_switch_with_an_undrawn_tongue_is_still_one() -> None:
    assert language_row("Tiếng Việt | English | \x00\x00\x00 | Español")
    assert language_row("Tiếng Việt | \ufffd\ufffd | Русский")
    assert not language_row("Trần Minh | \x00 | Lê Hoa")


def test_a_printed_language_switch_is_no_byline_row() -> None:
    text = "HARBOUR NEWS\n\nTiếng Việt | English | \x00\x00 | Español\n\nA headline here\n"
    assert byline_cells(text) == ("", "")


def test_name_then_outlet_post_after_a_dash_is_the_writer() -> None:
    text = (
        "Economy\n\nVietnam opens its market to Chilean cherries\n\n"
        "Ana Lucía Moreno Paz - Rádio Central reporter\n\nPublished on 3/3/2026 - 10:15\n"
    )
    assert post_writer(text) == "Ana Lucía Moreno Paz"


def test_a_written_by_cell_in_a_row_of_facts_names_the_writer() -> None:
    root = lxml.html.fromstring(
        _page(
            "<meta name='author' content='ANP'>",
            "<div class='entry-meta'>March 12, 2026 | Trade | Written by Grace Achieng</div>",
        )
    )
    assert page_author(root) == "Grace Achieng"


def test_declared_initials_stand_when_the_page_names_no_writer() -> None:
    root = lxml.html.fromstring(_page("<meta name='author' content='ANP'>", ""))
    assert page_author(root) == "ANP"


def test_co_writers_before_a_stamp_opening_on_its_weekday() -> None:
    assert stamped_writer("Hoàng Nam - Lệ Thu Thứ Ba, 10/3/2026 08:40") == "Hoàng Nam - Lệ Thu"
    root = lxml.html.fromstring(
        _page(
            "",
            "<div class='post-info'>Hoàng Nam - Lệ Thu <span>Thứ Ba, 10/3/2026 08:40</span></div>",
        )
    )
    assert page_author(root) == "Hoàng Nam - Lệ Thu"


def test_pasted_row_of_facts_with_a_written_by_cell(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    page = tmp_path / "farm-trade.txt"
    page.write_text(
        "HARBOUR NEWS AGENCY\n\nHome | Politics | Business | Sports\n\n"
        "March 12, 2026 | Trade | Written by Grace Achieng\n\n"
        "Vietnam and Kenya agree to widen farm trade\n\n"
        "Vietnam and Kenya agreed on Monday to widen trade in coffee, tea and avocados, the "
        "ministry said after talks in the capital between the two delegations.\n\n"
        "Two-way trade reached 310 million US dollars in 2025, up 14 percent on the year "
        "before, according to figures released by the trade ministry.\n",
        encoding="utf-8",
    )
    assert analyse(page).metadata.author == "Grace Achieng"
