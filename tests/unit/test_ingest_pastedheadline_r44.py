"""A pasted web page's headline read from its lines: menu rows, date bars, taglines and
captions give way to the line shaped as a headline that opens the article."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.pastedheadline import (
    dated_line,
    headline_shaped,
    menu_row,
    pasted_headline,
)
from tests.imported import imported

_EN_PAGE = """Tuesday, March 3, 2026 Lisbon 14°C Sign in
News World Markets Travel Weather Podcasts
Harbour authority approves new container terminal for the north quay
By Ana Ribeiro
March 2, 2026
The port authority approved on Monday a new container terminal that will double the
north quay's capacity by 2029, officials said.
"""

_VI_PAGE = """Chúng tôi dùng cookie để phục vụ bạn tốt hơn.
Báo Điện tử Miền Tây
Trang chủ Thời sự Kinh tế Nông nghiệp Đời sống
Kinh tế vùng - Hội nhập
Tỉnh ven biển đẩy mạnh xuất khẩu tôm sang thị trường Trung Đông
Minh Thư | 08:10 | 03/03/2026
Sáng 2/3, sở công thương tỉnh tổ chức hội nghị kết nối doanh nghiệp tôm với nhà nhập khẩu.
"""

_CAPTION_PAGE = """Site Name | Home | World | Business | Sport
World
Two neighbours agree to open a second border bridge
REGIONAL WIRE - Feb 11, 2026 - 10:15
The two ministers shake hands after the signing in the capital on Feb. 11, 2026. (Wire)
The two governments agreed on Wednesday to build a second road bridge, ministers said.
"""


def test_menu_rows_in_both_languages() -> None:
    assert menu_row("News World Markets Travel Weather Podcasts")
    assert menu_row("Trang chủ Thời sự Kinh tế Nông nghiệp Đời sống")
    assert menu_row("Giới thiệu :: Tin tức :: Liên hệ")
    assert not menu_row("Harbour authority approves new container terminal for the north quay")
    assert not menu_row("Tỉnh ven biển đẩy mạnh xuất khẩu tôm sang thị trường Trung Đông")


def test_date_bars_and_sections_are_no_headline() -> None:
    assert dated_line("Thứ Ba, 03/03/2026 Đăng nhập")
    assert not headline_shaped("Tuesday, March 3, 2026 Lisbon 14°C Sign in")
    assert not headline_shaped("Kinh tế vùng - Hội nhập")
    assert not headline_shaped("Support local reporting. Join us for $4 a month.")
    assert not headline_shaped("MIỀN TÂY NGÀY NAY")  # (a masthead in capitals)
    assert headline_shaped("Two neighbours agree to open a second border bridge")


def test_menu_row_title_gives_way_to_the_headline_english() -> None:
    got = pasted_headline(_EN_PAGE, "News World Markets Travel Weather Podcasts")
    assert got == "Harbour authority approves new container terminal for the north quay"


def test_site_name_title_gives_way_to_the_headline_vietnamese() -> None:
    got = pasted_headline(_VI_PAGE, "Báo Điện tử Miền Tây")
    assert got == "Tỉnh ven biển đẩy mạnh xuất khẩu tôm sang thị trường Trung Đông"


def test_caption_title_gives_way_to_the_headline_above_it() -> None:
    caption = (
        "The two ministers shake hands after the signing in the capital on Feb. 11, 2026. (Wire)"
    )
    assert pasted_headline(_CAPTION_PAGE, caption) == (
        "Two neighbours agree to open a second border bridge"
    )


def test_a_headline_that_opens_its_article_stays() -> None:
    title = "Harbour authority approves new container terminal for the north quay"
    assert pasted_headline(_EN_PAGE, title) == ""
    # (a title the other rules composed, not a line of the text, is theirs)
    assert pasted_headline(_EN_PAGE, "Harbour authority approves a terminal") == ""


_LIST_PAGE = """Tin mới
Giá cá tra tại An Giang tăng nhẹ trong tuần qua
Cảng biển đón tàu hàng lớn nhất từ trước đến nay
HAI TỈNH BIÊN GIỚI KÝ KẾT HỢP TÁC THƯƠNG MẠI NÔNG SẢN
Cập nhật ngày: 05 tháng 3 năm 2026 | 10 giờ 05 phút
Sáng 4/3, lãnh đạo hai tỉnh đã ký kết biên bản hợp tác thương mại nông sản tại cửa khẩu.
"""


def test_a_latest_news_list_over_the_headline_gives_way_to_it() -> None:
    got = pasted_headline(_LIST_PAGE, "Tin mới")
    assert got == "HAI TỈNH BIÊN GIỚI KÝ KẾT HỢP TÁC THƯƠNG MẠI NÔNG SẢN"
    # (a label with its day is a dateline, not a headline)
    assert not headline_shaped("Cập nhật ngày: 05 tháng 3 năm 2026 | 10 giờ 05 phút")
    assert not headline_shaped("Last updated: 4 February 2026")


def test_a_title_with_its_deck_keeps_the_title() -> None:
    page = (
        "Press Office\nStatement 12/2026\n"
        "Two ports agree to share cold-chain capacity for fruit\n"
        "Joint statement issued after the meeting of the two port authorities in the capital "
        "this week\n"
        "March 2, 2026\n"
    )
    got = pasted_headline(page, "Statement 12/2026")
    assert got == "Two ports agree to share cold-chain capacity for fruit"


def test_a_title_its_dateline_follows_at_once_stays() -> None:
    page = (
        "Thủ tướng tiếp Bộ trưởng Thương mại Tân Tây Lan\n10/03/2026 16:45\n"
        "Chiều 10/3, Thủ tướng tiếp Bộ trưởng Thương mại đang thăm chính thức Việt Nam.\n"
    )
    assert pasted_headline(page, "Thủ tướng tiếp Bộ trưởng Thương mại Tân Tây Lan") == ""


def test_a_document_heading_over_its_fields_stays() -> None:
    note = (
        "CẢNH BÁO SỚM\nHai nước điều tra tự vệ đối với sợi tổng hợp nhập khẩu\n"
        "Mã cảnh báo: CB-2026-01\nMức độ rủi ro: Cao\nNgày: 03/03/2026\n"
    )
    assert pasted_headline(note, "Hai nước điều tra tự vệ đối với sợi tổng hợp nhập khẩu") == ""


def test_a_tagline_over_the_menu_gives_way_to_the_headline() -> None:
    page = (
        "HARBOUR NEWS\nThe port authority's English-language weekly\nHome\nTrade\nShipping\n"
        "Harbour authority approves new container terminal for the north quay\n"
        "03/03/2026 | 15:47\n"
    )
    got = pasted_headline(page, "The port authority's English-language weekly")
    assert got == "Harbour authority approves new container terminal for the north quay"


def test_an_ask_over_the_menu_is_no_headline() -> None:
    assert not headline_shaped("Support Harbour News Become a member")
    assert not headline_shaped("Chia sẻ Nghe bài viết này ngay")
    page = (
        "Support Harbour News Become a member\nHome News Business Property Jobs Events\n"
        "Harbour authority approves new container terminal for the north quay\n"
        "November 12, 2025\n"
    )
    got = pasted_headline(page, "Home News Business Property Jobs Events")
    assert got == "Harbour authority approves new container terminal for the north quay"


def test_a_pasted_page_imported_is_titled_by_its_headline_not_its_top_bar(tmp_path: Path) -> None:
    # (through the import: the text's own first line, the date bar, would be the title)
    title = imported(tmp_path, _EN_PAGE).metadata.title
    assert title == "Harbour authority approves new container terminal for the north quay"
