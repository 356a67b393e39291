"""A station signing with its initials, a <title> with sections after the site, a menu word
that is also an outlet's short name, a journal's running foot, history and footnoted writer,
a speech's note, a statement's heading over the article's headline (issue 19). Wording of
our own, no corpus strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.issuedays import history_day, speech_note_day
from briefer.ingest.issuer import issuing_body
from briefer.ingest.metachoice import initials_in_name, same_outlet
from briefer.ingest.pdflayout import printed_page


def test_a_stations_initials_stand_for_its_full_name() -> None:
    full = "Đài Phát thanh và Truyền hình Sông Mây"
    assert initials_in_name("TSM", full)  # Truyền hình + Sông Mây
    assert initials_in_name("SMTV", full)  # Sông Mây + TV, in the other order
    assert initials_in_name("STV", full)  # the place's first word and TV
    assert same_outlet("TSM", full)
    assert not initials_in_name("TSM", "Báo Sông Mây")  # no T word to stand for
    assert not initials_in_name("QTV", full)  # Q is none of its words
    assert not initials_in_name("PT", full)  # its place left out: any station's words


def test_the_page_names_a_station_in_full_over_its_initials(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Tỉnh Sông Mây đón đoàn doanh nghiệp Uruguay ~ TSM</title></head>"
        '<body><div class="logo"><img src="/l.png" alt="TSM"></div>'
        "<h1>Tỉnh Sông Mây đón đoàn doanh nghiệp Uruguay</h1>"
        "<p>Sáng 3/6/2026, lãnh đạo tỉnh Sông Mây đã tiếp đoàn doanh nghiệp Uruguay đến tìm "
        "hiểu cơ hội đầu tư vào chế biến nông sản.</p>"
        "<p>Hai bên trao đổi về hợp tác trong lĩnh vực chăn nuôi bò sữa và xuất khẩu gạo.</p>"
        "<footer><p>© Bản quyền thuộc Đài Phát thanh và Truyền hình Sông Mây</p></footer>"
        "</body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Đài Phát thanh và Truyền hình Sông Mây"


def test_a_text_masthead_of_initials_then_the_full_name(tmp_path: Path) -> None:
    source = tmp_path / "tin.txt"
    source.write_text(
        "SMTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÔNG MÂY\n\n"
        "Tỉnh Sông Mây tiếp đoàn công tác của Bộ Nông nghiệp Uruguay\n\n"
        "(SMTV) - Sáng 3/6/2026, lãnh đạo tỉnh Sông Mây đã tiếp đoàn công tác của Bộ Nông "
        "nghiệp Uruguay đến tìm hiểu cơ hội hợp tác.\n\n"
        "Hai bên trao đổi về hợp tác trong lĩnh vực chăn nuôi bò sữa và xuất khẩu gạo.\n",
        encoding="utf-8",
    )
    # (its kind as Vietnamese writes it, not every word capitalised)
    assert analyse(source).metadata.outlet == "Đài Phát thanh và Truyền hình Sông Mây"


def test_the_titles_part_the_logo_names_is_the_site_not_its_last_section(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Uruguay and Vietnam open a dairy research centre – The Harbour "
        "Ledger | Uruguay News | Farming | Shipping</title></head><body>"
        '<div class="site-branding"><img alt="The Harbour Ledger" src="/logo.png"></div>'
        "<h1>Uruguay and Vietnam open a dairy research centre</h1>"
        "<p>Uruguay and Vietnam opened a joint dairy research centre in Montevideo on Monday, "
        "the two governments said.</p>"
        "<footer>Copyright © 2026 The Harbour Ledger.</footer></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "The Harbour Ledger"


def test_a_menu_rows_first_word_is_no_outlet_it_happens_to_name() -> None:
    # "Tin tức" is the short name of an outlet the table knows, and a menu's first item
    text = (
        "HỌC VIỆN NÔNG LÂM SÔNG MÂY\n"
        "Tin tức | Đào tạo | Hợp tác quốc tế\n"
        "Học viện tiếp đoàn đại biểu Đại học Quốc gia Uruguay\n"
        "Sáng 3/6/2026, Học viện Nông lâm Sông Mây đã tiếp đoàn đại biểu Đại học Quốc gia "
        "Uruguay đến bàn về trao đổi sinh viên.\n"
    )
    offers = [name for name, _rank, _credit in clean(text).metadata.outlet_offers]
    assert "Báo Tin tức (TTXVN)" not in offers


def test_a_journals_running_foot_names_the_journal_whatever_its_length() -> None:
    edges = [
        "TẠP CHÍ NGHIÊN CỨU NÔNG THÔN VÀ MIỀN NÚI, SỐ 4 (88) - 2026",
        "Tạp chí Nghiên cứu nông thôn miền núi - Học viện Nông lâm Sông Mây    3",
    ]
    assert printed_page(edges)[1] == "Tạp chí Nghiên cứu nông thôn miền núi"


def test_an_articles_history_gives_its_publication_day() -> None:
    head = (
        "Bài viết nhận ngày\n\nNgày nhận bài: 02/3/2026; ngày phản biện: 15/4/2026; ngày "
        "duyệt đăng:\n\n20/5/2026; ngày xuất bản: 30/6/2026\n\nTóm tắt: …"
    )
    assert history_day(head) == "2026-06-30"
    english = "Received 2 March 2026; Accepted 20 May 2026; Published online 30 June 2026"
    assert history_day(english) == "2026-06-30"
    # a page's own "published" stamp without a history is not read here
    assert history_day("Published: 30 June 2026") == ""
    # a history without its publication day gives none
    assert history_day("Ngày nhận bài: 02/3/2026; ngày duyệt đăng: 20/5/2026") == ""


def test_a_speechs_note_dates_it() -> None:
    text = (
        "Phát biểu tại Lễ khai giảng khóa học tiếng Tây Ban Nha\n"
        "(Phát biểu của PGS.TS. Lê Văn Sơn, Giám đốc Học viện, tại Lễ khai giảng, "
        "ngày 05/9/2026)\nKính thưa các vị khách quý!\n"
    )
    assert speech_note_day(text) == "2026-09-05"
    assert speech_note_day("(Remarks by the Rector at the opening, 5 September 2026)") == (
        "2026-09-05"
    )
    # a note on what a paper serves is no speech's: its visit's day is not the paper's
    assert speech_note_day("(Phục vụ buổi tiếp Đại sứ Uruguay ngày 05/9/2026)") == ""


def test_a_papers_writer_marked_for_a_footnote() -> None:
    text = (
        "Hợp tác nông nghiệp Việt Nam - Uruguay: thực trạng và triển vọng\n"
        "Lê Thị Minh Khuê* * Viện Kinh tế nông nghiệp. Email: khue@example.vn\n"
        "Việt Nam và Uruguay thiết lập quan hệ ngoại giao năm 1993, quan hệ hai nước không "
        "ngừng phát triển.\n"
    )
    assert clean(text).metadata.author == "Lê Thị Minh Khuê"
    alone = (
        "Hợp tác nông nghiệp Việt Nam - Uruguay\nLê Thị Minh Khuê*\nViệt Nam và Uruguay hợp tác."
    )
    assert clean(alone).metadata.author == "Lê Thị Minh Khuê"


def test_a_statements_heading_in_capitals_gives_way_to_the_articles_headline() -> None:
    text = (
        "JOINT STATEMENT ON THE OFFICIAL VISIT OF THE PRIME MINISTER OF URUGUAY TO VIET NAM\n"
        "Uruguay and Viet Nam agree to open a dairy research centre in Hanoi\n"
        "Hanoi, June 3. The two governments published the statement after the talks.\n"
        "The two sides agreed to open a joint dairy research centre in 2027.\n"
    )
    assert (
        clean(text).title == "Uruguay and Viet Nam agree to open a dairy research centre in Hanoi"
    )
    # a heading whose next line goes on with it stays the title
    going_on = (
        "JOINT STATEMENT ON THE OFFICIAL VISIT OF THE PRIME MINISTER OF URUGUAY\n"
        "Between the Socialist Republic of Viet Nam and the Eastern Republic of Uruguay\n"
        "The two sides agreed to open a joint dairy research centre in 2027.\n"
    )
    assert clean(going_on).title.startswith("JOINT STATEMENT")


def test_a_writer_element_by_its_class_names_the_writer(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Uruguay opens a dairy centre</title></head><body>"
        "<h1>Uruguay opens a dairy centre</h1>"
        '<div class="writer">By Marta Olivera Suárez</div>'
        "<p>Uruguay and Vietnam opened a joint dairy research centre in Montevideo on Monday, "
        "the two governments said.</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.author == "Marta Olivera Suárez"


def test_a_lead_tag_of_initials_and_the_owner_line_naming_the_station(tmp_path: Path) -> None:
    # "PT-TH" is how a station's kind is shortened; the owner line names it in full
    source = tmp_path / "tin.txt"
    source.write_text(
        "SMTV - Đại sứ Uruguay mong muốn mở rộng hợp tác nông nghiệp với tỉnh.\n\n"
        "Sáng 3/6/2026, Chủ tịch UBND tỉnh Sông Mây đã tiếp Đại sứ Uruguay tại Việt Nam.\n\n"
        "Hai bên trao đổi về hợp tác chăn nuôi bò sữa.\n\nLê Minh (SMTV)\n\n"
        "Cơ quan chủ quản: Đài PT-TH Sông Mây\n",
        encoding="utf-8",
    )
    assert analyse(source).metadata.outlet == "Đài PT-TH Sông Mây"


def test_a_site_dashed_to_the_headline_and_barred_to_its_tagline(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Uruguay and Vietnam open a dairy research centre – The Harbour "
        "Ledger | Uruguay News | Farming | Shipping</title></head><body>"
        "<h1>Uruguay and Vietnam open a dairy research centre</h1>"
        "<p>Uruguay and Vietnam opened a joint dairy research centre in Montevideo on Monday, "
        "the two governments said.</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "The Harbour Ledger"


def test_a_writer_marked_by_a_footnotes_number() -> None:
    text = (
        "Hợp tác nông nghiệp Việt Nam - Uruguay: thực trạng và triển vọng\n"
        "Lê Thị Minh Khuê1, Phạm Văn Lộc2\n"
        "1 Viện Kinh tế nông nghiệp; 2 Học viện Nông lâm Sông Mây\n"
        "Việt Nam và Uruguay thiết lập quan hệ ngoại giao năm 1993, quan hệ hai nước không "
        "ngừng phát triển.\n"
    )
    assert clean(text).metadata.author.startswith("Lê Thị Minh Khuê")


def test_a_copyright_lines_own_words_are_no_part_of_the_holder() -> None:
    from briefer.ingest.outletnames import copyright_holder

    assert copyright_holder("© 2026 All rights reserved by Harbour Ledger") == "Harbour Ledger"
    assert copyright_holder("© Copyright 2026 Harbour Ledger. All Rights Reserved.") == (
        "Harbour Ledger"
    )
    assert copyright_holder("Copyright Harbour Ledger 2026") == "Harbour Ledger"
    assert copyright_holder("© Copyright of Harbour Ledger Group") == "Harbour Ledger Group"


def test_a_stamp_row_whose_fields_a_dash_parts_dates_the_page() -> None:
    from briefer.ingest.rows import labelled_stamp

    assert labelled_stamp("Ngày đăng: 05/9/2026 - Người đăng: Phòng Truyền thông") == "2026-09-05"
    assert labelled_stamp("Hội chợ diễn ra 12 - 16/11/2026") == ""  # a range, no fields


def test_a_byline_of_the_outlets_own_initials_names_no_writer(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Uruguay opens a dairy centre | Harbour Ledger</title></head><body>"
        "<h1>Uruguay opens a dairy centre</h1>"
        '<div class="field-byline">By HL - Jun 3,2026 - Last updated at Jun 3,2026</div>'
        "<p>Uruguay and Vietnam opened a joint dairy research centre in Montevideo on Monday, "
        "the two governments said.</p></body></html>",
        encoding="utf-8",
    )
    meta = analyse(page).metadata
    assert meta.outlet == "Harbour Ledger" and meta.author == ""


def test_a_letterheads_name_in_english_under_it_is_its_translation() -> None:
    from briefer.ingest.issuer import issuing_body

    body = issuing_body(["HIỆP HỘI NUÔI ONG SÔNG MÂY", "SONG MAY BEEKEEPERS ASSOCIATION"])
    assert "association" not in body.lower() and body.lower().startswith("hiệp hội nuôi ong")


@pytest.mark.parametrize(
    ("units", "name"),
    [
        # the body's kind, then its name's first word; a kind of two words is one kind
        (["HIỆP HỘI CÀ PHÊ VIỆT NAM"], "Hiệp hội Cà phê Việt Nam"),
        (["TỔNG CỤC THỐNG KÊ"], "Tổng cục Thống kê"),
        (["TRƯỜNG ĐẠI HỌC THỦY LỢI"], "Trường Đại học Thủy lợi"),
        # places of two words or more and the parts of the world are names; a country of
        # one syllable is left ("pháp luật" is law, not France)
        (["VIỆN NGHIÊN CỨU CHÂU PHI"], "Viện Nghiên cứu châu Phi"),
        (["HỘI HỮU NGHỊ VIỆT NAM - NHẬT BẢN"], "Hội Hữu nghị Việt Nam - Nhật Bản"),
        (["VIỆN KHOA HỌC PHÁP LÝ"], "Viện Khoa học pháp lý"),
    ],
)
def test_a_letterhead_unit_in_capitals_is_cased_as_vietnamese_writes_a_body(
    units: list[str], name: str
) -> None:
    assert issuing_body(units) == name
