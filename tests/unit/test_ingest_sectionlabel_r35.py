"""A page head's menu item or section label is no masthead (briefer.ingest.sectionlabel)."""

from briefer.ingest.clean import clean
from briefer.ingest.sectionlabel import menu_column_item, section_under_masthead


def test_menu_item_one_a_line_vi() -> None:
    head = ["TẠP CHÍ NÔNG SẢN XANH", "Trang chủ", "Tin tức", "Thị trường", "Liên hệ", "Tiêu đề"]
    assert menu_column_item(head, 2) is True
    assert menu_column_item(head, 0) is False  # (the masthead, in capitals)


def test_phrase_alone_is_no_menu_item_en() -> None:
    head = ["Harbour Weekly", "", "Latest news", "", "Ports agree on a new feeder route today."]
    assert menu_column_item(head, 2) is False


def test_section_under_masthead() -> None:
    above = ["Coastal Herald Newspapers", "Menu"]
    assert section_under_masthead("Local News", "Coastal Herald Newspapers", above) is True
    assert section_under_masthead("Báo Lúa Vàng", "LÚA VÀNG", ["LÚA VÀNG"]) is False
    assert section_under_masthead("Regional News", "", above) is False
    # (a name read at the foot, not above: the line may be the masthead)
    assert section_under_masthead("Ministry of Ports", "Press Office", ["Menu"]) is False


def test_section_label_under_masthead_offers_no_outlet_en() -> None:
    text = (
        "Coastal Herald Newspapers\nMenu\nSearch\n\nLocal News\n\n"
        "Port authority and Vietnamese lines plan a direct route\n\nBy Ann Marie Lee\n"
        "Nov 3, 2025\n\nThe port authority met a delegation of Vietnamese shipping lines "
        "yesterday to discuss a direct feeder route.\n\n"
        "© 2025 Coastal Herald Newspapers. All rights reserved.\n"
    )
    meta = clean(text).metadata
    offers = [name for name, _, _ in meta.outlet_offers]
    assert "Local News" not in offers
    assert "Coastal Herald Newspapers" in offers
    assert meta.outlet == "Coastal Herald Newspapers"  # (the field the desk sees)


def test_menu_item_named_like_an_outlet_vi() -> None:
    text = (
        "Bỏ qua nội dung\nTẠP CHÍ NÔNG SẢN XANH\nTrang chủ\nTin tức\nThị trường\nLiên hệ\n\n"
        "Xuất khẩu gạo sang châu Phi tăng mạnh\n\nĐăng ngày: 02/10/2025\n\n"
        "Kim ngạch xuất khẩu gạo sang châu Phi 9 tháng đạt 1,2 tỷ USD, tăng 20%.\n\n"
        "Bản quyền © 2025 Tạp chí Nông sản Xanh\n"
    )
    meta = clean(text).metadata
    offers = [name for name, _, _ in meta.outlet_offers]
    assert not any("Tin tức" in name for name in offers)
    # the journal the page is, not a menu item read as "Báo Tin tức"
    assert meta.outlet.casefold() == "tạp chí nông sản xanh"
