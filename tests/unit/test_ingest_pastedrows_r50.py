"""Rows of a pasted or printed page's head and foot that are the site's, not the article's
(round r50)."""

from briefer.ingest.lines import Line
from briefer.ingest.strayrows import mark_menu_rows


def test_a_trail_from_the_home_link_in_mixed_case_is_the_menu() -> None:
    lines = [
        Line("BÁO ĐIỆN TỬ MIỀN TÂY"),
        Line("Trang chủ Thời sự Người Việt với quê nhà Ký sự"),
        Line("Ký sự"),
        Line("Cần Thơ mở đường bay thẳng sang Seoul từ tháng 10"),
        Line("Thứ Hai, 06/10/2025 | 08:15"),
    ]
    mark_menu_rows(lines)
    assert lines[1].reason == "menu"
    assert lines[3].kept
    row = [Line("Home Europe Asia Pacific Markets Opinion Video"), Line("Asia Pacific")]
    mark_menu_rows(row)
    assert row[0].reason == "menu"


def test_a_headline_with_a_short_line_under_it_stays() -> None:
    lines = [
        Line("Trang chủ"),
        Line("Homeowners in Da Nang Welcome New Flood Barrier"),
        Line("Da Nang"),
        Line("Home loans rise as rates fall in Ho Chi Minh City"),
        Line("Ho Chi Minh City"),
    ]
    mark_menu_rows(lines)
    assert lines[1].kept and lines[3].kept


def test_the_sites_own_line_under_the_tags_is_its_footer() -> None:
    from briefer.ingest.ownfooter import mark_own_footer

    def page(last: str) -> list[Line]:
        lines = [
            Line("Lima and Hanoi agreed on Tuesday to double coffee trade by 2030."),
            Line("Andes Wire earlier reported that the two sides met in Lima in March."),
            Line("Tags: Peru, Vietnam, coffee"),
            Line(last),
            Line("All rights reserved."),
        ]
        lines[2].reason, lines[4].reason = "tags", "copyright"
        return lines

    lines = page("Andes Wire - News Agency of the Andean Region. Founded in 1972.")
    mark_own_footer(lines, "Andes Wire")
    assert lines[3].reason == "imprint"
    assert lines[1].kept  # (the article's own sentence naming the outlet, over the boxes)
    other = page("Peru Daily - News of the Andean Region. Founded in 1972.")
    mark_own_footer(other, "Andes Wire")
    assert other[3].kept


def test_a_desks_initials_after_the_last_stop_leave_the_paragraph() -> None:
    from briefer.ingest.lines import Found
    from briefer.ingest.tail import strip_signoff

    paragraphs = ["Coffee exports to Peru rose by a third in the first half of the year. jl/rmp"]
    found = Found()
    assert strip_signoff(paragraphs, found) == "jl/rmp"
    assert paragraphs[0].endswith("year.")
    assert not found.author


def _head(*texts: str) -> list[Line]:
    lines = [Line(t) for t in texts]
    lines[1].reason = "title"
    return lines


def test_the_name_on_the_stamps_line_is_the_writer() -> None:
    from briefer.ingest.lines import Found
    from briefer.ingest.stampbylines import mark_stamp_bylines

    for stamp, name in (
        ("Minh Khôi 08:10 | 02/11/2025", "Minh Khôi"),
        ("Minh Khôi (thực hiện) 08:10 | 02/11/2025 Lượt xem: 310", "Minh Khôi"),
        ("BQT | 02/11/2025 08:10 Minh Khôi", "Minh Khôi"),
    ):
        lines = _head("Ngoại giao", "Hà Nội và Lima ký thỏa thuận hợp tác cà phê", stamp)
        lines[2].reason = "timestamp" if stamp.startswith("Minh") else "menu"
        found = Found()
        mark_stamp_bylines(lines, found)
        assert found.author == name, stamp
    for day in ("Thứ Hai 08:10 02/11/2025", "Sun Nov 02 2025 - 08:10"):
        bar = _head("Thủ đô", "Hà Nội và Lima ký thỏa thuận hợp tác cà phê", day)
        bar[2].reason = "timestamp"
        found = Found()
        mark_stamp_bylines(bar, found)
        assert not found.author, day  # (a weekday opening the bar is no name)


def test_an_initialled_name_beside_the_stamp_is_the_writer() -> None:
    from briefer.ingest.lines import Found
    from briefer.ingest.stampbylines import mark_stamp_bylines

    lines = _head(
        "Menu", "Mongolia and Vietnam open a direct flight", "D.Batbayar", "2025-11-02 10:05:33"
    )
    lines[2].reason, lines[3].reason = "related headline", "timestamp"
    found = Found()
    mark_stamp_bylines(lines, found)
    assert found.author == "D.Batbayar"
    assert lines[2].reason == "byline"


def test_the_print_headers_title_parted_by_double_colons() -> None:
    from briefer.ingest.headertitle import header_headline

    header = "5/9/25, 14:20    Ấn Độ muốn nhập thêm hạt điều Việt Nam :: TinNhanhF"
    text = (
        "TinNhanhF Xã hội Chứng khoán Doanh nghiệp Vĩ mô\n"
        "\ue001Ấn Độ muốn nhập thêm hạt điều Việt Nam\nHai bên nhất trí tăng thương mại."
    )
    assert header_headline([header], text) == "Ấn Độ muốn nhập thêm hạt điều Việt Nam"


def test_a_page_printed_all_in_body_type_repeats_the_headers_title() -> None:
    from briefer.ingest.headertitle import header_headline

    header = "5/9/25, 14:20    Seoul, Hanoi agree to widen chip supply ties | Han Wire+"
    text = (
        "Han Wire+ | Korea | World | Business\nSearch Han Wire+\nWorld\n"
        "Seoul, Hanoi agree to widen chip supply ties\n"
        "HAN WIRE - Sep 5, 2025 - 14:05 | World\n"
        "Officials of the two countries at the talks in Seoul on Sept. 5, 2025. (Han Wire)\n"
        "SEOUL - The two governments agreed Friday to widen cooperation on chips."
    )
    assert header_headline([header], text) == "Seoul, Hanoi agree to widen chip supply ties"
    site_only = "5/9/25, 14:20    Han Wire+ | Korea"
    assert header_headline([site_only], text) == ""
    # (the site's name in body type repeats a header that names only the site)
    office = "5/9/25, 14:20    Tổng Lãnh sự quán Việt Nam tại Osaka"
    page = "Tổng Lãnh sự quán Việt Nam tại Osaka\nThứ Hai, 01/09/2025\nTrang chủ\nTin tức\n"
    assert header_headline([office], page + "Bài viết") == ""


def test_a_newsrooms_note_to_itself_is_no_text() -> None:
    from briefer.ingest.looselines import loose_line

    assert loose_line("Ghi chú nội bộ: chờ xác nhận số liệu của Bộ Công Thương rồi mới đăng.")
    assert loose_line("Ghi chú BTV: sửa lại chức danh ông Hùng trước khi lên trang")
    assert loose_line("Internal note: photo rights cleared for web only.")
    assert not loose_line("Ghi chú của tòa soạn: bài viết thể hiện quan điểm riêng của tác giả.")
    assert not loose_line("Lưu ý: hồ sơ xin thị thực nộp trước 15 ngày.")


def test_a_caption_with_its_source_after_it_is_a_caption() -> None:
    from briefer.ingest.pastedcaption import credited_caption

    assert credited_caption("Bộ trưởng Công Thương thăm gian hàng Việt Nam. Nguồn: BCT")
    assert credited_caption("Bà Trần Thị Mai Hương Nguồn: NVCC")
    assert credited_caption("The two ministers at the signing in Rabat. Source: MAP")
    # (a figure's sentence citing its source is the article's)
    assert not credited_caption("Xuất khẩu cà phê đạt 1,2 tỷ USD trong quý I. Nguồn: TCHQ")


def test_a_read_on_link_between_printed_paragraphs_stands_alone() -> None:
    from briefer.ingest.pdflayout import reflow

    text = (
        "Hai bên nhất trí tăng cường hợp tác đào tạo nghề cho thanh niên trong giai đoạn tới.\n"
        "Xem thêm: Đoàn thanh niên Lào thăm Hà Nội\n"
        "Phía Lào đề nghị Việt Nam tiếp nhận thêm 20 học viên sang học tập trong năm tới.\n"
    )
    paragraphs = reflow(text).split("\n\n")
    assert "Xem thêm: Đoàn thanh niên Lào thăm Hà Nội" in paragraphs
    wrapped = (
        "The two ministers agreed to meet again in Jakarta before the end of the year.\n"
        "Related News: Minister receives Viet Nam's Deputy Foreign Minister; Jakarta hosts\n"
        "Regional Forum\n"
    )
    assert reflow(wrapped).split("\n\n")[-1].endswith("Jakarta hosts Regional Forum")


def test_a_row_of_sections_over_the_headline_and_its_dateline_is_the_menu() -> None:
    from briefer.ingest.pastedheadline import pasted_headline

    text = (
        "NhàĐầuTư Tiếng nói của nhà đầu tư\n"
        "Chứng khoán Ngân hàng Bất động sản Doanh nghiệp Quốc tế\n"
        "Vốn Hàn Quốc đổ mạnh vào linh kiện điện tử miền Bắc\n"
        "Minh Châu 03/12/2025 - 09:30\n"
        "Hàn Quốc tiếp tục dẫn đầu về vốn FDI đăng ký mới trong 11 tháng đầu năm 2025.\n"
    )
    title = "NhàĐầuTư Tiếng nói của nhà đầu tư"
    assert pasted_headline(text, title) == "Vốn Hàn Quốc đổ mạnh vào linh kiện điện tử miền Bắc"
    lines = [Line(t) for t in text.splitlines()]
    mark_menu_rows(lines)
    assert lines[1].reason == "menu"
    assert lines[2].kept


def test_a_reception_or_a_meeting_seen_in_the_present_is_a_caption() -> None:
    from briefer.ingest.pastedcaption import scene_caption

    assert scene_caption("Chủ tịch UBND tỉnh Trần Văn Nam tiếp Đại sứ Phần Lan Keijo Norvanto.")
    assert scene_caption("Thứ trưởng Lê Minh Hòa phát biểu tại hội thảo.")
    assert scene_caption("Ministers Anna Berg and Le Van Hai at the talks in Stockholm")
    # (the verb goes on: "tiếp tục", "tiếp cận"; "tại buổi tiếp X" is where words were said)
    assert not scene_caption("Thụy Điển tiếp tục là đối tác thương mại lớn của Việt Nam.")
    assert not scene_caption("Ý kiến được nêu tại buổi tiếp Đại sứ Phần Lan Keijo Norvanto.")
    # (a related story's headline says the same with no closing stop)
    assert not scene_caption("Chủ tịch UBND tỉnh Bình Định tiếp Đại sứ Phần Lan")


def test_a_byline_right_under_the_headline_is_no_menu() -> None:
    from briefer.ingest.pastedheadline import pasted_headline

    text = (
        "Gulf Courier\n"
        "Qatar | Business | World | Sports\n"
        "Qatar, Vietnam sign MoU on halal food as trade tops US$1bn\n"
        "Gulf Courier Bureau\n"
        "Published: 02 Oct 2026, 9:15 PM\n"
        "Doha – Qatar and Vietnam on Thursday signed a memorandum of understanding on food.\n"
    )
    title = "Qatar, Vietnam sign MoU on halal food as trade tops US$1bn"
    assert pasted_headline(text, title) == ""  # (the title read stays)
