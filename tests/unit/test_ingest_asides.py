"""A saved page's template boxes among and under the article's paragraphs go by where they
sit, whatever their class and words say (none of the wording below is in any rule); the
article's own blocks (bare paragraphs, tables, lists, a lead) and the boxes that name the
writer or date the page stay for the text's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefer.ingest.webpage import read_webpage
from tests.prose import AFTER, BEFORE, VI_AFTER, VI_BEFORE

_THIRD = (
    "The delegation also visited a seed research institute and a river port that handles "
    "most of the region's rice exports."
)


def _page(middle: str, foot: str = "", wrapper_foot: str = "") -> bytes:
    return f"""<html><head><title>Ministers review trade plan</title></head><body>
<article><h1>Ministers review trade plan</h1>
<div class="story-text">
<p>{BEFORE}</p>
{middle}
<p>{AFTER}</p>
<p>{_THIRD}</p>
{foot}
</div>
{wrapper_foot}
</article></body></html>""".encode()


def _text(data: bytes) -> str:
    return read_webpage(data, "page.html").text


def test_boxes_between_and_under_the_paragraphs_leave_whatever_their_words() -> None:
    boxes = {
        "middle": '<div class="zq-promo">Get the morning digest on your phone every day</div>',
        "foot": '<div class="k7"><b>Keep reading</b><p>Port fees to fall next quarter</p></div>',
        "wrapper": '<section class="ribbon">Filed under: Trade · Ports · Rice</section>',
    }
    text = _text(_page(boxes["middle"], boxes["foot"], boxes["wrapper"]))
    for gone in ("morning digest", "Keep reading", "Port fees", "Filed under"):
        assert gone not in text
    for kept in (BEFORE, AFTER, _THIRD):
        assert kept in text


def test_a_translators_line_in_a_box_of_its_own_leaves() -> None:
    text = _text(_page("", '<div class="xl-credit">English version by Mai Anh.</div>'))
    assert "English version" not in text and _THIRD in text


def test_paragraphs_written_as_bare_divs_stay() -> None:
    bare = f"<div>{VI_BEFORE}</div>"
    assert VI_BEFORE in _text(_page(bare))


def test_a_classed_box_that_holds_a_table_or_a_list_stays() -> None:
    table = (
        '<div class="tbl"><table><tr><td>Gạo</td><td>96,4</td></tr>'
        "<tr><td>Cà phê</td><td>41,2</td></tr></table></div>"
    )
    listed = '<div class="points"><ul><li>Open a trade office in 2026</li></ul></div>'
    text = _text(_page(table + listed))
    assert "96,4" in text and "Open a trade office" in text


def test_a_long_classed_block_is_a_section_of_the_article() -> None:
    section = f'<div class="chunk">{VI_AFTER} {VI_BEFORE} {VI_AFTER}</div>'
    assert VI_AFTER in _text(_page(section))


def test_a_box_above_the_first_paragraph_is_the_heads_business() -> None:
    page = _page("").replace(
        b'<div class="story-text">', b'<div class="story-text"><div class="kick">Economy</div>'
    )
    assert "Economy" in _text(page)  # (the head's rules decide on a kicker)


def test_a_box_that_names_the_writer_stays_for_the_byline_reader(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    page = tmp_path / "page.html"
    page.write_bytes(_page("", '<div class="zz-sign">Trần Minh Khoa</div>'))
    result = analyse(page)
    assert result.metadata.author == "Trần Minh Khoa"
    assert "Trần Minh Khoa" not in result.cleaned.body


def test_a_caption_set_with_its_picture_leaves_whatever_holds_it() -> None:
    holders = [
        '<div class="pp-9"><img src="a.jpg"><p>The two ministers at the port on Monday.</p></div>',
        '<p><img src="b.jpg"><br>Dockers unload the first rice shipment</p>',
        '<a href="/x"><img src="c.jpg"><span>Rice prices steady in the delta</span></a>',
    ]
    text = _text(_page("\n".join(holders)))
    for gone in ("ministers at the port", "Dockers unload", "Rice prices steady"):
        assert gone not in text
    assert BEFORE in text and AFTER in text


def test_a_lead_set_with_its_thumbnail_stays() -> None:
    lead = f'<div class="sapo"><img src="t.jpg">{VI_BEFORE}</div>'
    page = _page("").replace(
        b'<div class="story-text">', lead.encode() + b'<div class="story-text">'
    )
    assert VI_BEFORE in _text(page)


def test_a_gallery_of_thousands_of_pictures_is_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every picture looks for the block around it; a gallery set straight into the
    article's element must not flatten the whole article once per picture (3,000 pictures
    took 30 s that way). Work is counted as characters flattened, not as time."""
    from briefer.ingest import credits, pagetitle, webpage

    flattened = [0]

    def counting(node: Any) -> str:
        text = pagetitle.flat(node)
        flattened[0] += len(text)
        return text

    monkeypatch.setattr(webpage, "_flat", counting)
    monkeypatch.setattr(credits, "flat", counting)
    paragraphs = "".join(f"<p>{BEFORE} ({i})</p>" for i in range(200))
    pictures = "".join(f'<img src="p{i}.jpg">' for i in range(1000))
    page = f"<html><body><article><div>{paragraphs}{pictures}</div></article></body></html>"
    text = _text(page.encode())
    assert f"{BEFORE} (199)" in text
    assert flattened[0] < 20 * len(text)
