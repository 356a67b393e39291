"""A dek set as a heading (<h2>–<h4>) right under the article's <h1> is article text, in a
saved page whose headline stands outside the body's element, and in its pasted copy under a
kicker in capitals (r78). A feed's <h1> with its
tagline, a box's heading over its list and a headline in title case are no dek."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.blocks import mark_sidebars
from briefer.ingest.dekshape import dek_clause
from briefer.ingest.found import Line
from briefer.ingest.pagelead import page_lead

_TITLE = "Chile, Vietnam set $3B trade goal"
_DEK = "Foreign Minister Alberto van Klaveren receives Vietnamese deputy premier in Santiago"
_BODY = (
    "<p>Chile and Vietnam aim to lift bilateral trade to $3 billion by 2030, Chilean Foreign"
    " Minister Alberto van Klaveren said on Thursday after talks in Santiago.</p>\n"
    "<p>Copper, fruit and wine lead Chile's shipments, while Vietnam sells phones, shoes and"
    " seafood to the Andean country.</p>\n"
)


def _page(head: str) -> tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]:
    html = f"<html><body>{head}<div class='story-body'>{_BODY}</div></body></html>"
    root = lxml.html.fromstring(html)
    return root, root.xpath("//div[@class='story-body']")[0]


def test_a_heading_dek_under_the_headline_is_the_page_lead() -> None:
    for tag in ("h2", "h3", "h4"):
        root, body = _page(f"<h1>{_TITLE}</h1><{tag}>{_DEK}</{tag}>")
        assert page_lead(root, body, _TITLE) == [_DEK]


def test_a_feed_tagline_or_a_box_heading_is_no_dek() -> None:
    tagline = "Market news from Latin America and Africa for exporters and importers"
    root, body = _page(f"<h1>Southern Trade Review - Markets</h1><h2>{tagline}</h2>")
    assert page_lead(root, body, _TITLE) == []  # (the <h1> is no article's headline)
    box = "<h1>{}</h1><h3>More stories from our partners this week</h3><ul><li>X</li></ul>"
    root, body = _page(box.format(_TITLE))
    assert page_lead(root, body, _TITLE) == []


def test_names_may_fill_a_heading_dek_but_title_case_is_no_dek() -> None:
    assert dek_clause(_DEK, named=True)
    assert not dek_clause(_DEK)  # (a paragraph's dek keeps its stricter case test)
    assert not dek_clause("Why the Copper Deal Matters for the Andes and Its Miners", named=True)


def test_a_saved_page_keeps_the_dek_of_a_head_outside_the_body(tmp_path: Path) -> None:
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_TITLE}</title>"
        f"</head><body><div class='cat'>TRADE</div><h1>{_TITLE}</h1><h4>{_DEK}</h4>"
        f"<div class='story-body'>{_BODY}</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert _DEK in analyse(path).cleaned.paragraphs


def test_a_pasted_dek_under_a_kicker_stays() -> None:
    lines = [
        Line("TRADE"),
        Line(_TITLE),
        Line(_DEK),
        Line("SANTIAGO"),
        Line(
            "Chile and Vietnam aim to lift bilateral trade to $3 billion by 2030, the minister"
            " said on Thursday."
        ),
    ]
    mark_sidebars(lines)
    assert lines[2].kept and lines[1].kept
    # (a box in capitals over two headlines, and no dek, is still a box)
    box = [
        Line("MOST READ"),
        Line("Copper prices climb for a third day"),
        Line("Port strike delays fruit exports"),
        Line("Chile and Vietnam aim to lift bilateral trade to $3 billion by 2030, he said."),
    ]
    mark_sidebars(box)
    assert box[0].reason == "sidebar"
