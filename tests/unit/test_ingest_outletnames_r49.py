"""Outlet names (r49): a renamed paper shown by today's name when the page's own declarations
name it, by its former title when none does; an agency whose table name is its
initials shown by the full name a masthead spells out after them; a paper the table knows
under its own name order; a trade office's line under its ministry read as the office; a
mission's letterhead in the state's abbreviated style; a report's kind line no masthead."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.issuer import issuing_body
from briefer.ingest.mastheads import masthead_name
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.officeplace import office_as_written, plain_office
from briefer.ingest.outletnames import known_outlet, spelled_out


def test_a_renamed_paper_declared_by_todays_name_twice_is_shown_by_it() -> None:
    claims = [
        Claim("Báo Quốc tế", 8, "site name"),
        Claim("Báo Quốc tế", 6, "title part"),
        Claim("Báo Thế giới & Việt Nam", 3, "copyright"),  # (a footer left at the old title)
    ]
    assert choose_outlet(claims) == "Báo Quốc tế"


def test_a_renamed_paper_no_declaration_names_today_keeps_the_former() -> None:
    # (r51: one declaration of today's name is enough — see test_ingest_outletrename_r51)
    claims = [
        Claim("Báo Thế giới và Việt Nam", 8, "site name"),
        Claim("Báo Thế giới và Việt Nam", 3, "copyright"),
        Claim("Báo Thế giới và Việt Nam", 4.0, "text 0"),
    ]
    assert choose_outlet(claims) == "Báo Thế giới và Việt Nam"


def test_the_former_titles_english_name_and_initials_are_the_former_titles() -> None:
    assert known_outlet("THE WORLD AND VIETNAM REPORT") == "Báo Thế giới và Việt Nam"
    assert known_outlet("baoquocte.vn") == "Báo Quốc tế"


def test_initials_then_the_full_name_they_stand_for_is_the_full_name() -> None:
    assert spelled_out("AKP Agence Kampuchea Presse") == "Agence Kampuchea Presse"
    assert spelled_out("AKP Sports Desk") == ""  # (no name of the agency after them)
    assert spelled_out("AKP") == ""
    claims = [Claim("AKP", 7, "address"), Claim("AKP Agence Kampuchea Presse", 7.0, "text 1")]
    assert choose_outlet(claims) == "Agence Kampuchea Presse"


def test_a_paper_the_table_knows_under_another_word_order() -> None:
    assert known_outlet("Daily Post Vanuatu") == "Vanuatu Daily Post"


def test_a_missions_letterhead_in_the_abbreviated_state_style() -> None:
    body = issuing_body(["ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM", "TẠI VƯƠNG QUỐC CAMPUCHIA"])
    assert body.startswith("Đại sứ quán Việt Nam tại ")
    assert plain_office(body) == "Đại sứ quán Việt Nam tại Campuchia"


def test_the_office_as_the_text_signs_it_over_the_short_name() -> None:
    text = (
        "THƯƠNG VỤ VIỆT NAM TẠI VƯƠNG QUỐC TÂY BAN NHA\n\nGiá dầu ô liu giảm mạnh.\n\n"
        "Thương vụ Việt Nam tại Vương quốc Tây Ban Nha\n"
    )
    assert office_as_written("Thương vụ Việt Nam tại Tây Ban Nha", text) == (
        "Thương vụ Việt Nam tại Vương quốc Tây Ban Nha"
    )
    # (another country's office, or none written in mixed case: nothing)
    assert office_as_written("Thương vụ Việt Nam tại Bồ Đào Nha", text) == ""
    assert office_as_written("Thương vụ Việt Nam tại Tây Ban Nha", text.upper()) == ""


def test_a_reports_kind_line_is_no_papers_masthead() -> None:
    assert masthead_name("BÁO CÁO KẾT QUẢ HỢP TÁC VIỆT NAM") == ""
    assert masthead_name("BÁO GIÁ DỊCH VỤ") == ""
    assert masthead_name("BÁO HẢI DƯƠNG") == "Báo Hải Dương"


def test_a_ministry_and_its_trade_office_on_one_line_name_the_office(tmp_path: Path) -> None:
    path = tmp_path / "bantin.txt"
    path.write_text(
        "Trang chủ > Thị trường\n\n"
        "BỘ CÔNG THƯƠNG - THƯƠNG VỤ VIỆT NAM TẠI HÀN QUỐC\n\n"
        "Xuất khẩu nông sản sang Hàn Quốc tăng trong tháng 8/2025\n\n"
        "Ngày đăng: 12/9/2025\n\n"
        "Theo Hải quan Hàn Quốc, tháng 8/2025 kim ngạch nhập khẩu nông sản từ Việt Nam đạt 210 "
        "triệu USD, tăng 9% so với cùng kỳ năm trước.\n\n"
        "Thương vụ khuyến nghị doanh nghiệp chú ý quy định mới về dư lượng thuốc bảo vệ thực "
        "vật áp dụng từ tháng 10.\n",
        encoding="utf-8",
    )
    assert analyse(path).metadata.outlet.startswith("Thương vụ Việt Nam tại Hàn Quốc")


def test_a_name_in_capitals_then_what_the_outlet_is_names_the_outlet() -> None:
    assert known_outlet("BERNAMA Malaysian National News Agency") == "Bernama"
    assert known_outlet("UNKNOWN HERALD Island Daily News") == ""  # (no outlet the table knows)
