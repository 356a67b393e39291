"""A navigation bar copied as one gap-parted line is a menu, never the headline."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.menugaps import gapped_menu


def test_gap_parted_items_with_a_long_section_name_are_a_menu() -> None:
    assert gapped_menu(
        "Trang chủ  Tin tức  Hoạt động của Ủy ban nhân dân, Chủ tịch  Văn hóa  Du lịch  Video"
    )
    assert gapped_menu("Home  News  Policies of the Ministry and agencies  Sport  Travel")


def test_a_headline_or_a_row_of_figures_is_no_menu() -> None:
    assert not gapped_menu("Bộ trưởng tiếp Đại sứ Chile  nhân dịp kết thúc nhiệm kỳ")
    assert not gapped_menu("Exports  12.5  13.4  Imports  9.1  8.7")
    assert not gapped_menu("Home  News.  Sport  Travel  Photos")  # (a sentence's stop)
    assert not gapped_menu("Home  News  Sport")  # (three items: the cleaner's own pattern)


def test_the_headline_under_a_gap_parted_menu_is_the_title() -> None:
    text = (
        "Cổng thông tin điện tử tỉnh\n"
        "Trang chủ  Tin tức  Hoạt động của Ủy ban nhân dân, Chủ tịch  Văn hóa  Du lịch  Video\n"
        "Chủ tịch tỉnh tiếp Tổng Lãnh sự Nhật Bản\n"
        "Thứ Hai, 10/11/2025 09:00\n\n"
        "Sáng 10/11, Chủ tịch Ủy ban nhân dân tỉnh đã tiếp Tổng Lãnh sự Nhật Bản tại trụ sở.\n\n"
        "Hai bên trao đổi về hợp tác đầu tư, thương mại và lao động giữa hai địa phương.\n"
    )
    assert clean(text).title == "Chủ tịch tỉnh tiếp Tổng Lãnh sự Nhật Bản"
