"""Round r96's metadata rules, on wording of our own (other outlets, people, places and
languages than the corpus): titles wrapped at a kicker's colon, a printed page's section head,
a handling label over a note's kind; writers' slots that hold a handle, a site, agency codes,
places or a body's seat; a mission's host with a word that folds to another country's name;
an English page's agency by the name it prints; bulletins' publishers and months; a site's
clock; a weekly's running head broken by its column."""

from __future__ import annotations

import lxml.html

from briefer.ingest.bodyrow import body_site_row
from briefer.ingest.capsbyline import lead_byline
from briefer.ingest.clean import clean
from briefer.ingest.clockday import clock_day
from briefer.ingest.found import Line
from briefer.ingest.handling import handling_marking
from briefer.ingest.headersite import far_as_printed
from briefer.ingest.headrows import large_run
from briefer.ingest.issuelines import head_issue_month, masthead_day
from briefer.ingest.officeplace import plain_office
from briefer.ingest.printmarks import issue_header
from briefer.ingest.publisher import is_bulletin
from briefer.ingest.typesize import LARGE, SMALL
from briefer.ingest.writerchoice import choose_author
from briefer.ingest.writertail import agency_codes, places_only, unit_at_place, without_tail

# --- titles ------------------------------------------------------------------------------


def test_a_large_headline_wrapped_after_its_opening_phrase_and_colon_is_one_run() -> None:
    rest = Line("Cánh cửa mới cho trái cây nhiệt đới", large=True)
    assert large_run(Line("Nông sản Việt tới Thụy Điển:", large=True), [rest])
    # (a label's colon over the headline, a word or two, stays a label)
    assert not large_run(Line("Góc nhìn:", large=True), [rest])
    assert not large_run(Line("Tiêu điểm:", large=True), [rest])


def test_a_pdf_headline_broken_after_its_colon_keeps_both_lines() -> None:
    text = "\n\n".join(
        [
            f"{SMALL}THANH HÓA NGÀY MỚI  |  Thứ Ba, 4/11/2025  |  Số 77",
            f"{SMALL}NÔNG NGHIỆP",
            f"{LARGE}Việt Nam - Thụy Điển:",
            f"{LARGE}Mở lối cho gạo thơm vào Bắc Âu",
            f"{SMALL}Lê Hạ Vũ",
            "Năm 2025, Việt Nam xuất khẩu sang Thụy Điển 48 triệu USD gạo thơm, tăng 30% "
            "so với năm 2024.",
            "Hai bên thống nhất lập nhóm công tác về an toàn thực phẩm vào đầu năm 2026.",
        ]
    )
    assert clean(text).title == "Việt Nam - Thụy Điển: Mở lối cho gạo thơm vào Bắc Âu"


def test_a_writer_in_capitals_under_the_lead_of_a_headline_a_column_wrapped() -> None:
    text = "\n\n".join(
        [
            "Việt Nam - Bolivia:",
            "Gắn kết hai đầu bán cầu",
            "Chuyến thăm của đoàn Bolivia mở ra nhiều cơ hội hợp tác về nông nghiệp và "
            "khoáng sản giữa hai nước.",
            "TRẦN KHÁNH LINH",
            "Đoàn đại biểu Bolivia đã làm việc tại Hà Nội từ ngày 3 đến 5/11/2025.",
        ]
    )
    assert lead_byline(text, "Việt Nam - Bolivia: Gắn kết hai đầu bán cầu") == "Trần Khánh Linh"
    # (a title the text never sets, whole or wrapped, finds no block under it)
    assert lead_byline(text, "Gắn kết hai đầu") == ""


def test_a_printed_pages_section_paper_and_weekday_head() -> None:
    assert issue_header("THỂ THAO TUỔI TRẺ Chủ nhật, 9-11-2025") == (
        "TUỔI TRẺ",
        "Chủ nhật, 9-11-2025",
    )
    # no paper the table knows at its end: a headline in capitals, a site's section beside
    # its clock, a city's name — none is a paper's head (the review of session 25 found the
    # headline taken for the outlet)
    for line in (
        "KINH TẾ MIỀN TÂY Thứ hai, 3-11-2025",
        "CHILE AND VIETNAM SIGN FISHERIES PACT Thursday, 16 October 2025",
        "TIN TỨC SỰ KIỆN Thứ hai, 20/10/2025",
        "HÀ NỘI Thứ năm, 28-8-2025",
    ):
        assert issue_header(line) == ("", ""), line
    # a person's name before a weekday, in mixed case: no paper's head
    assert issue_header("Ông Phạm Văn Đức Thứ hai, 3-11-2025") == ("", "")
    # a head of capitals with no year: no issue's day
    assert issue_header("THỂ THAO TUỔI TRẺ Chủ nhật, 9-11") == ("", "")


def test_a_notes_handling_label_for_the_leadership_is_no_part_of_its_title() -> None:
    assert handling_marking("TÀI LIỆU PHỤC VỤ LÃNH ĐẠO")
    assert handling_marking("Tài liệu phục vụ lãnh đạo - Không phổ biến rộng")
    # (the visit a background paper serves is its purpose, said in words: no marking)
    assert not handling_marking("Phục vụ chuyến thăm Việt Nam của Tổng thống Chile")
    assert not handling_marking("Lãnh đạo hai nước nhất trí tăng cường hợp tác")


def test_a_section_in_small_capitals_over_a_bulletins_headline_is_no_writer() -> None:
    text = "\n\n".join(
        [
            f"{SMALL}BỘ CÔNG THƯƠNG - VỤ THỊ TRƯỜNG CHÂU MỸ",
            f"{SMALL}BẢN TIN THỊ TRƯỜNG CHÂU MỸ - NAM MỸ - CARIBE",
            f"{SMALL}Số 4 – Tháng 4/2026",
            f"{SMALL}XUẤT KHẨU - ĐẦU TƯ",
            f"{LARGE}Chile: Cửa ngõ cho cà phê Việt Nam vào Nam Mỹ",
            "Năm 2025, kim ngạch xuất khẩu cà phê Việt Nam sang Chile đạt 61 triệu USD, "
            "tăng 19% so với năm 2024.",
            "Doanh nghiệp được khuyến nghị tham dự hội chợ Espacio Food & Service tại "
            "Santiago tháng 9/2026.",
        ]
    )
    cleaned = clean(text)
    assert cleaned.title == "Chile: Cửa ngõ cho cà phê Việt Nam vào Nam Mỹ"
    assert cleaned.metadata.author == ""


# --- writers -----------------------------------------------------------------------------


def test_what_trails_a_writers_name() -> None:
    assert (
        without_tail("Maja Lindgren, Foreign Editor @majalind") == "Maja Lindgren, Foreign Editor"
    )
    assert without_tail("Tomas Berzins, Delfi.lv") == "Tomas Berzins"
    assert without_tail("Ana Costa @anacosta, Publico.pt") == "Ana Costa"
    # a surname before the given name, with a comma, is a name whole
    assert without_tail("Okafor, Chinedu") == "Okafor, Chinedu"
    assert without_tail("Nguyễn Thu Trang") == "Nguyễn Thu Trang"


def test_agency_codes_and_places_in_the_writers_slot() -> None:
    assert agency_codes("TTXVN/VNP")
    assert agency_codes("VNA/VOV")
    assert not agency_codes("Lan Anh/VNA")  # (a writer and the agency: bare_name cuts it)
    assert not agency_codes("Abcde/Fghij")  # (no outlet the tables know)
    assert places_only("Madrid/Hanoi")
    assert places_only("Bangkok Jakarta")
    # a person whose given name is a city's: one part is no place
    assert not places_only("Sydney Okonkwo")
    assert not places_only("Lima")  # (one place: is_place's)
    # at a space, a country's name is a given name as well: a person (review of session 25)
    assert not places_only("Georgia Washington")
    assert not places_only("Jordan Paris")
    assert unit_at_place("Swiss Embassy Jakarta")
    assert unit_at_place("Regional Office Nairobi")
    assert not unit_at_place("Nairobi Okello")
    assert not unit_at_place("Embassy")


def test_the_writer_chosen_between_text_and_markup() -> None:
    assert choose_author("", "Maja Lindgren, Foreign Editor @majalind") == "Maja Lindgren"
    assert choose_author("", "Tomas Berzins, Delfi.lv") == "Tomas Berzins"
    assert choose_author("", "TTXVN/VNP") == ""
    assert choose_author("Swiss Embassy Jakarta", "Madrid/Hanoi") == ""
    assert choose_author("", "Okafor, Chinedu") == "Okafor, Chinedu"


def test_a_speech_on_the_states_form_is_signed_by_the_missions_head_no_writer() -> None:
    speech = [
        "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI CỘNG HÒA CHILE",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Santiago, ngày 25 tháng 3 năm 2026",
        "BÀI PHÁT BIỂU",
        "Tại Lễ kỷ niệm 55 năm quan hệ ngoại giao Việt Nam - Chile",
        "Kính thưa Quý vị đại biểu,",
        "Năm 2025, thương mại hai chiều Việt Nam - Chile đạt 1,9 tỷ USD, tăng 6% so với năm 2024.",
        "Xin chúc tình hữu nghị Việt Nam - Chile mãi mãi bền vững.",
        "ĐẠI SỨ",
        "Lương Minh Khoa",
    ]
    assert clean("\n\n".join(speech)).metadata.author == ""
    # the same speech without the state's form (an association's paper): its speaker signs
    own = [line for line in speech if "Độc lập" not in line and "CỘNG HÒA XÃ HỘI" not in line]
    own[0] = "HỘI HỮU NGHỊ VIỆT NAM - CHILE"
    own[-2] = "CHỦ TỊCH HỘI"
    assert clean("\n\n".join(own)).metadata.author == "Lương Minh Khoa"


# --- outlets -----------------------------------------------------------------------------


def test_a_missions_host_is_read_by_its_marks() -> None:
    # ("THỐNG NHẤT", united, folds as "Nhật" of Japan does: its marks tell them apart)
    assert (
        plain_office("Đại sứ quán Việt Nam tại Cộng hòa Thống nhất Tanzania")
        == "Đại sứ quán Việt Nam tại Tanzania"
    )
    assert plain_office("Thương vụ Việt Nam tại Vương quốc Nhật Bản") == (
        "Thương vụ Việt Nam tại Nhật Bản"
    )
    # the older placement of a tone mark ("Hoà", "Thuỵ") bears the same marks as the table's
    # spelling: the same country (review of session 25)
    from briefer.ingest.officeplace import _country

    assert _country("Vương quốc Hòa Lan") == ("Hà Lan", "Netherlands")
    assert _country("Cộng hòa Thống nhất Tanzania") == ("Tanzania", "Tanzania")
    assert plain_office("Tổng Lãnh sự quán Việt Nam tại Cộng hòa Thống nhất Tanzania") == (
        "Tổng Lãnh sự quán Việt Nam tại Tanzania"
    )


def test_the_header_site_as_the_page_prints_it() -> None:
    edges = ["11/3/26, 8:02 AM    Vietnam, Chile sign rice deal - Vietnam News Agency"]
    text = "VIETNAM NEWS AGENCY\n\nVietnam, Chile sign rice deal\n\nSantiago (VNA) – …"
    assert far_as_printed("TTXVN", edges, text) == "Vietnam News Agency"
    # (a far end that is another outlet than the one chosen stays the chosen one)
    assert far_as_printed("Tuổi Trẻ", edges, text) == "Tuổi Trẻ"


def test_a_bulletins_name_with_its_edition_and_its_publishers_row() -> None:
    assert is_bulletin("EAS Trade Bulletin: Latin America")
    assert is_bulletin("Market Watch: Nordics")
    assert not is_bulletin("Borneo Times: Asia")
    head = (
        "EAS Trade Bulletin: Latin America\n\nIssue 4 – April 2026\n\n"
        "Enterprise Agency of Slovakia | Trnavská 100, Bratislava | www.eas.example.sk\n\n"
        "Vietnam and Slovakia eye tyre trade"
    )
    assert body_site_row(head) == "Enterprise Agency of Slovakia"
    # a row of a person and their page is no body's
    assert body_site_row("Jana Novak | Bratislava | www.jananovak.sk") == ""
    # a body's row without a web address at its end: no publisher's row
    assert body_site_row("Enterprise Agency of Slovakia | Trnavská 100, Bratislava") == ""


def test_a_bulletins_month_under_its_name_in_mixed_case() -> None:
    lines = [
        Line("EAS Trade Bulletin: Latin America", reason="masthead"),
        Line("Issue 4 – April 2026", reason="masthead"),
        Line("Vietnam and Slovakia eye tyre trade", reason="title"),
    ]
    assert head_issue_month(lines) == "2026-04"
    # a plain line over an issue line is no periodical's name
    plain = [Line("Trade and markets", reason="masthead"), *lines[1:]]
    assert head_issue_month(plain) == ""


def test_a_weeklys_running_head_broken_by_a_narrow_column() -> None:
    lines = [
        Line("THE MEKONG WEEKLY | Issue"),
        Line("2,031 | March 2-8, 2026"),
        Line("TRADE"),
        Line("Cambodian rice flows north"),
    ]
    assert masthead_day(lines) == "2026-03-02"
    # two lines none of which is half a head: no day
    assert masthead_day([Line("TRADE"), Line("March 2-8, 2026 was busy")]) == ""


# --- dates -------------------------------------------------------------------------------


def test_a_sites_clock_as_the_last_resort() -> None:
    page = lxml.html.fromstring(
        '<html><body><div class="topbar"><span class="date-now">Thứ Sáu, 6/3/2026 '
        "07:15</span></div><h1>Tin</h1></body></html>"
    )
    assert clock_day(page) == "2026-03-06"
    # no clock: no day (a day elsewhere on the page is not the clock's)
    none = lxml.html.fromstring('<html><body><p class="lead">Ngày 6/3/2026, …</p></body></html>')
    assert clock_day(none) == ""
    # two clocks showing two days: no one day
    two = lxml.html.fromstring(
        '<html><body><span class="today">6/3/2026</span><span class="clock">7/3/2026</span>'
        "</body></html>"
    )
    assert clock_day(two) == ""
