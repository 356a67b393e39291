"""Rules added after the held-out set ``unseen7`` was first measured (issue 19, eighth
round), each tested on wording of its own (other outlets, countries and names than the set's
files): a headline set in capitals, a byline row with a role, a mail address and a day, …
"""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean

_LEAD_EN = (
    "WELLINGTON — New Zealand and Vietnam agreed on Monday to widen cooperation in dairy "
    "processing and vocational training after talks in the capital."
)
_MORE_EN = "Officials said a working group would meet in Hanoi early next year to follow up."


def test_a_headline_in_capitals_is_titled_as_the_pages_title_writes_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Kiwi dairy firms eye Vietnam training hub | Southern Daily</title>"
        "</head><body><article><h1>KIWI DAIRY FIRMS EYE VIETNAM TRAINING HUB</h1>"
        f"<p>{_LEAD_EN}</p><p>{_MORE_EN}</p></article></body></html>",
        encoding="utf-8",
    )
    result = analyse(page)
    assert result.metadata.title == "Kiwi dairy firms eye Vietnam training hub"
    assert "KIWI DAIRY" not in result.cleaned.body
    assert result.cleaned.body.startswith("WELLINGTON")


def test_a_byline_row_with_a_role_a_mail_address_and_a_day_is_the_byline() -> None:
    for row, writer in (
        ("BY MERE TAUROA-HUNT Political editor mere.th@southerndaily.nz Monday, March 3, 2025",
         "Mere Tauroa-Hunt"),
        ("By Oliver Grant Business reporter o.grant@example.co.nz", "Oliver Grant"),
    ):  # fmt: skip
        cleaned = clean(f"Kiwi dairy firms eye Vietnam training hub\n{row}\n{_LEAD_EN}\n{_MORE_EN}")
        assert cleaned.metadata.author == writer, row
        assert "@" not in cleaned.body
        assert cleaned.body.startswith("WELLINGTON")


def test_a_sentence_opening_on_by_is_kept() -> None:
    text = (
        "Kiwi dairy firms eye Vietnam training hub\n"
        f"{_LEAD_EN}\n"
        "By March 2026 the two sides expect to train 300 technicians, officials said.\n"
    )
    assert "By March 2026" in clean(text).body


def test_a_page_without_h1_takes_the_headline_its_class_names(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>MFAT | Media Statement 42/2025</title></head><body>"
        '<div class="stmt-no">MEDIA STATEMENT 42/2025</div>'
        '<div class="stmt-title">New Zealand and Vietnam open talks on a skills pathway</div>'
        f'<div class="stmt-body"><p>{_LEAD_EN}</p><p>{_MORE_EN}</p></div></body></html>',
        encoding="utf-8",
    )
    assert analyse(page).metadata.title == "New Zealand and Vietnam open talks on a skills pathway"


def test_a_head_block_classed_title_holding_kicker_and_deck_is_no_headline(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Kiwi dairy firms eye Vietnam training hub - Southern Daily</title>"
        '</head><body><div class="title-box"><p>TRADE</p>'
        "<p>Kiwi dairy firms eye Vietnam training hub</p>"
        "<p>A deck that says more about the training hub and who is behind it</p></div>"
        f"<p>{_LEAD_EN}</p><p>{_MORE_EN}</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.title == "Kiwi dairy firms eye Vietnam training hub"


def test_a_sites_address_and_sections_over_the_headline_are_never_the_title() -> None:
    text = (
        "Báo Ven Biển điện tử\n"
        "venbien.example.vn - Chính trị - Xã hội - Văn hóa\n"
        "Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển\n"
        "Sáng 3/4, lãnh đạo tỉnh tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.\n"
        "Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển"
    assert "venbien.example.vn" not in cleaned.body


def test_a_masthead_parted_by_middle_dots_names_the_outlet_over_a_source_line() -> None:
    text = (
        "THÔNG TẤN XÃ VIỆT NAM · Chính trị · Kinh tế · Thế giới\n"
        "Toàn văn phát biểu của Bộ trưởng tại Diễn đàn Hợp tác Việt Nam - Malta\n"
        "Sáng 9/6, Diễn đàn Hợp tác Việt Nam - Malta diễn ra tại Hà Nội với 200 đại biểu.\n"
        "Hai bên trao đổi về hợp tác hàng hải, du lịch và giáo dục đại học.\n"
        "Nguồn: Bộ Công Thương\n"
    )
    assert clean(text).metadata.outlet == "TTXVN"


def test_a_copyright_claim_in_words_after_the_sign_names_the_holder(tmp_path: Path) -> None:
    from briefer.ingest.outletnames import copyright_holder

    line = "Tòa soạn: 12 Phố Huế, Hà Nội · ©2024 Bản quyền thuộc về Tạp chí Nông thôn và Phát triển"
    assert copyright_holder(line) == "Tạp chí Nông thôn và Phát triển"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Nông thôn — Hai tỉnh ven biển bàn cách đón khách Na Uy</title>"
        "</head><body><h1>Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển</h1>"
        "<p>Sáng 3/4/2025, lãnh đạo tỉnh tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.</p>"
        "<p>Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.</p>"
        f'<div id="site-footer">{line}</div></body></html>',
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Tạp chí Nông thôn và Phát triển"


def test_a_printed_papers_running_head_names_the_paper_and_dates_the_issue() -> None:
    from briefer.ingest.printmarks import issue_header

    assert issue_header("THE HARBOUR GAZETTE | No. 87 | Monday 3/3/2025") == (
        "THE HARBOUR GAZETTE",
        "Monday 3/3/2025",
    )
    assert issue_header("Số 12 · Hà Nội · 2025") == ("", "")  # no name first
    assert issue_header("Hà Nội · Hải Phòng · Đà Nẵng") == ("", "")  # no issue
    text = (
        "NHỊP CẦU KINH DOANH · Số 45 · Thứ Hai 3/3/2025\n"
        "Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển\n"
        "Lãnh đạo tỉnh vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.\n"
        "Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.outlet.casefold() == "nhịp cầu kinh doanh"
    assert cleaned.metadata.published_on == "2025-03-03"
    assert "Số 45" not in cleaned.body


def test_credits_parted_by_a_middle_dot_name_the_writer_and_are_no_menu() -> None:
    text = (
        "KINH TẾ\n"
        "Na Uy: thị trường mới cho cá tra và du lịch biển\n"
        "Bài: Hải Yến  ·  Ảnh: TTXVN\n"
        "Na Uy đang trở thành điểm đến đáng chú ý của cá tra Việt Nam trong năm nay.\n"
        "Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Na Uy: thị trường mới cho cá tra và du lịch biển"
    assert cleaned.metadata.author == "Hải Yến"
    assert cleaned.body.startswith("Na Uy đang trở thành")


def test_a_stamp_among_labelled_fields_dates_the_text() -> None:
    text = (
        "Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển\n"
        "Đăng ngày: 07/04/2025  ·  Lượt xem: 1.204\n"
        "Lãnh đạo tỉnh vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.\n"
        "Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.published_on == "2025-04-07"
    assert "Lượt xem" not in cleaned.body
    # The day first, then fields no table knows: still the stamp row, dated to the day.
    row = "07/04/2025 · Người đăng: Ban Biên tập · Chuyên mục: Đối ngoại"
    cleaned = clean(text.replace(text.splitlines()[1], row))
    assert cleaned.metadata.published_on == "2025-04-07"
    assert "Người đăng" not in cleaned.body


def test_a_logo_whose_initials_the_title_carries_names_the_site(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>MAPA | Nota de prensa 77/2025</title></head><body>"
        '<div class="logo"><img alt="Ministerio de Agricultura Pesca y Alimentación"></div>'
        '<div class="nota-title">New Zealand and Vietnam open talks on a skills pathway</div>'
        f"<p>{_LEAD_EN}</p><p>{_MORE_EN}</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Ministerio de Agricultura Pesca y Alimentación"


def test_a_caption_labelled_hinh_or_image_is_furniture() -> None:
    for caption in ("Hình: Đoàn doanh nghiệp Na Uy thăm cảng Cam Ranh", "Image: The harbour"):
        text = (
            "Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển\n"
            "Lãnh đạo tỉnh vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.\n"
            f"{caption}\n"
            "Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
        )
        assert caption not in clean(text).body


def test_a_line_signed_by_order_of_a_unit_is_the_signature_and_names_the_issuer() -> None:
    text = (
        "GHI CHÚ\n"
        "Về chuyến thăm của đoàn doanh nghiệp Na Uy\n"
        "1. Lãnh đạo Sở vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở ngày 3/4/2025.\n"
        "2. Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
        "TL. SỞ DU LỊCH\n"
        "PHÒNG HỢP TÁC QUỐC TẾ\n"
    )
    cleaned = clean(text)
    assert "SỞ DU LỊCH" not in cleaned.body
    kept = clean(text.replace("TL. SỞ DU LỊCH", "TL. BAN HỢP TÁC QUỐC TẾ"))
    assert kept.metadata.outlet.casefold() == "ban hợp tác quốc tế"


def test_a_numbered_section_heading_in_capitals_over_its_list_is_no_box() -> None:
    text = (
        "GHI CHÚ\n"
        "Về chuyến thăm của đoàn doanh nghiệp Na Uy\n"
        "Lãnh đạo Sở vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở ngày 3/4/2025.\n"
        "IV. KIẾN NGHỊ\n"
        "1. Đề nghị phía Na Uy sớm cử đoàn khảo sát tuyến tàu biển trong năm 2026;\n"
        "2. Đề xuất tổ chức hội chợ du lịch chung tại Oslo mỗi năm một lần;\n"
        "3. Giao Trung tâm Xúc tiến phối hợp tổ chức chương trình quảng bá chung.\n"
    )
    body = clean(text).body
    assert "1. Đề nghị phía Na Uy sớm cử đoàn khảo sát" in body
    assert "2. Đề xuất tổ chức hội chợ du lịch chung" in body


def test_a_box_classed_as_a_photo_takes_its_caption_with_it(tmp_path: Path) -> None:
    caption = "Đoàn doanh nghiệp Na Uy thăm cảng Cam Ranh chiều 3/4."
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Hai tỉnh ven biển bàn cách đón khách Na Uy</title></head><body>"
        "<h1>Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển</h1>"
        "<p>Sáng 3/4/2025, lãnh đạo tỉnh tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.</p>"
        f'<div class="news-image"><img src="a.jpg"><p class="cap">{caption}</p></div>'
        "<p>Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    body = analyse(page).cleaned.body
    assert caption not in body
    assert "Hai bên trao đổi" in body


def test_a_page_date_in_an_element_classed_dt_dates_the_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Hai tỉnh ven biển bàn cách đón khách Na Uy</title></head><body>"
        '<table class="top"><tr><td>Thứ Hai, 21/4/2025 · Âm lịch: 24/3</td></tr></table>'
        "<h1>Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển</h1>"
        '<div><span class="by">HẢI YẾN</span> - <span class="dt">Cập nhật lúc 08:40 14/04/2025'
        "</span></div>"
        "<p>Lãnh đạo tỉnh vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở.</p>"
        "<p>Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.published_on == "2025-04-14"


def test_a_writer_beside_a_stamps_age_is_the_author() -> None:
    text = (
        "Kiwi dairy firms eye Vietnam training hub\n"
        "Aroha Wiremu | 3 hours ago | Monday, 3 March 2025\n"
        f"{_LEAD_EN}\n{_MORE_EN}\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.author == "Aroha Wiremu"
    assert cleaned.metadata.published_on == "2025-03-03"


def test_a_writer_in_an_element_classed_by_is_the_author(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Hai tỉnh ven biển bàn cách đón khách Na Uy</title></head><body>"
        "<h1>Hai tỉnh ven biển bàn cách đón khách Na Uy bằng tàu biển</h1>"
        # No words around the name say it is a byline: only the element's class does.
        '<div class="meta"><span class="by">Thanh Tùng</span>'
        '<span class="time">14/04/2025 08:40</span></div>'
        "<p>Lãnh đạo tỉnh vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở ngày 3/4/2025.</p>"
        "<p>Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.author == "Thanh Tùng"


def test_a_spanish_or_portuguese_dateline_dates_the_text() -> None:
    from briefer.text.dates import find_dates

    assert [d.start for d in find_dates("Montevideo, 7 de setiembre de 2024")] == ["2024-09-07"]
    assert [d.start for d in find_dates("Brasília, 15 de março de 2025")] == ["2025-03-15"]
    assert all(d.precision != "day" for d in find_dates("a fines de agosto"))
    text = (
        "Uruguay and Vietnam review trade ties\n"
        "Montevideo, 7 de setiembre de 2024\n"
        "The two foreign ministries held their third round of consultations in Montevideo.\n"
        "They agreed to study a memorandum on agricultural cooperation next year.\n"
    )
    assert clean(text).metadata.published_on == "2024-09-07"


def test_a_unit_under_a_signature_is_no_author() -> None:
    text = (
        "Về chuyến thăm của đoàn doanh nghiệp Na Uy\n"
        "1. Lãnh đạo Sở vừa tiếp đoàn doanh nghiệp lữ hành Na Uy tại trụ sở ngày 3/4/2025.\n"
        "2. Hai bên trao đổi về các tuyến tàu biển và chương trình quảng bá chung.\n"
        "PHÒNG HỢP TÁC QUỐC TẾ\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.author == ""
    assert "PHÒNG HỢP TÁC" not in cleaned.body


def test_a_kind_and_subject_line_is_the_title_under_a_letterhead_in_two_languages() -> None:
    text = (
        "BAN HỢP TÁC QUỐC TẾ TRUNG ƯƠNG\n"
        "Commission for International Cooperation of the Central Committee of the Party\n"
        "*\n"
        "BIÊN BẢN GHI NHỚ giữa Sở Ngoại vụ và Hội đồng hạt Nordland (Na Uy)\n"
        "Nha Trang, ngày 3 tháng 4 năm 2025\n"
        "1. Hai bên nhất trí trao đổi đoàn doanh nghiệp lữ hành mỗi năm một lần từ năm 2026.\n"
        "2. Hai bên phối hợp tổ chức chương trình quảng bá du lịch biển tại Bodø.\n"
    )
    cleaned = clean(text)
    assert cleaned.title.startswith("BIÊN BẢN GHI NHỚ giữa Sở Ngoại vụ")
    assert "Commission for International" not in cleaned.body


def test_a_writer_in_a_stamp_row_of_cells_is_the_author_and_a_print_row_names_none() -> None:
    from briefer.ingest.stamplines import stamp_remainder

    assert stamp_remainder("Aroha Wiremu  ·  Monday, March 3, 2025  ·  Updated 2 hours ago") == (
        "Aroha Wiremu"
    )
    assert stamp_remainder("In lúc 09:12, 04/03/2025 · Trang 2/3") == ""
    text = (
        "Kiwi dairy firms eye Vietnam training hub\n"
        "Aroha Wiremu  ·  Monday, March 3, 2025  ·  Updated 2 hours ago\n"
        f"{_LEAD_EN}\n{_MORE_EN}\n"
    )
    assert clean(text).metadata.author == "Aroha Wiremu"
