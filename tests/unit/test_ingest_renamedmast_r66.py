"""Round r66 (pasted copies of a renamed paper): a copy without the page's markup names its
publisher in its masthead; a masthead read from its shape ("BÁO X - CƠ QUAN CỦA …") or one
that writes the former and present titles side by side declares today's name over a
copyright line left at the former title."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.mastheads import renamed_also
from briefer.ingest.metachoice import TEXT_BASE, Claim, choose_outlet


def test_a_masthead_guess_at_todays_name_declares_it() -> None:
    claims = [
        Claim("Báo Giao thông", TEXT_BASE - 4, "text 0"),  # the footer's copyright
        Claim("Báo Xây dựng", TEXT_BASE - 3, "text 1"),  # "BÁO XÂY DỰNG - CƠ QUAN CỦA …"
    ]
    assert choose_outlet(claims, "vi") == "Báo Xây dựng"


def test_a_credit_at_todays_name_declares_nothing() -> None:
    claims = [
        Claim("Báo Giao thông", TEXT_BASE - 3, "text 0"),  # the masthead, former title
        Claim("Báo Xây dựng", TEXT_BASE - 5 - 3, "text 1"),  # an owner's line, a credit
        Claim("Báo Giao thông", TEXT_BASE - 4, "text 2"),
    ]
    assert choose_outlet(claims, "vi") == "Báo Giao thông"


def test_a_masthead_gives_a_renamed_papers_other_title() -> None:
    line = "BÁO THỪA THIÊN HUẾ - BÁO HUẾ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH"
    assert renamed_also(line, "Báo Thừa Thiên Huế") == ["Báo Huế"]
    # (its address is kept from before the rename; another outlet is no other title)
    assert renamed_also("BÁO GIAO THÔNG - baogiaothong.vn - TIN TỨC", "Báo Giao thông") == []
    assert renamed_also("BÁO GIAO THÔNG - BÁO NHÂN DÂN", "Báo Giao thông") == []


_PASTED = """Thứ Sáu, 06/02/2026 English Đăng nhập
BÁO GIAO THÔNG - BÁO XÂY DỰNG - CƠ QUAN CỦA BỘ XÂY DỰNG
Thời sự | Kinh tế | Giao thông | Đô thị | Video
Việt Nam và Slovakia mở rộng hợp tác đường sắt
06/02/2026 08:15
Việt Nam và Slovakia ngày 5/2 đã thống nhất mở rộng hợp tác trong lĩnh vực đường sắt \
và đào tạo nhân lực vận tải, theo thông cáo của Bộ Xây dựng.
Kim ngạch thương mại hai chiều năm 2025 đạt 410 triệu USD, tăng 12% so với năm trước.
Hai nước thiết lập quan hệ ngoại giao từ ngày 2/2/1950.
Bản quyền thuộc về Báo Giao thông.
Cơ quan chủ quản: Bộ Xây dựng
"""


def test_a_pasted_masthead_with_both_titles_names_todays(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text(_PASTED, encoding="utf-8")
    assert analyse(path).metadata.outlet == "Báo Xây dựng"
