"""Round r101: a province's paper whose masthead on top prints its own name keeps that name,
though its footer prints the merged media house's legal name; without such a masthead the
merged name printed on the page is the outlet."""

from __future__ import annotations

from briefer.ingest.mastfirst import merged_printed

_FOOT = "Bài viết liên quan\n\nBÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ YÊN\nĐịa chỉ: 62 Lê Duẩn"


def test_the_papers_own_masthead_on_top_keeps_its_name() -> None:
    text = f"BÁO PHÚ YÊN ĐIỆN TỬ\nTrang chủ | Thời sự | Kinh tế\n\nMột bài viết.\n\n{_FOOT}"
    assert merged_printed("Báo Phú Yên", text) == ""


def test_without_the_papers_masthead_the_merged_name_printed_is_the_outlet() -> None:
    # (near miss: the top holds only the site's menu; the footer's merged name is the outlet)
    text = f"Trang chủ\nThời sự\nKinh tế\n\nMột bài viết.\n\n{_FOOT}"
    assert merged_printed("Báo Phú Yên", text) == "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ YÊN"
