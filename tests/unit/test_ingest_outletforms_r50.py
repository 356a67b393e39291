"""Outlet forms of r50 by structure (each with its own wording, not the corpus's): a known
name with its country or a brand's "+", an organ clause beside a copyright's holder, a body's
name at length in a <title>, a wire dateline's agency by name, a unit's column without a
letterhead's fields, a ministry and its unit on one line (no byline), a pasted copy's follow
line naming a renamed paper, an English office's host written with "the", a short name
placed by its masthead's slogan."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.lines import Found, byline
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.officeplace import plain_office
from briefer.ingest.outletnames import copyright_holder, known_outlet
from briefer.ingest.pagetitle import is_site_name
from briefer.ingest.unithead import ministry_unit, unit_rows


def test_a_known_name_with_its_country_or_a_brands_plus_is_the_known_outlet() -> None:
    assert known_outlet("Bộ Tài chính Việt Nam") == "Bộ Tài chính"
    assert known_outlet("Yonhap News Agency+") == "Yonhap"
    # (a longer form the table knows stays its own; an unknown stem gives nothing)
    assert known_outlet("Vietnam+") == "Vietnam+"
    assert known_outlet("Báo Phụ nữ Việt Nam") == "Báo Phụ nữ Việt Nam"
    assert known_outlet("Tạp chí Năng lượng Việt Nam") == ""


def test_an_organ_clause_beside_the_holder_is_no_name() -> None:
    line = "© Bản quyền thuộc về Tạp chí Nông thôn Mới - Cơ quan ngôn luận của Hội Nông dân"
    assert copyright_holder(line) == "Tạp chí Nông thôn Mới"
    assert copyright_holder("© 2025 Lakeside Gazette - An organ of the Lakeside Council") == (
        "Lakeside Gazette"
    )


def test_a_bodys_name_at_length_in_a_title_part_names_the_site() -> None:
    assert is_site_name("Thương vụ Việt Nam tại Cộng hòa Nam Phi")
    assert is_site_name("Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu")
    assert is_site_name("Ministry of Foreign Affairs of the Kingdom of Tonga")
    # (a headline opening on a post, or on a body doing something: no site)
    assert not is_site_name("Bộ trưởng tiếp Đại sứ Nam Phi")
    assert not is_site_name("Sở tổ chức hội nghị đối ngoại")
    # (an English ministry by its portfolio alone is any state's: a portal's section)
    assert not is_site_name("Ministry of Agriculture and Fisheries")


def test_a_wire_datelines_agency_by_name(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Oman and Vietnam review trade\n\n"
        "MUSCAT, Nov. 3 (Alwatan) - Oman and Vietnam reviewed trade on Monday, officials "
        "said.\n\nTwo-way trade reached 820 million USD in 2024, up 11 percent.\n",
        encoding="utf-8",
    )
    assert analyse(path).metadata.outlet == "Alwatan"


def test_a_units_column_without_letterhead_fields() -> None:
    headline = "Thông tin thị trường Ai Cập tháng 10/2025"
    assert unit_rows(["BỘ NGOẠI GIAO", "VỤ TÂY Á - CHÂU PHI", headline]) == 2
    assert unit_rows(["UBND TỈNH LÀO CAI", "SỞ NGOẠI VỤ", headline]) == 2
    assert unit_rows(["ĐẠI SỨ QUÁN VIỆT NAM TẠI AI CẬP", headline]) == 1
    # (a headline in capitals, a post, or capitals to the end: no unit's column)
    assert unit_rows(["BỘ TRƯỞNG NGOẠI GIAO THĂM AI CẬP", headline]) == 0
    assert unit_rows(["HỢP TÁC VIỆT NAM - AI CẬP", headline]) == 0
    assert unit_rows(["BỘ NGOẠI GIAO", "VỤ TÂY Á - CHÂU PHI"]) == 0


def test_a_units_column_names_the_issuing_unit(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "UBND TỈNH LÀO CAI\n\nSỞ NGOẠI VỤ\n\nHợp tác với tỉnh Vân Nam (Trung Quốc) năm 2025\n\n"
        "Năm 2025, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 3,1 tỷ USD, tăng 12% "
        "so với năm trước.\n",
        encoding="utf-8",
    )
    assert analyse(path).metadata.outlet == "Sở Ngoại vụ tỉnh Lào Cai"


def test_a_ministry_and_its_unit_on_one_line_is_no_byline() -> None:
    line = "BỘ NGOẠI GIAO - VỤ CHÂU MỸ"
    assert ministry_unit(line) == "Vụ châu Mỹ - Bộ Ngoại giao"
    found = Found()
    assert not byline(line, found)
    assert found.author == "" and not found.outlet_offers


def test_a_pasted_copys_follow_line_names_the_renamed_paper_by_todays_name() -> None:
    claims = [
        Claim("Báo Thế giới và Việt Nam", 7.0, "text 0"),
        Claim("Báo Thế giới và Việt Nam", 4.0, "text 1"),
        Claim("Báo Quốc tế", 4.0, "text follow"),
    ]
    assert choose_outlet(claims) == "Báo Quốc tế"
    # (its address, kept from before the rename, is no sign of it; nor is a follow line
    # where the page's markup declares itself)
    address = [*claims[:2], Claim("Baoquocte.vn", 4.0, "text follow")]
    assert choose_outlet(address) == "Báo Thế giới và Việt Nam"
    # (r51: the markup's own declaration decides: today's name in it names the paper so,
    # the former title in every one of them keeps the former)
    marked = [*claims, Claim("Báo Quốc tế", 8, "site name")]
    assert choose_outlet(marked) == "Báo Quốc tế"
    former = [*claims, Claim("Báo Thế giới và Việt Nam", 8, "site name")]
    assert choose_outlet(former) == "Báo Thế giới và Việt Nam"


def test_an_english_offices_host_keeps_its_article() -> None:
    assert plain_office("Embassy of Viet Nam in the Philippines") == ""  # (as written)
    assert plain_office("Embassy of Viet Nam in the United Kingdom") == ""


def test_a_short_name_placed_by_its_mastheads_slogan() -> None:
    from briefer.ingest.placedname import placed_name

    post = "DAILY POST\nVanuatu's Oldest Newspaper\nHome News Sports\n"
    assert placed_name("Daily Post", post) == "Vanuatu Daily Post"
    # (no slogan, or a place that makes no name the table knows: nothing)
    assert placed_name("Daily Post", "DAILY POST\nHome News\n") == ""
    assert placed_name("Daily Post", "DAILY POST\nFiji's Leading Newspaper\n") == ""
