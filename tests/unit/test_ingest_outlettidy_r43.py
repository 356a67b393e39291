"""A chosen outlet's name without what a reader glued to it, whole where a dash cut it
(briefer/ingest/outlettidy.py), and a letterhead's body without its paper's kind or logo
letters (briefer/ingest/issuer.py)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.issuer import issuing_body
from briefer.ingest.outletnames import copyright_holder
from briefer.ingest.outlettidy import joined_pairs, tidy_outlet
from tests.imported import imported


def test_a_copyright_mark_a_rights_clause_or_a_stamp_beside_the_name_goes() -> None:
    assert tidy_outlet("© Nhật báo Miền Trung", "") == "Nhật báo Miền Trung"
    assert tidy_outlet("Copyright 2024 Harbour Courier", "") == "Harbour Courier"
    assert tidy_outlet("Harbour Courier All rights reserved", "") == "Harbour Courier"
    assert tidy_outlet("SNA 2026", "") == "SNA"
    assert tidy_outlet("Báo Nông thôn Ngày mới, 03/02/2027", "") == "Báo Nông thôn Ngày mới"
    # (a bare mark with no name left is kept as it was, for the choice to weigh)
    assert tidy_outlet("© 2025", "") == "© 2025"


def test_a_slogan_after_the_name_goes_in_either_language() -> None:
    assert tidy_outlet("The Lagoon Herald Fiji's most trusted weekly", "") == "The Lagoon Herald"
    assert tidy_outlet("MOUNTAIN POST The Region's Leading Newspaper", "") == "MOUNTAIN POST"
    assert tidy_outlet("NetNews - Thông tin nhanh mọi lúc", "") == "NetNews"
    # (a unit in lower case after its body is no slogan: too short, or a body's kind)
    assert tidy_outlet("Vụ Thông tin - tổng hợp", "") == "Vụ Thông tin - tổng hợp"


def test_a_publisher_lines_company_words_go() -> None:
    assert tidy_outlet("Harbour Courier Publisher Seaside Media", "") == "Harbour Courier"
    assert tidy_outlet("Delta Review Co., Ltd", "") == "Delta Review"
    assert tidy_outlet("The Morning Ledger DAC", "") == "The Morning Ledger"
    assert tidy_outlet("Pacific Wire Inc.", "") == "Pacific Wire"


def test_a_name_cut_at_its_dash_is_whole_again_where_the_text_always_writes_it_on() -> None:
    text = (
        "Hội Hữu nghị Việt Nam - Chile tổ chức gặp mặt.\n"
        "Chủ tịch Hội Hữu nghị Việt Nam - Chile Trần Văn A phát biểu."
    )
    assert tidy_outlet("Hội Hữu nghị Việt Nam", text) == "Hội Hữu nghị Việt Nam - Chile"
    # a region after the dash: one sighting is enough, and a masthead in capitals writes it
    head = "NGHIÊN CỨU ĐÔNG BẮC Á - THÁI BÌNH DƯƠNG | Journal of Asia-Pacific Studies"
    assert (
        tidy_outlet("Tạp chí Nghiên cứu Đông Bắc Á", head)
        == "Tạp chí Nghiên cứu Đông Bắc Á - Thái Bình Dương"
    )
    # the parts before it, when they open on a body's kind ("Hiệp hội …") and it does not
    trade = (
        "Hiệp hội Gỗ - Lâm sản - Nội thất Việt Nam đã tiếp đoàn.\n"
        "Bản quyền thuộc Hiệp hội Gỗ - Lâm sản - Nội thất Việt Nam"
    )
    assert tidy_outlet("Nội thất Việt Nam", trade) == "Hiệp hội Gỗ - Lâm sản - Nội thất Việt Nam"


def test_a_dash_before_a_parent_a_short_form_or_a_section_stays_a_cut() -> None:
    assert tidy_outlet("Vụ Âu Mỹ", "Vụ Âu Mỹ - Bộ Công nghiệp\nVụ Âu Mỹ - Bộ Công nghiệp") == (
        "Vụ Âu Mỹ"
    )
    assert tidy_outlet("Delta Review", "Delta Review - DR\nDelta Review - DR") == "Delta Review"
    # one title naming a section after the outlet: not the outlet's name
    assert tidy_outlet("Nông Nghiệp", "Nông Nghiệp - Thời sự\n") == "Nông Nghiệp"
    # written once without the dash: the name ends there
    text = "Hội Hữu nghị Việt Nam - Chile họp.\nHội Hữu nghị Việt Nam đã gửi thư."
    assert tidy_outlet("Hội Hữu nghị Việt Nam", text) == "Hội Hữu nghị Việt Nam"


def test_a_copyright_line_keeps_a_country_after_the_dash() -> None:
    assert joined_pairs(["Hội hữu nghị Việt Nam", "Chile"]) == ["Hội hữu nghị Việt Nam - Chile"]
    assert joined_pairs(["Báo Miền Núi", "Cơ quan của Tỉnh ủy"]) == [
        "Báo Miền Núi",
        "Cơ quan của Tỉnh ủy",
    ]
    assert copyright_holder("Bản quyền thuộc Hội hữu nghị Việt Nam - Chile") == (
        "Hội hữu nghị Việt Nam - Chile"
    )


def test_a_letterheads_paper_kind_logo_letters_and_repeated_cell_are_no_part_of_the_body() -> None:
    assert issuing_body(["HIỆP HỘI CHÈ VIỆT NAM", "VITAS"]) == "Hiệp hội Chè Việt Nam"
    assert (
        issuing_body(["HIỆP HỘI CHÈ VIỆT NAM", "VIETNAM TEA ASSOCIATION (VITAS)"])
        == "Hiệp hội Chè Việt Nam"
    )
    assert issuing_body(["TRƯỜNG ĐẠI HỌC THỦY LỢI", "BÀI PHÁT BIỂU CỦA HIỆU TRƯỞNG"]) == (
        "Trường Đại học Thủy lợi"
    )
    assert issuing_body(["VIỆN KINH TẾ HỌC", "BẢN TIN NHANH"]) == "Viện Kinh tế học"
    # the name's last cell repeated in the row below; its acronym kept in capitals
    assert issuing_body(["BAN CHẤP HÀNH TRUNG ƯƠNG", "HỘI LHTN VIỆT NAM", "HỘI LHTN VIỆT NAM"]) == (
        "Ban Chấp hành trung ương hội LHTN Việt Nam"
    )


def test_a_page_or_a_day_after_the_dash_is_no_part_of_the_name() -> None:
    pages = "Báo Miền Núi - Trang 1\nBáo Miền Núi - Trang 2\n"
    assert tidy_outlet("Báo Miền Núi", pages) == "Báo Miền Núi"
    days = "Cổng thông tin Trường X - Thứ Hai, 3/3/2025\nCổng thông tin Trường X - Thứ Hai, 3/3"
    assert tidy_outlet("Cổng thông tin Trường X", days) == "Cổng thông tin Trường X"


def test_words_before_the_name_that_open_on_no_bodys_kind_are_left_out() -> None:
    head = "Ngày 3/3 Việt Nam - Qatar: mở rộng hợp tác, tài chính - Thời báo Kinh tế Mới"
    assert tidy_outlet("Thời báo Kinh tế Mới", f"{head}\n{head}") == "Thời báo Kinh tế Mới"
    assert tidy_outlet("- Thời báo Kinh tế Mới", "") == "Thời báo Kinh tế Mới"


def test_a_papers_owning_group_goes_when_the_text_writes_the_paper_alone() -> None:
    text = "HILL POST · Highland news\nKAMPALA, 3 May (Hill Post) — …\n© Hill Post Media Group"
    assert tidy_outlet("Hill Post Media Group", text) == "Hill Post"
    # (written alone once only, in a byline: the group is the name the site goes by)
    assert tidy_outlet("Nine Media Group", "By Nine Media\n© Nine Media Group") == (
        "Nine Media Group"
    )


def test_a_saved_pages_site_name_is_imported_without_its_slogan_mark_or_year(
    tmp_path: Path,
) -> None:
    body = (
        "<h1>Fiji and Vietnam open talks on rice trade</h1>"
        "<p>SUVA - Fiji and Vietnam opened talks on Monday on a rice supply deal, the trade "
        "ministry said.</p>"
        "<p>Fiji imported 40,000 tonnes of rice from Vietnam in 2025, up 12% from a year "
        "earlier.</p>"
    )
    for site, outlet in (
        ("The Lagoon Herald Fiji's most trusted weekly", "The Lagoon Herald"),
        ("© Lagoon Herald", "Lagoon Herald"),
        ("Lagoon Herald 2026", "Lagoon Herald"),
    ):
        page = (
            "<html><head><title>Fiji and Vietnam open talks on rice trade</title>"
            f'<meta property="og:site_name" content="{site}"></head><body>{body}</body></html>'
        )
        assert imported(tmp_path, page, "page.html").metadata.outlet == outlet
