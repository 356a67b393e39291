"""A standfirst set under the headline with a byline / date row between them, in a box
whose class names nothing the importer knows, is the article's lead (r59)."""

from __future__ import annotations

from briefer.ingest.webpage import read_webpage

_LEAD = (
    "Quan hệ thương mại giữa hai nước đang mở rộng sang năng lượng, cảng biển và chế biến nông sản."
)
_BODY = (
    "Chiều 3/4, tại TP Hồ Chí Minh, hai bên đã tổ chức diễn đàn doanh nghiệp với sự tham dự "
    "của hơn 80 công ty. Các doanh nghiệp đã trao đổi về cơ hội đầu tư vào logistics và "
    "nông nghiệp công nghệ cao trong những năm tới."
)


def _text(meta: str, box: str) -> str:
    page = f"""<html><head><title>Diễn đàn doanh nghiệp</title></head><body>
<h1>Diễn đàn doanh nghiệp hai nước</h1>
{meta}
{box}
<div class="content-main"><p>{_BODY}</p><p>{_BODY}</p></div>
</body></html>""".encode()
    return read_webpage(page, "page.html").text


def test_a_lead_box_after_the_byline_row_is_kept() -> None:
    meta = '<div class="info"><span>Minh Anh</span><span>04/04/2025 10:12</span></div>'
    text = _text(meta, f'<div class="xyz-top"><p>{_LEAD}</p></div>')
    assert _LEAD in text


def test_a_sentence_row_between_is_no_byline_row() -> None:
    meta = f'<div class="note"><p>{_BODY}</p></div>'
    text = _text(meta, f'<div class="xyz-top"><p>{_LEAD}</p></div>')
    assert _LEAD not in text
