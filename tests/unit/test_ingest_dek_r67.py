"""A dek — the stop-less subtitle clause right under the headline — is article text in a
saved page (a short one, one over a date row, a lead set in a bare <div>) and on a printed
page whose dek is set small over a small byline row (r67)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.dekshape import dek_clause
from briefer.ingest.found import Line
from briefer.ingest.pagelead import page_lead
from briefer.ingest.smalllead import small_standfirst

_BODY = (
    "<p>Spain's trade minister on Monday opened a fair for Spanish food makers in Ho Chi Minh"
    " City, saying exports to Viet Nam rose 9% in 2024.</p>\n"
    "<p>More than 40 Spanish companies take part in the three-day fair.</p>\n"
)


def _paragraphs(tmp_path: Path, head: str) -> list[str]:
    # (the head stands outside the element that holds the body, as a CMS sets it)
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Spain courts'
        " Vietnamese food buyers</title></head><body><div id='content'>"
        f"{head}<div class='body'>{_BODY}</div></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return analyse(path).cleaned.paragraphs


def test_short_dek_over_a_date_row_is_the_page_lead() -> None:
    html = (
        "<html><body><div id='content'><h1>Spain courts Vietnamese food buyers</h1>"
        "<p class='kicker-sub'>Minister opens food fair in Saigon</p>"
        f"<div class='when'>3 March 2025, 10:15</div><div class='body'>{_BODY}</div>"
        "</div></body></html>"
    )
    root = lxml.html.fromstring(html)
    body = root.xpath("//div[@class='body']")[0]
    lead = page_lead(root, body, "Spain courts Vietnamese food buyers")
    assert lead == ["Minister opens food fair in Saigon"]


def test_lead_in_a_bare_div_under_the_headline_is_kept(tmp_path: Path) -> None:
    lead = "Sáng 3-3, Bộ trưởng Thương mại Tây Ban Nha khai mạc hội chợ thực phẩm tại TP HCM."
    head = f"<h2>Spain courts Vietnamese food buyers</h2><div class='tt'>{lead}</div>"
    assert lead in _paragraphs(tmp_path, head)


@pytest.mark.parametrize(
    "line",
    ["By our correspondent in Hanoi today", "Updated two hours ago from the wire",
     "Read in about 4 min of your time", "Trade | Asia | Europe | Americas | Africa",
     "Ecuador, Peru, Chile, Colombia, Bolivia"],
)  # fmt: skip
def test_byline_stamp_and_rows_are_no_dek(line: str) -> None:
    assert not dek_clause(line)


def test_small_dek_over_a_small_byline_row_is_the_standfirst() -> None:
    lines = [
        Line("Peru and Viet Nam sign a fisheries pact", reason="title"),
        Line("Exports of squid to the Asian country rose 14% last year", small=True),
        Line("Published 03/03/2025 - 10:15 By Ana Torres, Lima", small=True),
        Line(
            "Peru and Viet Nam signed a fisheries agreement in Lima on Monday, the fisheries"
            " ministry said in a statement."
        ),
    ]
    assert small_standfirst(lines) is lines[1]
