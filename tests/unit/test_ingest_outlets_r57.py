"""r57: a renamed paper's logo over a lagging declaration, partner agencies' short names, a
capitals masthead running its organ clause on, a copyright run into the colophon, and an
embassy's host country as the letterhead writes it."""

from __future__ import annotations

import lxml.html

from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.officeplace import plain_office
from briefer.ingest.outletnames import copyright_holder, known_outlet
from briefer.ingest.sitemarks import text_marks


def test_logo_of_todays_name_over_a_site_name_left_at_the_former_title() -> None:
    claims = [
        Claim("Báo Thế giới và Việt Nam", 8, "site name"),
        Claim("BÁO QUỐC TẾ", 4, "logo"),
    ]
    assert choose_outlet(claims, "vi") == "Báo Quốc tế"


def test_former_title_alone_still_shown() -> None:
    claims = [
        Claim("Báo Thế giới và Việt Nam", 8, "site name"),
        Claim("THẾ GIỚI & VIỆT NAM", 4, "logo"),
    ]
    assert choose_outlet(claims, "vi") == "Báo Thế giới và Việt Nam"


def test_agency_official_name_is_its_short_name() -> None:
    assert known_outlet("Agencia Peruana de Noticias Andina") == "Andina"
    claims = [
        Claim("Andina", 8, "site name"),
        Claim("Agencia Peruana de Noticias Andina", 4, "logo"),
    ]
    assert choose_outlet(claims, "es") == "Andina"


def test_capitals_masthead_with_organ_clause_and_no_dash() -> None:
    root = lxml.html.fromstring(
        "<html><body><div class='top'>BÁO BẠC LIÊU CƠ QUAN CỦA TỈNH ỦY BẠC LIÊU</div>"
        "<h1>Tin</h1><p>Nội dung.</p></body></html>"
    )
    assert ("logo", "BÁO BẠC LIÊU") in text_marks(root)


def test_copyright_holder_ends_at_the_colophons_next_field() -> None:
    line = "Bản quyền thuộc Báo Sóc Trăng Tổng Biên tập: Nguyễn Văn A Điện thoại: 0299 382 1234"
    assert copyright_holder(line) == "Báo Sóc Trăng"
    line = "Bản quyền thuộc Báo Hậu Giang Địa chỉ: 12 Đường 3/2, phường 5"
    assert copyright_holder(line) == "Báo Hậu Giang"


def test_embassy_keeps_the_host_as_written_with_its_article() -> None:
    # (the name the press goes by, its article with it; a formal style only ISO writes, "the
    # Slovak Republic", is the country's usual name: r89)
    assert plain_office("Embassy of Viet Nam in the Czech Republic") == ""
    assert plain_office("Embassy of Viet Nam in the Slovak Republic") == (
        "Embassy of Viet Nam in Slovakia"
    )
    assert plain_office("Embassy of Viet Nam in the Federative Republic of Brazil") == (
        "Embassy of Viet Nam in Brazil"
    )


def test_outlet_after_a_slash_in_a_byline_is_no_part_of_the_writer() -> None:
    from briefer.ingest.writerchoice import choose_author

    assert choose_author("", "Bảo Ngọc/VOV.VN") == "Bảo Ngọc"
    assert choose_author("Quốc Khánh / TTXVN", "") == "Quốc Khánh"
