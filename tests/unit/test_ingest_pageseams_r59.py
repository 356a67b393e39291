"""A paragraph cut by a page break where a sentence ends at the page's last full line
(r59): the full lines met at the break are paired to run on; a short last line, or a short
first line on the next page, is no pair."""

from __future__ import annotations

from briefer.ingest.pageseams import seam_runs

_FULL = [
    "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực nông nghiệp, năng lượng và",
    "logistics, đồng thời tạo điều kiện cho doanh nghiệp tham gia các hội chợ của nhau.",
    "Bộ trưởng cho biết hàng hóa hai nước được hưởng ưu đãi thuế theo hiệp định mới.",
]
_NEXT = [
    '"Đây là dịp để doanh nghiệp mở rộng thị phần nông sản, thủy sản tại thị trường',
    'của bạn", ông nói.',
]


def test_full_lines_met_at_a_page_break_run_on() -> None:
    assert seam_runs([_FULL, _NEXT]) == [(_FULL[-1], _NEXT[0])]


def test_a_short_last_line_ends_its_paragraph() -> None:
    assert seam_runs([[*_FULL, "Hai bên đã ký ba văn kiện."], _NEXT]) == []


def test_a_short_label_on_the_next_page_is_no_run() -> None:
    assert seam_runs([_FULL, ["Xem nhiều", *_NEXT]]) == []
