"""Title, outlet, date and author shapes the unseen11 held-out set showed, each on wording
of our own (never the set's)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.text.fold import fold

_BODY = (
    "Ngày 5/5/2025, đoàn doanh nghiệp Italy đã làm việc với tỉnh về hợp tác chế biến nông sản.\n\n"
    "Hai bên thống nhất thúc đẩy đầu tư vào các khu công nghiệp trong năm 2026.\n"
)


def _meta(tmp_path: Path, text: str, name: str = "note.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyse(path).metadata


def test_a_city_named_with_its_level_dates_the_letterhead_and_is_never_the_title(
    tmp_path: Path,
) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\n\nTỈNH HẢI DƯƠNG\n\nSỞ CÔNG THƯƠNG\n\nSố: 88/SCT-HTQT\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Thị xã Kinh Môn, ngày 07 tháng 5 năm 2025\n\n"
        "V/v chuẩn bị đón đoàn doanh nghiệp Italy\n\n"
        "THÔNG TIN THAM KHẢO\n\n"
        "Hợp tác kinh tế giữa tỉnh Hải Dương và Italy\n\n" + _BODY
    )
    meta = _meta(tmp_path, text)
    assert meta.title == "Hợp tác kinh tế giữa tỉnh Hải Dương và Italy"
    assert meta.published_on == "2025-05-07"
    # a heading naming the note's kind is nobody's name
    assert meta.author == ""
    # the unit under its parent body and the parent's place, not the parent
    assert fold(meta.outlet) == fold("Sở Công thương tỉnh Hải Dương")


def test_a_speech_heading_in_capitals_is_its_title_not_its_salutation(tmp_path: Path) -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
        "PHÁT BIỂU CỦA BỘ TRƯỞNG TẠI LỄ KÝ KẾT BIÊN BẢN HỢP TÁC NÔNG NGHIỆP VIỆT NAM – ITALY\n\n"
        "Hà Nội, ngày 12 tháng 6 năm 2025\n\n"
        "Kính thưa Ngài Bộ trưởng Nông nghiệp Italy,\n\n"
        "Thưa toàn thể quý vị,\n\n" + _BODY
    )
    meta = _meta(tmp_path, text)
    assert meta.title.startswith("PHÁT BIỂU CỦA BỘ TRƯỞNG")
    assert fold(meta.outlet) == fold("Bộ Nông nghiệp và Môi trường")


def test_a_salutation_is_never_a_title(tmp_path: Path) -> None:
    text = "Kính thưa các vị khách quý,\n\nThưa quý vị đại biểu,\n\n" + _BODY
    assert not _meta(tmp_path, text).title.startswith(("Kính thưa", "Thưa"))


def test_a_labelled_section_gives_way_to_the_headline_in_capitals(tmp_path: Path) -> None:
    text = (
        "Chuyên đề: Kinh tế - Hội nhập\n\n"
        "DOANH NGHIỆP ITALY TÌM CƠ HỘI MỚI TẠI CÁC TỈNH ĐỒNG BẰNG\n\n" + _BODY
    )
    meta = _meta(tmp_path, text)
    assert meta.title == "DOANH NGHIỆP ITALY TÌM CƠ HỘI MỚI TẠI CÁC TỈNH ĐỒNG BẰNG"


def test_an_english_page_dated_only_in_its_credit_line(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ports deal signed | Harbour Wire</title></head><body><article>"
        "<h1>Vietnam and Chile sign ports deal</h1>"
        "<figure><img src='a.jpg'><p class='photo-credit'>File photo, Jan 9, 2019</p></figure>"
        "<p class='credit'>HARBOUR WIRE - Mar 3, 2025 - 10:20 | Asia</p>"
        "<p>HANOI - Vietnam and Chile signed a ports cooperation deal on Monday, officials "
        "said, as both sides seek more shipping links.</p>"
        "<p>Trade between the two countries reached $1.9 billion last year.</p>"
        "</article></body></html>"
    )
    assert _meta(tmp_path, page, "page.html").published_on == "2025-03-03"


def test_a_headline_cut_at_its_dash_goes_on_on_the_next_line(tmp_path: Path) -> None:
    text = (
        "Hợp tác đóng tàu giữa Hải Phòng và Italy – Việt –\n\nÝ bước sang giai đoạn mới\n\n"
        "Thứ sáu, 09/05/2025 | 08:00\n\n" + _BODY
    )
    meta = _meta(tmp_path, text)
    assert (
        meta.title == "Hợp tác đóng tàu giữa Hải Phòng và Italy – Việt – Ý bước sang giai đoạn mới"
    )


def test_a_kicker_cut_at_its_dash_and_its_colon_belong_to_the_headline(tmp_path: Path) -> None:
    text = (
        "Đầu tư Italy vào Việt Nam –\n\nquý I năm 2025:\n\n"
        "Dòng vốn mới chảy vào chế biến nông sản\n\n"
        "12/04/2025 10:15\n\n" + _BODY
    )
    meta = _meta(tmp_path, text)
    assert meta.title == (
        "Đầu tư Italy vào Việt Nam – quý I năm 2025: Dòng vốn mới chảy vào chế biến nông sản"
    )


def test_a_labelled_writer_on_a_printed_page_is_the_author(tmp_path: Path) -> None:
    text = (
        "Vietnam and Chile sign a ports cooperation deal\n\nPUBLISHED : 3 March 2025 at 10:20\n\n"
        "WRITER: Camila Rojas\n\nTOP STORIES\n\n"
        "Vietnam and Chile signed a ports cooperation deal on Monday, officials said, as both "
        "sides seek more shipping links.\n\nTrade between the two countries reached $1.9 billion "
        "last year, up 12 percent.\n"
    )
    assert _meta(tmp_path, text).author == "Camila Rojas"


def test_a_printed_pages_running_header_names_its_outlet_beside_its_address() -> None:
    from briefer.ingest.pdflayout import printed_page

    edges = ["Tạp chí Cảng biển Phương Nam – cangbienphuongnam.vn", "Trang 2"]
    assert printed_page(edges)[1] == "Tạp chí Cảng biển Phương Nam"
    # a header of a section and a page number names no outlet
    assert printed_page(["Kinh tế – Hội nhập", "Trang 3"])[1] == ""


def test_a_box_heading_over_its_items_gives_way_to_the_name_at_the_foot(tmp_path: Path) -> None:
    text = (
        "Italy và Việt Nam bàn hợp tác chế biến nông sản\n\n05/05/2025 | 09:30\n\n" + _BODY + "\n"
        "QUAN TÂM NHIỀU\n\nGiá cà phê hôm nay đi ngang\n\n"
        "Khánh thành cầu vượt nút giao phía Bắc\n\n"
        "Tỉnh đón 2 triệu lượt khách dịp lễ\n\nTIN MỚI\n\nMưa lớn ở vùng núi\n\n"
        "Thi tuyển sinh lớp 10\n\nMinh Khoa\n\n"
        "© Báo Đồng Nam. Mọi hình thức sao chép phải ghi rõ nguồn.\n"
    )
    assert _meta(tmp_path, text).author == "Minh Khoa"


def test_a_photo_credit_outside_its_figure_does_not_date_the_page() -> None:
    import lxml.html

    from briefer.ingest.pagemeta import visible_date

    root = lxml.html.fromstring(
        "<html><body><p class='img-credit'>Photo: Harbour Wire, Jan 9, 2019</p>"
        "<p class='credit'>HARBOUR WIRE - Mar 3, 2025 - 10:20 | Asia</p></body></html>"
    )
    assert visible_date(root)[0] == "2025-03-03"
