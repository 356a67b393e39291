"""Title, date, author and furniture read by structure (r62): a breadcrumb without its home
step, a note's subject over its first numbered heading, a stamp's "Month, DD/YYYY", a
bulletin's issue row and its name, a question teaser over a related box's label."""

from briefer.ingest.clean import clean
from briefer.ingest.pageauthor import is_person
from briefer.ingest.paperhead import byline_cells
from briefer.ingest.stampcells import head_cell_day
from briefer.ingest.titleguards import is_breadcrumb, past_head_line
from briefer.text.dates import find_dates


def test_arrow_path_without_home_is_a_breadcrumb() -> None:
    assert is_breadcrumb("Kinh tế > Thị trường và doanh nghiệp")
    assert is_breadcrumb("News » World » Asia Pacific")
    # (a headline writing "more than" with an arrow carries a figure; a route a label's colon;
    # a sentence is no path)
    assert not is_breadcrumb("Xuất khẩu gạo > 8 triệu tấn")
    assert not is_breadcrumb("Đà Nẵng > Viêng Chăn: đường bay thẳng")
    assert not is_breadcrumb("Giá lúa tăng mạnh trong tuần qua, nông dân phấn khởi")


def test_headline_under_an_arrow_path_replaces_it() -> None:
    text = (
        "BÁO MIỀN XANH\nChính trị  Kinh tế  Xã hội\nĐối ngoại > Hoạt động của lãnh đạo tỉnh\n\n"
        "Chủ tịch tỉnh tiếp Đại sứ Chile\n\n12/03/2026 09:10\n\nSáng 12/3, Chủ tịch tỉnh đã tiếp."
    )
    got = past_head_line(text, "Đối ngoại > Hoạt động của lãnh đạo tỉnh")
    assert got == "Chủ tịch tỉnh tiếp Đại sứ Chile"


def test_note_subject_over_its_first_numbered_heading() -> None:
    text = (
        "BỘ CÔNG THƯƠNG\nTHƯƠNG VỤ VIỆT NAM TẠI CHI-LÊ\nSố: 7/TV-CL\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Santiago, ngày 4 tháng 3 năm 2026\n"
        "V/v cập nhật thị trường rượu vang Chi-lê quý I năm 2026\n"
        "Kính gửi: Các doanh nghiệp nhập khẩu\n"
        "1. Tình hình nhập khẩu\n"
        "Quý I/2026, Việt Nam nhập khẩu 12 triệu USD rượu vang từ Chi-lê, tăng 5%.\n"
        "2. Khuyến nghị\n"
        "Thương vụ khuyến nghị doanh nghiệp theo dõi biến động tỷ giá.\n"
    )
    assert clean(text).title == "V/v cập nhật thị trường rượu vang Chi-lê quý I năm 2026"


def test_month_name_then_day_and_year_with_a_slash() -> None:
    dates = find_dates("WORLD June, 14/2026 - 10:05")
    assert [(d.start, d.precision) for d in dates] == [("2026-06-14", "day")]
    assert find_dates("October 3/2025 (Agency)")[0].start == "2025-10-03"
    assert find_dates("on May 5 2000 people came") == []


def test_bulletin_name_is_no_writer() -> None:
    assert not is_person("MEKONG TRADE BULLETIN")
    assert not is_person("Andean Markets Newsletter")
    assert is_person("Maria Lopez")
    text = "DELTA ECONOMIC BULLETIN  |  Americas Desk\nIssue No. 41 | Lima, June 2, 2026\nX"
    assert byline_cells(text) == ("", "")


def test_issue_row_dates_the_issue() -> None:
    text = "DELTA ECONOMIC BULLETIN | Americas Desk\nIssue No. 41 | Lima, June 2, 2026\nPeru up"
    assert head_cell_day(text) == "2026-06-02"
    # (a row with two days says no one day)
    assert head_cell_day("Số 12 | 01/06/2026 | 02/06/2026\nX") == ""


def test_question_teaser_over_related_box_is_furniture() -> None:
    text = (
        "Giá cà phê xuất khẩu sang Chile tăng\n\n"
        "Xuất khẩu cà phê sang Chile quý I đạt 14 triệu USD, tăng 20% so với cùng kỳ.\n\n"
        "Chile hiện là thị trường lớn thứ hai của cà phê Việt Nam tại Nam Mỹ.\n\n"
        "Giá vàng hôm nay có tăng tiếp không?\n"
        "Tin liên quan\n"
        "Bình luận (0)\n"
    )
    body = clean(text).body
    assert "Giá vàng hôm nay" not in body
    assert "Chile hiện là thị trường lớn thứ hai" in body


def test_closing_question_of_the_article_is_kept() -> None:
    text = (
        "Giá cà phê xuất khẩu sang Chile tăng\n\n"
        "Xuất khẩu cà phê sang Chile quý I đạt 14 triệu USD, tăng 20% so với cùng kỳ.\n\n"
        "Với đà tăng này, liệu doanh nghiệp Việt Nam có giữ được thị phần khi các nhà cung "
        "cấp Brazil và Colombia cùng hạ giá chào bán trong quý tới?\n"
        "Tin liên quan\n"
    )
    assert "liệu doanh nghiệp Việt Nam có giữ được thị phần" in clean(text).body


def test_digest_numbered_story_keeps_its_own_headline() -> None:
    text = (
        "From: Andes-Asia Weekly <news@andesasia.example>\n"
        "Subject: Andes-Asia Weekly #12: Lima-Hanoi forum, Quito fair\n\n"
        "1. PERU\n"
        "Peru and Vietnam open business forum in Lima\n\n"
        "Peru and Vietnam opened their first business forum in Lima on May 4, 2026.\n\n"
        "Two-way trade reached USD 410 million in 2025.\n"
    )
    assert clean(text).title == "Peru and Vietnam open business forum in Lima"
