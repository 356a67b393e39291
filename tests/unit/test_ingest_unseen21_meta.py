"""Title, outlet and author shapes the unseen20 and unseen21 held-out sets showed, each on
wording of our own (never the sets'): a site's name in an element classed as the site's
title, a <title> that opens on a section's words before the site's name."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_BODY_VI = (
    "<p>Sáng 4/3/2026, Học viện Thủy sản Cửa Lò đã tiếp đoàn công tác của Đại học Bergen "
    "(Na Uy) sang làm việc về đào tạo nuôi trồng thủy sản.</p>"
    "<p>Hai bên thống nhất trao đổi 20 sinh viên mỗi năm từ năm học 2026-2027.</p>"
)


def _page(tmp_path: Path, html: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return analyse(path).metadata


def test_a_sections_words_before_the_sites_name_are_no_outlet(tmp_path: Path) -> None:
    # "Tin tức" reads as the short name of a paper the table knows; here it is a section
    meta = _page(
        tmp_path,
        "<html><head><title>Tin tức - Hoạt động | Học viện Thủy sản Cửa Lò</title></head>"
        '<body><div class="branding"><p class="site-title">HỌC VIỆN THỦY SẢN CỬA LÒ</p></div>'
        '<article><h2 class="entry-title">Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen'
        f"</h2>{_BODY_VI}</article></body></html>",
    )
    assert meta.outlet == "Học viện Thủy sản Cửa Lò"
    assert meta.title == "Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen"


def test_an_element_classed_as_the_sites_title_is_no_headline(tmp_path: Path) -> None:
    meta = _page(
        tmp_path,
        "<html><head><title>Học viện Thủy sản Cửa Lò</title></head><body>"
        '<div class="header"><span class="blog_title">Học viện Thủy sản Cửa Lò</span></div>'
        '<div class="post"><div class="post-title">Đoàn Đại học Bergen thăm Học viện Thủy sản'
        f"</div>{_BODY_VI}</div></body></html>",
    )
    assert meta.title == "Đoàn Đại học Bergen thăm Học viện Thủy sản"


def test_a_titles_site_name_first_then_the_headline_stays_the_site(tmp_path: Path) -> None:
    # a site's one-word name before the headline is no section
    meta = _page(
        tmp_path,
        "<html><head><title>Fishwire.no - Norway, Vietnam talk salmon, shrimp</title></head>"
        "<body><div><h2>Norway, Vietnam talk salmon, shrimp</h2></div>"
        "<p>Norway and Vietnam agreed on 4 March 2026 to open a joint aquaculture lab in "
        "Bergen, the ministers said.</p><p>Trade in seafood reached $310 million in 2025."
        "</p></body></html>",
    )
    assert meta.outlet == "Fishwire.no"


_BODY_EN = (
    "Norway and Vietnam agreed on 4 March 2026 to open a joint aquaculture lab in Bergen.\n\n"
    "Two-way trade in seafood reached US$310 million in 2025, up 6% on 2024.\n\n"
    "The ministers will meet again in Hanoi in the autumn.\n"
)


def _text(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path).metadata


def _en_page(head: str, top: str, foot: str = "") -> str:
    """A saved page: ``head`` inside <head>, ``top`` over the English body, ``foot`` under."""
    body = "".join(f"<p>{p}</p>" for p in _BODY_EN.split("\n\n"))
    return f"<html><head>{head}</head><body>{top}{body}{foot}</body></html>"


def test_a_writers_post_under_the_name_is_no_writer(tmp_path: Path) -> None:
    page = _en_page(
        "<title>Norway and Vietnam open a salmon lab</title>",
        "<h1>TRANSCRIPT: Norway, Vietnam open a salmon lab</h1>"
        "<p><strong>Ingrid Halvorsen</strong><br>Chief Fisheries Correspondent</p>",
    )
    assert _page(tmp_path, page).author == "Ingrid Halvorsen"


def test_a_documents_kind_before_its_stamp_is_no_writer(tmp_path: Path) -> None:
    text = "Norway and Vietnam open a salmon lab\n\nMEDIA RELEASE · 4 March 2026\n\n" + _BODY_EN
    assert _text(tmp_path, text).author == ""


def test_outlets_credited_together_name_no_writer(tmp_path: Path) -> None:
    page = _en_page(
        '<title>Norway and Vietnam open a salmon lab</title><meta name="author" '
        'content="Reuters with AFP">',
        "<h1>Norway and Vietnam open a salmon lab</h1>",
    )
    assert _page(tmp_path, page).author == ""


def test_a_menus_word_news_names_no_agency(tmp_path: Path) -> None:
    # ("news" is the stem of an agency's domain the table knows)
    text = (
        "Fjordposten.no | Norwegian Coastal News\n"
        "News | Business | Culture | Sport | EN | NO\n\n"
        "Norway and Vietnam open a salmon lab\n\n" + _BODY_EN
    )
    meta = _text(tmp_path, text)
    assert meta.outlet == "Fjordposten.no"


def test_a_section_stamp_and_name_row_names_the_writer(tmp_path: Path) -> None:
    text = (
        "Norway and Vietnam open a salmon lab\n\n"
        "FISHERIES · 04/03/2026 09:40 · Ingrid Halvorsen\n\n" + _BODY_EN
    )
    meta = _text(tmp_path, text)
    assert (meta.author, meta.published_on) == ("Ingrid Halvorsen", "2026-03-04")


def test_a_provinces_station_is_named_in_full_over_its_initials(tmp_path: Path) -> None:
    text = (
        "THVL - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG\n\n"
        "Vĩnh Long đón đoàn doanh nghiệp Na Uy\n\n"
        "Sáng 4/3/2026, tỉnh Vĩnh Long đã đón đoàn 15 doanh nghiệp thủy sản Na Uy sang tìm "
        "hiểu cơ hội đầu tư.\n\nKim ngạch thương mại Việt Nam - Na Uy năm 2025 đạt 310 triệu USD.\n"
    )
    assert _text(tmp_path, text).outlet == "Đài Phát thanh và Truyền hình Vĩnh Long"


_BODY_VI_TEXT = (
    "Sáng 4/3/2026, Học viện Thủy sản Cửa Lò đã tiếp đoàn công tác của Đại học Bergen (Na Uy) "
    "sang làm việc về đào tạo nuôi trồng thủy sản.\n\n"
    "Hai bên thống nhất trao đổi 20 sinh viên mỗi năm từ năm học 2026-2027.\n\n"
    "Năm 2025, kim ngạch thương mại Việt Nam - Na Uy đạt 310 triệu USD.\n"
)


def test_a_menu_row_of_items_set_apart_by_gaps_is_no_title(tmp_path: Path) -> None:
    # (an item of four syllables among them)
    text = (
        "HỌC VIỆN THỦY SẢN CỬA LÒ\n"
        "Trang chủ  Đào tạo  Khoa học công nghệ  Tuyển sinh  Liên hệ\n\n"
        "Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen\n\n" + _BODY_VI_TEXT
    )
    assert _text(tmp_path, text).title == "Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen"


def test_a_cms_heading_class_and_a_labelled_writer_cell(tmp_path: Path) -> None:
    meta = _page(
        tmp_path,
        "<html><head><title>Học viện Thủy sản - Tin tức</title></head><body>"
        '<table><tr><td class="contentheading">Học viện Thủy sản Cửa Lò đón đoàn Đại học '
        "Bergen</td></tr></table><table><tr><td>Tác giả: Đỗ Minh Khuê</td></tr><tr><td>"
        f"{_BODY_VI}</td></tr></table></body></html>",
    )
    assert meta.title == "Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen"
    assert meta.author == "Đỗ Minh Khuê"


def test_a_speech_signed_under_its_last_paragraph_names_its_speaker(tmp_path: Path) -> None:
    text = (
        "Phát biểu chào mừng đoàn Đại học Bergen\n\n"
        "Kính thưa các vị khách quý,\n\n" + _BODY_VI_TEXT + "\nXin trân trọng cảm ơn!\n\n"
        "GS.TS. Phan Văn Định\nGiám đốc Học viện Thủy sản Cửa Lò\n\n"
        "Tin liên quan:\n- Học viện tuyển sinh thạc sĩ đợt 2\n- Khai giảng lớp tiếng Na Uy\n"
    )
    assert _text(tmp_path, text).author == "Phan Văn Định"


def test_a_labelled_credit_among_a_boxs_lines_names_the_writer(tmp_path: Path) -> None:
    text = (
        "Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen\n\n" + _BODY_VI_TEXT + "\n"
        "Bài, ảnh: Đỗ Minh Khuê - Phòng Đối ngoại\n"
        "Tin cùng chuyên mục:\n› Học viện tuyển sinh thạc sĩ đợt 2\n› Khai giảng lớp tiếng Na Uy\n"
    )
    assert _text(tmp_path, text).author == "Đỗ Minh Khuê"


def test_a_posted_byline_and_a_papers_slashed_stamp(tmp_path: Path) -> None:
    text = (
        "Norway and Vietnam open a salmon lab\n\n"
        "By: Ingrid K. Halvorsen - Staff Writer / @fjordposten\n"
        "Bergen Daily Post / 09:40 AM March 4, 2026\n\n" + _BODY_EN
    )
    meta = _text(tmp_path, text)
    assert (meta.author, meta.published_on) == ("Ingrid K. Halvorsen", "2026-03-04")


def test_a_page_declaring_its_initials_is_named_by_them(tmp_path: Path) -> None:
    # (the table knows the broadcaster in full; the page calls itself by its initials)
    page = _en_page(
        '<meta property="og:site_name" content="DW">'
        "<title>Norway and Vietnam open a salmon lab – DW – 03/04/2026</title>",
        "<h1>Norway and Vietnam open a salmon lab</h1>",
        "<footer><p>© 2026 Deutsche Welle | Privacy Policy</p></footer>",
    )
    assert _page(tmp_path, page).outlet == "DW"


def test_a_top_row_of_initials_and_their_name_names_the_site(tmp_path: Path) -> None:
    text = (
        "NFA | Nordic Fisheries Agency\n"
        "Home · Fisheries · Trade · Science\n\n"
        "Norway and Vietnam open a salmon lab\n\n" + _BODY_EN
    )
    assert _text(tmp_path, text).outlet == "Nordic Fisheries Agency"


def test_the_headers_first_cell_the_masthead_repeats_is_the_site(tmp_path: Path) -> None:
    text = (
        "FJORD TRADER | Regional news · March 2026 edition\n\n"
        "FJORD TRADER\n\n"
        "The Arctic's business monthly since 1981\n\n"
        "Business | Fisheries | Energy\n\n"
        "Norway and Vietnam open a salmon lab\n\n" + _BODY_EN
    )
    assert _text(tmp_path, text).outlet == "Fjord Trader"


def test_a_vietnamese_page_names_its_publisher_in_vietnamese(tmp_path: Path) -> None:
    meta = _page(
        tmp_path,
        "<html><head><title>HVTS - Tin tức | Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen"
        '</title></head><body><div class="logo"><img src="/logo.png" alt="Logo Học viện '
        'Thủy sản Cửa Lò"></div><div class="news-title">Học viện Thủy sản Cửa Lò đón đoàn '
        f"Đại học Bergen</div>{_BODY_VI}<div class='footer'>Copyright © 2026 Cua Lo "
        "Fisheries Academy</div></body></html>",
    )
    assert meta.outlet == "Học viện Thủy sản Cửa Lò"


def test_a_kicker_in_capitals_run_into_a_headline_is_no_part_of_it() -> None:
    from briefer.ingest.titlelines import without_kicker

    assert without_kicker("ĐỐI NGOẠI NHÂN DÂN 30 năm hữu nghị Việt Nam - Na Uy") == (
        "30 năm hữu nghị Việt Nam - Na Uy"
    )
    # (initials opening a headline are its words, and a title wholly in capitals stays)
    assert without_kicker("UN SDG progress report for Asia") == "UN SDG progress report for Asia"
    assert without_kicker("ĐỐI NGOẠI NHÂN DÂN") == "ĐỐI NGOẠI NHÂN DÂN"


def test_a_journals_running_head_names_it_over_its_publishers_foot() -> None:
    from briefer.ingest.pdflayout import printed_page

    edges = [
        "TẠP CHÍ KHOA HỌC BIỂN BẮC SỐ 4 (112) - 2026",
        "Viện Hải dương học Bắc Bộ - Viện Hàn lâm Khoa học Việt Nam   Trang 3",
    ]
    assert printed_page(edges)[1].casefold() == "tạp chí khoa học biển bắc"


def test_a_bulletins_running_head_names_it_and_dates_the_issue() -> None:
    from briefer.ingest.issuedays import issue_day
    from briefer.ingest.pdflayout import printed_page

    edges = ["BẢN TIN HỌC VIỆN THỦY SẢN - CỬA LÒ · Số 57 · Ngày 04/3/2026", "hvts.edu.vn · Trang 1"]
    assert printed_page(edges)[1].casefold() == "bản tin học viện thủy sản - cửa lò"
    assert issue_day(edges) == "2026-03-04"


def test_a_running_heads_day_dates_a_pdf_whose_text_gives_its_year_only(tmp_path: Path) -> None:
    from benchmarks.corpus import build_pdf

    out = tmp_path / "bulletin.pdf"
    lead = (
        "Năm 2026, kỷ niệm 55 năm quan hệ ngoại giao Việt Nam - Na Uy (25/11/1971 - 25/11/2026), "
        "Học viện Thủy sản Cửa Lò mở rộng hợp tác đào tạo."
    )
    # (two pages: the head runs over both, the reader takes it off the text)
    more = [
        f"Trong đợt trao đổi thứ {i}, giảng viên hai bên cùng dạy học phần về giống cá, thức "
        "ăn thủy sản và quản lý ao nuôi cho sinh viên năm cuối của Học viện."
        for i in range(1, 19)
    ]
    build_pdf(
        {
            "print_header": "BẢN TIN HỌC VIỆN THỦY SẢN · Số 57 · Ngày 04/3/2026",
            "print_footer": "hvts.edu.vn · Trang {page}",
            "blocks": [{"h": "Học viện Thủy sản Cửa Lò mở rộng hợp tác với Na Uy"}]
            + [{"p": p} for p in [lead, *more]],
        },
        out,
    )
    assert analyse(out).metadata.published_on == "2026-03-04"


def test_a_short_name_of_opening_letters_stands_for_the_full_name(tmp_path: Path) -> None:
    from briefer.ingest.metachoice import same_outlet

    assert same_outlet("Dirpesca", "Dirección de Pesca y Acuicultura")
    assert not same_outlet("Dirpesca", "Dirección de Puertos Marítimos")
    text = (
        "Dirección de Pesca y Acuicultura | Gobierno de Valdoria\n"
        "DIRPESCA · Ministerio de Economía\n\n"
        "Norway and Vietnam open a salmon lab\n\n" + _BODY_EN
    )
    assert _text(tmp_path, text).outlet == "Dirección de Pesca y Acuicultura"
