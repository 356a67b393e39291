"""r91: a dek under a printed headline over its byline is text; a place, a brand is no
author and a desk's "<Outlet> report" is; a span of days is no stamp; a head row's
"Ngày <day>" cell dates the article over a journal's acceptance day."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.blocks import mark_head_labels
from briefer.ingest.deskcredit import desk_report
from briefer.ingest.found import Line
from briefer.ingest.pageauthor import page_author
from briefer.ingest.placename import is_place
from briefer.ingest.stampcells import head_cell_day
from briefer.ingest.stamplines import timestamp
from briefer.ingest.writerchoice import choose_author

_TITLE = "Chile and Vietnam agree to double copper trade by 2030"
_LEAD = (
    "Chile's foreign minister and his Vietnamese counterpart agreed on Tuesday to double"
    " two-way trade to US$4 billion by 2030."
)


def _head(second: str, below: Line) -> list[Line]:
    return [Line(_TITLE, reason="title", large=True), Line(second), below, Line(_LEAD)]


def test_dek_over_the_byline_stays_text() -> None:
    dek = "Ministers meet in Santiago, sign accords on lithium and fruit exports"
    lines = _head(dek, Line("By Camila Rojas", reason="byline"))
    mark_head_labels(lines, _TITLE)
    assert lines[1].kept


def test_dek_over_a_bare_stamp_row_stays_head() -> None:
    dek = "Ministers meet in Santiago, sign accords on lithium and fruit exports"
    lines = _head(dek, Line("Posted: 04/03/2026 - 10:20", reason="timestamp"))
    mark_head_labels(lines, _TITLE)
    assert lines[1].reason == "page furniture"


def test_a_caption_over_the_byline_is_no_dek() -> None:
    caption = "Foreign Minister Alberto van Klaveren (R) and Bui Thanh Son in Santiago (Photo: VNA)"
    lines = _head(caption, Line("By Camila Rojas", reason="byline"))
    mark_head_labels(lines, _TITLE)
    assert not lines[1].kept


@pytest.mark.parametrize(
    ("cell", "outlet", "desk"),
    [("Lanka Tribune report", "Lanka Tribune", True),
     ("LANKA TRIBUNE REPORT", "Lanka Tribune", True), ("KT Report", "", True),
     ("Annual Report", "Lanka Tribune", False),
     ("Lanka trade report", "Lanka Tribune", False), ("Market Report", "", False)],
)  # fmt: skip
def test_desk_report(cell: str, outlet: str, desk: bool) -> None:
    assert desk_report(cell, outlet) is desk


def _page(row: str, masthead: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        f"<html><body><div id='top'>{masthead}</div><h1>{_TITLE}</h1>"
        f"<p class='meta'>{row}</p><p>{_LEAD}</p></body></html>"
    )


def test_desk_report_beside_the_day_is_the_author() -> None:
    root = _page("March 4, 2026 | Lanka Tribune report", "Lanka Tribune")
    assert page_author(root) == "Lanka Tribune report"


def test_report_the_page_does_not_sign_is_no_author() -> None:
    # (a desk's credit whose name the page never shows as its own: no credit)
    assert page_author(_page("March 4, 2026 | Colombo Daily report", "Lanka Tribune")) == ""


@pytest.mark.parametrize(
    ("name", "place"),
    [("Lima", True), ("Hanoi", True), ("Hà Nội", True), ("Peru", True), ("Thái Lan", True),
     ("Lima Barros", False), ("Nguyễn Hà Nội Anh", False), ("Thai Binh", False)],
)  # fmt: skip
def test_is_place(name: str, place: bool) -> None:
    assert is_place(name) is place


def test_a_place_in_the_authors_slot_is_no_author() -> None:
    assert choose_author("", "Lima") == ""
    assert choose_author("Đà Nẵng", "") == ""
    assert choose_author("", "Lima Barros") == "Lima Barros"


def test_a_brand_gives_way_to_the_bylines_person() -> None:
    assert choose_author("Somchai Rattanakul", "NBT World News") == "Somchai Rattanakul"
    # (two persons: the markup's declared writer stands, as before)
    assert choose_author("Somchai Rattanakul", "Anong Srisuk") == "Anong Srisuk"
    # (a surname in capitals is no outlet's initials)
    assert choose_author("Somchai Rattanakul", "Jean DUPONT") == "Jean DUPONT"


def test_a_span_of_days_is_no_stamp() -> None:
    assert timestamp("12-15/10/2025") == ("", "")
    assert timestamp("3–6 March 2026") == ("", "")
    assert timestamp("15/10/2025") == ("timestamp", "2025-10-15")


def test_head_row_day_cell() -> None:
    assert head_cell_day("Kinh tế - Hội nhập | Ngày 03/10/2025") == "2025-10-03"
    # (a site's top bar with the weekday: the day it was viewed, no stamp)
    assert head_cell_day("Thứ Sáu, ngày 03/10/2025 | Đăng nhập") == ""


_BULLETIN = """BỘ CÔNG THƯƠNG - VỤ THỊ TRƯỜNG CHÂU Á
BẢN TIN THỊ TRƯỜNG NAM Á
{issue}

Sri Lanka: cơ hội cho chè và dệt may Việt Nam

Trong 9 tháng đầu năm 2025, kim ngạch thương mại Việt Nam - Sri Lanka đạt 312 triệu USD,
tăng 11% so với cùng kỳ.

Sri Lanka hiện nhập khẩu chủ yếu vải, xơ sợi và máy móc từ Việt Nam.

Sự kiện sắp tới
Hội chợ quốc tế Colombo,
12-15/10/2025
"""


@pytest.mark.parametrize(
    ("issue", "date"),
    [("Số 10 – Tháng 10/2025", "2025-10"), ("Số 10 – Phát hành ngày 20/10/2025", "2025-10-20")],
)
def test_a_bulletin_is_dated_by_its_issue_not_an_events_days(
    tmp_path: Path, issue: str, date: str
) -> None:
    path = tmp_path / "bantin.txt"
    path.write_text(_BULLETIN.format(issue=issue), encoding="utf-8")
    assert analyse(path).metadata.published_on == date


def test_a_plain_texts_line_under_its_title_stays_head() -> None:
    # (no type sizes: the older keys take a stop-less line there for the page's head)
    dek = "Ministers meet in Santiago, sign accords on lithium and fruit exports"
    lines = [Line(_TITLE, reason="title"), Line(dek), Line("By Camila Rojas", reason="byline")]
    lines.append(Line(_LEAD))
    mark_head_labels(lines, _TITLE)
    assert lines[1].reason == "page furniture"
