"""Round r64: outlets a page names only through its owner (the colophon's "chủ quản")."""

from __future__ import annotations

from briefer.ingest.ownedpaper import owned_paper


def test_owner_line_with_editor_names_the_owned_paper() -> None:
    line = (
        "Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam. Tổng biên tập: Trần Văn A"
    )
    assert owned_paper(line) == "Thanh Niên"


def test_owner_city_written_with_dots_is_read_whole() -> None:
    # (the city's Youth Union owns Tuổi Trẻ, Mực Tím and Khăn Quàng Đỏ: its colophon names
    # none of them, however the city is written; the line is read up to the licence)
    assert owned_paper("Đơn vị chủ quản: Thành Đoàn TP. Hồ Chí Minh. Giấy phép số 12/GP") == ""
    assert owned_paper("Cơ quan chủ quản: Thành Đoàn TP.HCM") == ""
    assert owned_paper(
        "Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam. TP.HCM"
    ) == ("Thanh Niên")


def test_owner_of_several_papers_names_none() -> None:
    assert owned_paper("Cơ quan chủ quản: Thông tấn xã Việt Nam. Giấy phép số 9/GP") == ""
    assert owned_paper("Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam") == ""


def test_other_lines_name_no_paper() -> None:
    assert owned_paper("Hội Liên hiệp Thanh niên Việt Nam tổ chức đại hội") == ""


def test_page_naming_only_its_owner_is_the_owned_papers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefer.ingest.analysis import analyse

    page = tmp_path / "trang-chile.txt"
    page.write_text(
        "Thời sự  Thế giới  Kinh tế  Giáo dục  Thể thao\n\n"
        "Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Chile\n\n"
        "Minh Châu\n\n"
        "12/10/2025 08:15 GMT+7\n\n"
        "Chiều 11/10, tại Hà Nội, Phó Thủ tướng đã tiếp Bộ trưởng Ngoại giao Chile đang thăm "
        "chính thức Việt Nam.\n\n"
        "Hai bên nhất trí thúc đẩy thương mại song phương, năm 2024 đạt 1,9 tỷ USD.\n\n"
        "Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam. Tổng biên tập: Lê Văn B\n",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Thanh Niên"


def _outlet_of(tmp_path, name: str, text: str) -> str:  # type: ignore[no-untyped-def]
    from briefer.ingest.analysis import analyse

    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return analyse(page).metadata.outlet


_BODY = (
    "Hai bên nhất trí nâng kim ngạch thương mại song phương lên 2 tỷ USD vào năm 2027.\n\n"
    "Năm 2024, thương mại hai chiều đạt 1,4 tỷ USD, tăng 9% so với năm trước.\n"
)


def test_domain_line_gives_way_to_agency_masthead_under_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "en.vietnamplus.vn\nTHÔNG TẤN XÃ VIỆT NAM\nTrang chủ | Chính trị | Kinh tế | Thế giới\n"
        "Việt Nam và Peru thúc đẩy hợp tác thương mại\nĐăng lúc: 03/02/2026 10:20\n\n"
        "Lima (TTXVN) - Việt Nam và Peru đã tổ chức phiên họp Ủy ban hỗn hợp lần thứ hai.\n\n"
        + _BODY
        + "\nBản quyền © Vietnam+ 2026. Ghi rõ nguồn khi phát hành lại.\n"
    )
    assert _outlet_of(tmp_path, "peru.txt", text) in ("TTXVN", "Thông tấn xã Việt Nam")


def test_top_row_naming_site_and_agency_claims_both(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vietnam+ | Thông tấn xã Việt Nam\nChính trị   Kinh tế   Xã hội   Thế giới\n\n"
        "Việt Nam và Peru thúc đẩy hợp tác thương mại\nThứ Ba, 03/02/2026 10:20\n\n"
        "Lima (TTXVN) - Việt Nam và Peru đã tổ chức phiên họp Ủy ban hỗn hợp lần thứ hai.\n\n"
        + _BODY
    )
    assert _outlet_of(tmp_path, "peru2.txt", text) in ("TTXVN", "Thông tấn xã Việt Nam")


def test_masthead_initials_then_their_full_name_names_the_full_name() -> None:
    from briefer.ingest.mastheads import spelled_site, tagged_site

    line = "GNS - Guyana News Service - The Official News Agency"
    assert spelled_site(line) == "Guyana News Service"
    assert tagged_site(line) == "Guyana News Service"
    # (a tagline that does not spell the initials is no name of the site)
    assert spelled_site("GNS - The Official News Agency") == ""


def test_organ_statement_names_the_owners_one_paper() -> None:
    from briefer.ingest.ownedpaper import organ_paper

    assert organ_paper("CƠ QUAN NGÔN LUẬN CỦA BỘ NGOẠI GIAO") == "Báo Quốc tế"
    assert organ_paper("Cơ quan của Bộ Ngoại giao.") == "Báo Quốc tế"
    assert organ_paper("Cơ quan ngôn luận của Thông tấn xã Việt Nam") == ""


_MOFA_BODY = (
    "Đối ngoại   Kinh tế   Văn hóa   Thời sự\n"
    "Đại sứ Uruguay: Hai nước còn nhiều dư địa hợp tác nông nghiệp\n"
    "Minh Anh 14/03/2026 09:10\n"
    "Nhân dịp kỷ niệm quan hệ ngoại giao Việt Nam - Uruguay, Đại sứ Uruguay đã trao đổi với "
    "phóng viên về triển vọng hợp tác giữa hai nước.\n"
    "Kim ngạch thương mại hai chiều năm 2025 đạt khoảng 480 triệu USD, tăng 6% so với năm "
    "trước.\n"
)


def test_copy_whose_masthead_is_only_the_organ_line_is_todays_paper(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thứ Bảy, ngày 14/03/2026 Tiếng Việt English E-paper\n"
        "CƠ QUAN NGÔN LUẬN CỦA BỘ NGOẠI GIAO\n"
        + _MOFA_BODY
        + "BÁO THẾ GIỚI VÀ VIỆT NAM - CƠ QUAN NGÔN LUẬN CỦA BỘ NGOẠI GIAO\n"
    )
    assert _outlet_of(tmp_path, "uruguay.txt", text) == "Báo Quốc tế"


def test_organ_line_under_a_named_masthead_leaves_the_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "BÁO THẾ GIỚI VÀ VIỆT NAM\nCơ quan ngôn luận của Bộ Ngoại giao\n" + _MOFA_BODY
    assert _outlet_of(tmp_path, "uruguay2.txt", text) == "Báo Thế giới và Việt Nam"


def test_issuer_line_of_two_bodies_names_the_first() -> None:
    from briefer.ingest.issuerlines import portal_issuer

    text = (
        "Press release\nUK and Vietnam sign new education partnership\n"
        "From: British Embassy Hanoi and Department for Business and Trade\n"
        "Published 3 March 2026\n"
    )
    assert portal_issuer(text) == "British Embassy Hanoi"
    one = "News story\nX\nFrom: Department of Enterprise, Trade and Employment\nPublished 1 May\n"
    assert portal_issuer(one) == "Department of Enterprise, Trade and Employment"


def test_masthead_with_founding_year_names_the_paper() -> None:
    from briefer.ingest.establishedmast import established_name

    assert established_name("Antigua and Barbuda Chronicle Est. 1909 Friday, May 8, 2026") == (
        "Antigua and Barbuda Chronicle"
    )
    assert established_name("The Harbour Times Founded in 1952") == "The Harbour Times"
    assert established_name("Fiji's Leading Daily Newspaper Est. 1952") == ""
    assert established_name("Samoa's Leading Daily Newspaper Since 1952") == ""
    assert established_name("Vietnam and Chile since 1971 have traded rice") == ""
