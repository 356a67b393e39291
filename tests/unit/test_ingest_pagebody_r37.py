"""A saved page's body (r37): a box of key points by the lead is no lead; a long-form page's
short last chapter is the article's."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.webpage import read_webpage
from tests.prose import AFTER, BEFORE, VI_AFTER, VI_BEFORE

_THIRD = (
    "The delegation also visited a seed research institute and a river port that handles "
    "most of the region's rice exports."
)


def _read(body: str) -> str:
    page = f"""<html><head><title>Ministers review trade plan</title></head><body>
<h1>Ministers review trade plan</h1>
{body}
</body></html>""".encode()
    return read_webpage(page, "page.html").text


def test_a_key_points_box_by_the_lead_is_no_lead() -> None:
    text = _read(
        '<div class="quick-summary"><h4>Key points</h4><ul><li>Three new direct flights</li>'
        "<li>Scholarships to double by 2028</li></ul></div>"
        f'<div class="story"><p>{BEFORE}</p><p>{AFTER}</p><p>{_THIRD}</p></div>'
    )
    assert "Key points" not in text
    assert "Three new direct flights" not in text
    assert BEFORE in text and _THIRD in text


def test_a_lead_in_prose_stays() -> None:
    lead = (
        "Vietnam and its partner agreed on Monday to widen trade in farm goods and to open "
        "new air routes between their capitals."
    )
    text = _read(
        f'<div class="sapo"><p>{lead}</p></div>'
        f'<div class="story"><p>{BEFORE}</p><p>{AFTER}</p><p>{_THIRD}</p></div>'
    )
    assert lead in text


def test_a_long_form_pages_short_last_chapter_is_kept() -> None:
    last = "Doanh nghiệp kỳ vọng hai nước sớm khởi động đàm phán hiệp định thương mại tự do."
    text = _read(
        f'<section class="part"><h2>1. Khởi đầu</h2><p>{VI_BEFORE}</p><p>{VI_AFTER}</p>'
        f"<p>{VI_BEFORE} {VI_AFTER}</p></section>"
        f'<section class="part"><h2>2. Hàng mới</h2><p>{VI_AFTER}</p><p>{VI_BEFORE}</p>'
        "</section>"
        f'<section class="part"><h2>3. Chặng mới</h2><p>{last}</p></section>'
    )
    assert last in text
    assert "3. Chặng mới" in text


def test_a_short_box_after_the_text_still_goes() -> None:
    text = _read(
        f'<div class="story"><p>{BEFORE}</p><p>{AFTER}</p><p>{_THIRD}</p></div>'
        '<div class="story-tools">Share this story</div>'
    )
    assert "Share this story" not in text
    assert _THIRD in text


def test_an_imported_page_s_body_is_its_story_without_the_key_points(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Ministers review trade plan</title></head><body>"
        "<h1>Ministers review trade plan</h1>"
        '<div class="quick-summary"><h4>Key points</h4><ul><li>Three new direct flights</li>'
        "<li>Scholarships to double by 2028</li></ul></div>"
        f'<div class="story"><p>{BEFORE}</p><p>{AFTER}</p><p>{_THIRD}</p></div></body></html>',
        encoding="utf-8",
    )
    cleaned = analyse(path).cleaned
    assert (cleaned.title, cleaned.body) == (
        "Ministers review trade plan",
        f"{BEFORE}\n\n{AFTER}\n\n{_THIRD}",
    )
