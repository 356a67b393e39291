"""Round 28's metadata rules: a copyright holder named before the sign, an ISO stamp's day,
a stamp glued to a byline, English names that say their kind, a headline opening on an
embassy, a social title cut short, a tag page's featured article."""

from __future__ import annotations

from briefer.ingest.holderfirst import holder_before_sign
from briefer.ingest.metachoice import choose_author
from briefer.ingest.outletnames import copyright_holder
from briefer.ingest.pagetitle import is_site_name
from briefer.ingest.tagpage import tag_topic
from briefer.ingest.webpage import read_webpage
from briefer.text.dates import find_dates


def test_copyright_holder_named_before_the_sign() -> None:
    assert holder_before_sign("Mekong Wire Agency © 2024") == "Mekong Wire Agency"
    assert copyright_holder("Cổng Tin Miền Tây © 2023-2025") == "Cổng Tin Miền Tây"
    # (a caption's credit or a sentence holds more than a name and a sign)
    assert holder_before_sign("Photo: the agency kept the rights ©") == ""
    assert holder_before_sign("© 2025") == ""


def test_iso_stamp_with_time_dates_its_day() -> None:
    found = find_dates("2024-03-07T09:05:00+07:00")
    assert [d.start for d in found] == ["2024-03-07"]
    assert find_dates("2024-03-07x") == []


def test_stamp_glued_to_byline_is_no_part_of_the_name() -> None:
    assert choose_author("Lan Phương2024-03-07", "") == "Lan Phương"
    assert choose_author("Staff Writer2024-03-0", "") == ""  # (a generic account: no writer)


def test_english_names_that_say_their_kind_are_sites() -> None:
    assert is_site_name("Radio Danube International")
    assert is_site_name("Northern Plains News Agency")
    assert is_site_name("Coastal Business News Network")
    assert not is_site_name("radio silence over the talks")
    assert not is_site_name("Latest News")


def test_headline_opening_on_an_embassy_is_no_site_name() -> None:
    assert is_site_name("Đại sứ quán Việt Nam tại Chile")
    assert not is_site_name("Đại sứ quán tổ chức Ngày Văn hóa Việt Nam")
    assert is_site_name("Embassy of Viet Nam in Peru")


def test_social_title_cut_short_gives_way_to_the_headline() -> None:
    page = (
        "<html><head><title>Q&amp;A: Vietnam and Chile after the trade deal - Site</title>"
        '<meta property="og:title" content="Q&amp;A: Vietnam and Chile"></head><body>'
        "<h1>Q&amp;A: Vietnam and Chile after the trade deal</h1><p>Text of the page.</p>"
        "</body></html>"
    )
    assert read_webpage(page.encode(), "p.html").title == (
        "Q&A: Vietnam and Chile after the trade deal"
    )


def test_tag_page_keeps_its_first_article() -> None:
    assert tag_topic("Tag: Cà phê") == "Cà phê"
    assert tag_topic("Chủ đề: Xuất khẩu gạo") == "Xuất khẩu gạo"
    assert tag_topic("Cà phê Việt sang châu Âu") == ""
    page = (
        "<html><head><title>Cà phê - Tin tức về Cà phê | Báo Kinh tế Mới</title></head><body>"
        '<div class="logo">Báo Kinh tế Mới</div><h1>Tag: Cà phê</h1>'
        "<h2>Cà phê Việt tìm đường sang châu Âu</h2><p>Xuất khẩu cà phê tăng mạnh.</p>"
        "<h2>Bài khác</h2></body></html>"
    )
    read = read_webpage(page.encode(), "p.html")
    assert read.title == "Cà phê Việt tìm đường sang châu Âu"
    assert ("title part", "Cà phê") not in read.site_claims


def test_division_sender_signs_under_its_department() -> None:
    from briefer.ingest.mailunit import department_of

    body = "Kính gửi anh chị,\n...\nLê Văn An\nPhòng Bắc Âu\nVụ Châu Âu | Bộ Ngoại giao\nĐT: 024"
    assert department_of("Phòng Bắc Âu", body) == "Vụ Châu Âu"
    english = "Regards,\nJane Roe\nDivision of Trade Data\nDepartment of Statistics | Ministry"
    assert department_of("Division of Trade Data", english) == "Department of Statistics"
    # (a division signing alone, or a department itself, stays as it is)
    assert department_of("Phòng Bắc Âu", "Lê Văn An\nPhòng Bắc Âu\nĐT: 024") == "Phòng Bắc Âu"
    assert department_of("Vụ Châu Âu", body) == "Vụ Châu Âu"


def test_office_named_by_its_kind_belongs_to_the_body_above() -> None:
    from briefer.ingest.issuer import issuing_body

    assert issuing_body(["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "VĂN PHÒNG"]).casefold() == (
        "văn phòng ủy ban nhân dân tỉnh nam định"
    )
    # (a provincial department keeps its own name and the place)
    assert issuing_body(["UBND TỈNH NAM ĐỊNH", "SỞ CÔNG THƯƠNG"]).startswith("Sở Công")


def test_compiler_label_with_a_post_before_the_name() -> None:
    from briefer.ingest.metadata import reporter_in

    assert reporter_in("Người lập: Tham tán Thương mại Lê Minh Châu") == "Lê Minh Châu"
    assert reporter_in("Biên soạn: Tùy viên Thương mại Trần Thu Hà") == "Trần Thu Hà"
    assert reporter_in("Prepared by: Trade Counsellor Jane Roe") == "Jane Roe"
    assert reporter_in("Người lập biểu mẫu theo quy định") == ""


def test_note_in_parentheses_is_no_title() -> None:
    from briefer.ingest.notetitle import title_past_note

    text = (
        "BỘ CÔNG THƯƠNG\nTHƯƠNG VỤ VIỆT NAM TẠI PERU\n(kiêm nhiệm Bolivia, Ecuador)\n"
        "BẢN TIN THỊ TRƯỜNG\nSố 4 - tháng 4/2025\nLima, ngày 10 tháng 4 năm 2025\n"
        "Lưu hành nội bộ\nGạo Việt tại Peru: thị phần tăng nhưng cạnh tranh gay gắt\n"
        "Peru nhập khẩu nhiều gạo hơn trong quý I."
    )
    assert title_past_note(text, "(kiêm nhiệm Bolivia, Ecuador)") == (
        "Gạo Việt tại Peru: thị phần tăng nhưng cạnh tranh gay gắt"
    )
    english = (
        "TRADE OFFICE\n(accredited to Chad and Niger)\nTRADE BULLETIN\n"
        "Cotton buyers from Chad visit Ho Chi Minh City"
    )
    assert title_past_note(english, "(accredited to Chad and Niger)") == (
        "Cotton buyers from Chad visit Ho Chi Minh City"
    )
    assert title_past_note(text, "Gạo Việt tại Peru") == "Gạo Việt tại Peru"


def test_initials_over_their_name_are_the_masthead() -> None:
    from briefer.ingest.initialsmast import initials_masthead

    assert initials_masthead("Skip to content\nMBR\nMekong Business Review\nNews  World") == (
        "Mekong Business Review"
    )
    assert initials_masthead("TIN\nTàu Ideal Nam\nHà Nội") == "Tàu Ideal Nam"
    # (initials over a line that spells something else, or far down the text: no masthead)
    assert initials_masthead("MBR\nLatest news today\nText") == ""


def test_accepted_day_of_a_journal_history() -> None:
    from briefer.ingest.issuedays import accepted_day

    vi = "Tác giả A\nNgày nhận: 02/3/2025 - Ngày nhận lại: 01/4/2025 - Ngày duyệt đăng: 20/4/2025\n"
    assert accepted_day(vi) == "2025-04-20"
    en = "Received: 3 March 2025; Revised: 1 April 2025; Accepted: 22 April 2025\nAbstract"
    assert accepted_day(en) == "2025-04-22"
    # (an acceptance outside a history is some other event's day)
    assert accepted_day("The offer was accepted: 22 April 2025 by the board.") == ""
