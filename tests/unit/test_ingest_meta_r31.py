"""Round 31 metadata rules: byline labels and share bars, a year against a page's shown day,
an English edition's own name, "Story: Name" credits, a speech's head."""

from __future__ import annotations

from briefer.ingest.bylinenoise import is_share_row, without_by_label
from briefer.ingest.editionname import english_edition
from briefer.ingest.metachoice import choose_author
from briefer.ingest.metadata import reporter_in
from briefer.ingest.speechtitle import speech_byline, speech_title
from briefer.ingest.yearday import day_over_year


def test_by_label_leaves_the_name() -> None:
    assert without_by_label("By: Marta Quispe-Lowe") == "Marta Quispe-Lowe"
    assert without_by_label("Bởi: Trần Minh Khoa") == "Trần Minh Khoa"
    assert without_by_label("Byron Kess") == "Byron Kess"
    assert choose_author("", "By Marta Quispe-Lowe") == "Marta Quispe-Lowe"


def test_share_bar_is_no_writer() -> None:
    assert is_share_row("Facebook Twitter WhatsApp Email")
    assert is_share_row("Chia sẻ: Zalo Facebook")
    assert not is_share_row("Line Nguyen")
    assert choose_author("Facebook X LinkedIn Print", "") == ""


def test_year_gives_way_to_the_shown_day() -> None:
    assert day_over_year("2024", "2026-05-02") == "2026-05-02"
    assert day_over_year("2026-04-30", "2026-05-02") == "2026-04-30"
    assert day_over_year("2024", "") == "2024"


def test_english_edition_named_as_printed() -> None:
    marks = ["VIETNAM PICTORIAL"]
    assert english_edition("Báo ảnh Việt Nam", marks, "en") == "Vietnam Pictorial"
    assert english_edition("Báo ảnh Việt Nam", marks, "vi") == ""
    assert english_edition("Báo ảnh Việt Nam", ["Vietnam News Agency"], "en") == ""


def test_story_label_names_the_writer() -> None:
    assert reporter_in("Story: Hoang Lan Anh") == "Hoang Lan Anh"
    assert reporter_in("Text: Peter Okafor") == "Peter Okafor"


_SPEECH = (
    "ISLAND TRADE HOUSE\n\nIsland Chamber of Industry\n\n3 March 2026\n\n"
    "Welcome address at the Island–Viet Nam Investment Day\n\n"
    "Welcome address by Hon. Mere Tavola binti Ali, Minister of Trade\n\n"
    "Distinguished guests, ladies and gentlemen,\n\nIt is an honour to open this day."
)


def test_speech_head_title_and_speaker() -> None:
    body = "Island Chamber of Industry"
    assert speech_title(_SPEECH, body, body) == (
        "Welcome address at the Island–Viet Nam Investment Day"
    )
    assert speech_title(_SPEECH, "A headline", body) == ""
    assert speech_byline(_SPEECH) == "Mere Tavola binti Ali"
    vi = "SỞ X\n\nPhát biểu khai mạc tại Diễn đàn Y\n\nPhát biểu của ông Lê Quang Vinh, Giám đốc Sở"
    assert speech_title(vi, "Sở X", "Sở X") == "Phát biểu khai mạc tại Diễn đàn Y"
    assert speech_byline(vi) == "Lê Quang Vinh"
    assert speech_byline("SỞ X\n\nPHÁT BIỂU CỦA GIÁM ĐỐC SỞ TẠI HỘI NGHỊ") == ""


def test_section_of_an_office_gives_the_office() -> None:
    from briefer.ingest.unitparent import office_of_section

    sign = "Trân trọng,\nLê Văn Tâm\nPhòng Quản lý biên giới - Sở Ngoại vụ tỉnh Bắc Sơn\nĐT: 0123"
    outlet = "Phòng Quản lý biên giới - Sở Ngoại vụ"
    assert office_of_section(outlet, sign) == "Sở Ngoại vụ tỉnh Bắc Sơn"
    assert office_of_section(outlet, "no signature") == "Sở Ngoại vụ"
    assert office_of_section("Sở Ngoại vụ tỉnh Bắc Sơn", sign) == ""


def test_unit_on_its_own_site() -> None:
    from briefer.ingest.unitsite import masthead_unit

    page = (
        "AGRIC - Trung tâm Dữ liệu Nông sản\nTrang chủ | Tin tức\n\nTin bài\n\n"
        "Bản quyền © Trung tâm Dữ liệu Nông sản - Bộ Nông nghiệp và Môi trường"
    )
    outlet = "Bộ Nông nghiệp và Môi trường"
    assert masthead_unit(outlet, page) == "Trung tâm Dữ liệu Nông sản"
    no_mast = page.replace("AGRIC - Trung tâm Dữ liệu Nông sản", "Trang tin")
    assert masthead_unit(outlet, no_mast) == ""
    english = "Agri Data Centre\nHome\n\nCopyright © 2026 Agri Data Centre – Ministry of Farms"
    assert masthead_unit("Ministry of Farms", english) == "Agri Data Centre"


def test_newsletter_masthead_names_its_body() -> None:
    from briefer.ingest.newsletterhead import newsletter_body

    vi = "BẢN TIN HỘI VIÊN\n\nHIỆP HỘI CHẾ BIẾN GỖ TỈNH ĐỒNG THÁP\n\nSố 4 - Tháng 4/2026"
    assert newsletter_body(vi) == "Hiệp hội Chế biến gỗ tỉnh Đồng Tháp"
    en = "MEMBER NEWSLETTER\n\nISLAND CHAMBER OF COMMERCE\n\nIssue 4"
    assert newsletter_body(en) == "Island Chamber of Commerce"
    assert newsletter_body("TIN TỨC\n\nHIỆP HỘI X\n\nBài") == ""


def test_video_editor_credit_names_the_writer() -> None:
    assert reporter_in("Biên tập: Phạm Minh Châu | Quay phim: Quốc Bảo") == "Phạm Minh Châu"
    assert reporter_in("Editor: Anna Reyes | Camera: Tomas Lee") == "Anna Reyes"
    assert reporter_in("Tổng Biên tập: Phạm Minh Châu") == ""
    assert reporter_in("Biên tập: Phạm Minh Châu") == ""


def test_running_head_names_the_periodical() -> None:
    from briefer.ingest.runninghead import running_head_name

    assert running_head_name(["NGHIÊN CỨU ĐÔNG PHI - Số 4 (112) - 2026"]) == "Nghiên Cứu Đông Phi"
    assert running_head_name(["Trang 7", "THE ISLAND REVIEW · No. 14 · 2026"]) == (
        "The Island Review"
    )
    assert running_head_name(["Trang 7", "Quan hệ thương mại - Một số vấn đề"]) == ""
