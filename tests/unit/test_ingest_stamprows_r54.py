"""r54: stamp rows and bylines — a year-first day in a stamp, "By Name / Outlet" over the
stamp, a writer's name printed in the head and again at the foot."""

from __future__ import annotations

from briefer.ingest import furniture as fur
from briefer.ingest import stamplines
from briefer.ingest.clean import clean
from briefer.ingest.found import Found
from briefer.ingest.lines import byline


def test_year_first_day_in_a_stamp_row() -> None:
    assert stamplines.stamp_row("Tran Minh Khoa • 08:15, 2024/03/27") == (
        "Tran Minh Khoa",
        "2024-03-27",
        "",
    )
    assert stamplines.timestamp("2024.03.27 | 08:15") == ("timestamp", "2024-03-27")
    assert stamplines.timestamp("Cập nhật 2024/03/27") == ("timestamp", "2024-03-27")
    # (an identifier with a year-first shape runs on: no stamp)
    assert stamplines.timestamp("ref 2024/03/27/0412") == ("", "")


def test_year_first_stamp_row_names_the_writer() -> None:
    text = "\n".join(
        [
            "CAPITAL HERALD  |  News for the capital",
            "Economy / Investment",
            "Korean electronics makers widen their plants in Bac Ninh",
            "Le Thi Hoa  -  09:40, 2024/05/02",
            "Three Korean suppliers said on Thursday they would add production lines in Bac "
            "Ninh province this year, lifting their combined investment to $2 billion.",
            "Korea has been the largest foreign investor in Vietnam for a decade, with about "
            "10,000 projects registered by the end of March.",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "Le Thi Hoa"
    assert meta.published_on == "2024-05-02"


def test_by_name_slash_outlet_is_a_byline_not_a_menu() -> None:
    found = Found()
    assert byline("By Lan Chi / Saigon Daily", found)
    assert found.author == "Lan Chi"
    assert not fur.menu("By Lan Chi / Saigon Daily")
    assert fur.menu("World / Asia")


def test_by_line_over_stamp_and_tool_row() -> None:
    text = "\n".join(
        [
            "Saigon Weekly",
            "Home  World  Business  Travel  Sports",
            "Business",
            "Vietnam, Chile plan fruit trade fair in Santiago",
            "By Quang Huy / Saigon Weekly",
            "Tue, March 4, 2025 | 14:20:00 GMT+7",
            "Like  Share  Tweet",
            "Vietnamese fruit exporters will join a trade fair in Santiago next month, the "
            "city's trade promotion centre said on Monday.",
            "Two-way trade between Vietnam and Chile reached $1.8 billion last year, up 9 "
            "percent from a year earlier.",
        ]
    )
    assert clean(text).metadata.author == "Quang Huy"


def test_name_in_head_and_at_foot_is_the_writer() -> None:
    text = "\n".join(
        [
            "Báo Phương Nam",
            "Thời sự  Thế giới  Kinh tế  Văn hóa",
            "Việt Nam và Tanzania thúc đẩy hợp tác nông nghiệp",
            "Thứ ba, 14/01/2025 - 10:05",
            "Hai bên nhất trí mở rộng hợp tác về giống cây trồng và chế biến nông sản.",
            "Minh Châu",
            "(Phương Nam) - Sáng 14/1, tại Hà Nội, Bộ trưởng Nông nghiệp hai nước đã hội đàm "
            "về hợp tác nông nghiệp và thủy sản.",
            "Hai bên cho biết kim ngạch thương mại song phương năm 2024 đạt khoảng 300 triệu "
            "USD, tăng 12% so với năm trước.",
            "Minh Châu",
            "Tin liên quan",
            "Việt Nam - châu Phi: Nhiều dư địa hợp tác",
        ]
    )
    assert clean(text).metadata.author == "Minh Châu"


def test_zone_in_square_brackets_leaves_no_remainder() -> None:
    # (a remainder of "[ ]" was taken for the writer's name)
    assert stamplines.stamp_remainder("Chủ Nhật, 05/01/2025, 07:30 [GMT+7]") == ""
    assert stamplines.stamp_remainder("Hà My 05/01/2025 07:30 [UTC+7]") == "Hà My"


def test_name_between_standfirst_and_lead_is_the_byline() -> None:
    text = "\n".join(
        [
            "KINH TẾ ĐỐI NGOẠI",
            "Doanh nghiệp Thái Lan mở rộng đầu tư vào bán lẻ Việt Nam",
            "Nhiều tập đoàn Thái Lan đang tăng vốn vào chuỗi siêu thị và logistics tại các "
            "tỉnh phía Nam trong năm nay.",
            "Hoài Thương",
            "Ngày 12/3, tại TP. Hồ Chí Minh, Hiệp hội Doanh nghiệp Thái Lan cho biết các thành "
            "viên dự kiến rót thêm khoảng 500 triệu USD vào Việt Nam trong năm 2025.",
            "Thái Lan hiện là nhà đầu tư lớn thứ 8 tại Việt Nam với hơn 700 dự án còn hiệu lực.",
        ]
    )
    assert clean(text).metadata.author == "Hoài Thương"
