"""r55: outlets and days a pasted page's foot, a bulletin's top row and a paper's folio give.

- a foot "X - Cơ quan của Y. Tổng biên tập: Z." names the outlet though it ends with a stop;
- "Embassy of X | City" is the mission in that city;
- "Weekday day month year  Vol. … No. …  Price …" dates the paper, and leaves no writer.
"""

from __future__ import annotations

from pathlib import Path

from briefer.ingest import stamplines
from briefer.ingest.missionplace import mission_at
from tests.imported import imported

_BODY = (
    "Hà Nội và Oslo đã ký bản ghi nhớ hợp tác về năng lượng tái tạo trong chuyến thăm của "
    "đoàn doanh nghiệp Na Uy tuần trước.\n\n"
    "Kim ngạch thương mại hai chiều năm 2025 đạt khoảng 450 triệu USD, tăng 7% so với năm "
    "trước, theo số liệu của Tổng cục Hải quan.\n"
)


def test_a_pasted_foot_of_an_organ_and_its_editor_names_the_outlet(tmp_path: Path) -> None:
    text = (
        "Đăng nhập | Đăng ký\n\n"
        "Na Uy và Việt Nam mở rộng hợp tác năng lượng tái tạo trong năm mới\n\n"
        "Hoàng Lan\n12/02/2026 07:15 GMT+7\n\n"
        f"{_BODY}\n"
        "Bình luận (0)\n\n"
        "Tiền Phong - Cơ quan Trung ương của Đoàn TNCS Hồ Chí Minh. "
        "Tổng biên tập: Phùng Công Sưởng.\n"
    )
    assert imported(tmp_path, text).metadata.outlet == "Tiền Phong"


def test_a_body_sentence_after_an_organ_names_no_outlet(tmp_path: Path) -> None:
    # (a sentence that goes on in words of its own is the body's, not an imprint)
    text = (
        "Na Uy và Việt Nam mở rộng hợp tác năng lượng tái tạo trong năm mới\n\n"
        f"{_BODY}\n"
        "Tiền Phong - Cơ quan của Đoàn - vừa trao giải cho các nhà báo trẻ.\n"
    )
    assert imported(tmp_path, text).metadata.outlet != "Tiền Phong"


def test_a_mission_and_its_city_in_a_top_row_are_one_name() -> None:
    assert mission_at("Embassy of Finland", "Hanoi") == "Embassy of Finland in Hanoi"
    assert mission_at("Consulate General of Korea", "Da Nang") == (
        "Consulate General of Korea in Da Nang"
    )
    assert mission_at("Đại sứ quán Na Uy", "Hà Nội") == "Đại sứ quán Na Uy tại Hà Nội"
    # (a place already named, a cell that is no city, a body that is no mission)
    assert mission_at("Embassy of Finland in Hanoi", "Hanoi") == ""
    assert mission_at("Embassy of Finland", "Newsroom") == ""
    assert mission_at("Ministry of Trade", "Hanoi") == ""


def test_a_bulletin_row_of_a_mission_and_its_city_names_the_outlet(tmp_path: Path) -> None:
    text = (
        "Embassy of Norway  |  Hanoi\n\n"
        "Norway–Viet Nam Energy Cooperation Update\n\n"
        "Oslo and Hanoi signed a memorandum on offshore wind cooperation in January 2026, "
        "the embassy said.\n\n"
        "Two-way trade between Norway and Viet Nam reached about US$450 million in 2025, "
        "up 7 per cent on the year before.\n"
    )
    assert imported(tmp_path, text).metadata.outlet == "Embassy of Norway in Hanoi"


def test_a_folio_line_of_day_issue_and_price_is_the_papers_day() -> None:
    line = "Tuesday 3 March 2026   Vol. XLI No. 212   Price Rs 20.00"
    assert stamplines.timestamp(line) == ("timestamp", "2026-03-03")
    assert stamplines.stamp_remainder(line) == ""
    # (a name beside a day stays the stamp's words)
    assert stamplines.stamp_remainder("Ama Owusu 03/03/2026 09:15") == "Ama Owusu"
