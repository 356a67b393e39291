"""Stray rows of the page, the document or its carrier leave the body (strayrows)."""

from briefer.ingest.clean import clean
from briefer.ingest.lines import Line
from briefer.ingest.readerlines import reader_line
from briefer.ingest.speechhead import closing_thanks
from briefer.ingest.strayrows import (
    late_row,
    mark_affiliations,
    mark_cover_fields,
    mark_menu_rows,
    mark_running_heads,
    mark_venue_fields,
    own_name_row,
    stray_row,
)


def test_a_caption_ending_with_its_credit_is_a_caption() -> None:
    assert stray_row("The two ministers at the talks in Nairobi on Monday. KNA/XYZ Photo")
    assert stray_row("Delegates tour the port in Mombasa yesterday. Pic: Jane Wanjiru / Daily Star")
    assert stray_row("Hai bộ trưởng tại lễ ký kết ở Hà Nội sáng 5/3. Ảnh: Minh Anh / TTXVN")
    assert not stray_row("Exports rose 9.8 percent in the first half, the ministry said.")


def test_press_licence_and_prepared_by_notes_are_furniture() -> None:
    assert stray_row("Licence No. 12/GP-BTTTT dated May 3, 2020. Editor-in-chief: Trần Văn Bình")
    assert stray_row(
        "Tài liệu do Vụ Đông Nam Á chuẩn bị. Khi sử dụng đề nghị ghi rõ nguồn Bộ Ngoại giao."
    )
    assert stray_row("This note was prepared by the Research Unit. Please cite the source.")
    assert not stray_row("Tài liệu do Bộ Công Thương chuẩn bị gồm 12 chương về thị trường châu Âu.")


def test_a_copy_note_a_fax_cover_and_an_attachment_are_furniture() -> None:
    assert stray_row("(Bản dùng để phát biểu – không gửi báo chí)")
    assert stray_row("(Check against delivery)")
    assert stray_row("Người gửi (From): Thương vụ Việt Nam tại Ai Cập")
    assert stray_row("Đến (To): Vụ Thị trường châu Phi")
    assert stray_row("If you do not receive all pages, please call +20 2 1234 5678")
    assert stray_row("Nếu không nhận đủ trang, xin gọi lại số 024 1234 5678")
    assert not stray_row("Đến năm 2030, hai nước phấn đấu đạt kim ngạch 2 tỷ USD.")


def test_a_heading_sent_apart_a_feed_footer_and_a_place_pair_are_furniture() -> None:
    assert stray_row("III. TIN ĐỊA PHƯƠNG (gửi kèm file riêng)")
    assert stray_row("2. Regional news (sent separately)")
    assert stray_row("The post Kenya, Vietnam sign tea deal appeared first on Nairobi Daily.")
    assert stray_row("Bài viết Việt Nam - Kenya ký thỏa thuận chè xuất hiện đầu tiên trên Báo X.")
    assert stray_row("Hà Nội – Nairobi, ngày 03/04/2026")
    assert stray_row("Hanoi - Cairo, 12 March 2026")
    assert not stray_row("Hà Nội, Nairobi và Cairo là ba điểm đến của đoàn.")


def test_a_presenter_line_and_an_attachment() -> None:
    assert late_row("Trình bày: Nguyễn Văn An, Tham tán Thương mại") == "presenter"
    assert late_row("Presented by: Maria Lopez, Trade Counsellor") == "presenter"
    assert not late_row("Trình bày tại hội nghị, ông An cho biết xuất khẩu tăng 12%.")
    # (the attachment is readerlines' own, read in the same pass)
    assert reader_line("Đính kèm: BanTin_thang3.docx (88 KB)") == "attachment"
    assert reader_line("Attachment: market_report_Q3.pdf") == "attachment"


def test_a_menu_run_on_one_line_is_found_by_its_section_label() -> None:
    lines = [
        Line("The Daily Courier"),
        Line("World Business Arts & Culture Travel Sports Opinion Science"),
        Line("Arts & Culture"),
        Line("Kenya and Vietnam Sign Coffee Trade Accord"),
    ]
    mark_menu_rows(lines)
    assert lines[1].reason == "menu"
    assert lines[3].kept  # (a headline in title case is repeated by no short line)
    caps = [Line("BỘ NGOẠI GIAO"), Line("BÀI PHÁT BIỂU CỦA BỘ TRƯỞNG BỘ NGOẠI GIAO TẠI HỘI NGHỊ")]
    mark_menu_rows(caps)
    assert caps[1].kept  # (a headline in capitals is no menu)


def test_the_outlets_own_name_is_no_byline() -> None:
    assert own_name_row("The Courier", "The Courier Newspaper")
    assert not own_name_row("John Mensah", "The Courier Newspaper")


def test_closing_thanks_in_the_guests_language() -> None:
    assert closing_thanks("Obrigado!")
    assert closing_thanks("Muchas gracias.")
    assert closing_thanks("Terima kasih!")
    assert not closing_thanks("Gracias a la cooperación, el comercio creció.")


def test_a_wire_lead_with_the_agencys_initials_after_a_day() -> None:
    body = clean(
        "Kenya, Vietnam agree to expand tea trade\n\n"
        "Nairobi, Mar. 4, KNA – Kenya and Vietnam have agreed to expand trade in tea and "
        "coffee, officials said on Tuesday.\n\nThe two sides will meet again in May."
    ).body
    assert body.startswith("Kenya and Vietnam have agreed")


def test_a_skip_link_tick_boxes_and_an_affiliation_footnote() -> None:
    assert stray_row("Bỏ qua để đến nội dung chính") == "menu"
    assert stray_row("Chuyển đến nội dung") == "menu"
    assert stray_row("Skip to content") == "menu"
    assert stray_row("Hỏa tốc [ ]   Khẩn [X]   Thường [ ]") == "form fields"
    assert stray_row("☒ Urgent   ☐ Please reply") == "form fields"
    assert stray_row("* Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn")
    assert stray_row("¹ Department of Economics, University of Nairobi")
    assert not stray_row("* Kim ngạch xuất khẩu tăng 12% so với cùng kỳ.")


def test_a_field_between_a_covers_fields_is_the_covers() -> None:
    lines = [
        Line("Đến (To): Vụ Thị trường châu Phi"),
        Line("Re: Kết quả làm việc với Bộ Thương mại"),
        Line("If you do not receive all pages, please call +20 2 1234 5678"),
        Line("Kết quả làm việc với Bộ Thương mại Ai Cập"),
    ]
    for line in lines:
        line.reason = stray_row(line.text)
    mark_cover_fields(lines)
    assert lines[1].reason == "fax cover"
    assert lines[3].kept


def test_a_scans_running_head_with_its_page_number() -> None:
    lines = [
        Line("BẢN TIN KINH TẾ * Số 4 (120) - 2026 15"),
        Line("Xuất khẩu sang Ai Cập tăng mạnh"),
        Line("16 BẢN TIN KINH TẾ * Số 4 (120) - 2026"),
        Line("Năm 2024 có 2024 doanh nghiệp tham gia."),
    ]
    mark_running_heads(lines)
    assert lines[0].reason == lines[2].reason == "running head"
    assert lines[1].kept and lines[3].kept


def test_the_institution_under_a_papers_byline() -> None:
    lines = [Line("TS. TRẦN VĂN AN"), Line("Viện Kinh tế và Chính trị Thế giới"), Line("Mở đầu")]
    lines[0].reason = "byline"
    mark_affiliations(lines)
    assert lines[1].reason == "affiliation"
    english = [Line("Dr Amina Yusuf"), Line("Department of Economics, University of Lagos")]
    english[0].reason = "byline"
    mark_affiliations(english)
    assert english[1].reason == "affiliation"
    prose = [Line("TS. TRẦN VĂN AN"), Line("Viện đã tổ chức ba hội thảo. Kết quả rất tốt.")]
    prose[0].reason = "byline"
    mark_affiliations(prose)
    assert prose[1].kept


def test_a_number_line_without_its_colon() -> None:
    assert stray_row("Số 31/BT-TH, ngày 02/3/2026") == "document number"
    assert stray_row("No. 12/BC-TV") == "document number"
    assert not stray_row("Số 31 doanh nghiệp đã tham gia hội chợ.")


def test_a_drafts_version_line() -> None:
    assert stray_row("Dự thảo lần 2 – Văn phòng Hội rà soát") == "draft note"
    assert stray_row("Draft 3 - for comments") == "draft note"
    assert not stray_row("Dự thảo luật được Quốc hội thông qua với 90% đại biểu tán thành.")


def test_a_speechs_venue_card_before_its_text() -> None:
    lines = [
        Line("Phát biểu tại Hội nghị xúc tiến thương mại Việt Nam - Kenya"),
        Line("Địa điểm: Khách sạn Hà Nội, 1 Tràng Tiền, Hà Nội"),
        Line("Venue: Nairobi Serena Hotel"),
        Line(
            "Kim ngạch thương mại hai nước năm 2024 đạt 250 triệu USD, tăng 12% so với năm trước."
        ),
        Line("Địa điểm: hội chợ sẽ được tổ chức tại Nairobi vào tháng 5 năm sau, theo kế hoạch."),
    ]
    mark_venue_fields(lines)
    assert lines[1].reason == lines[2].reason == "venue"
    assert lines[0].kept and lines[3].kept and lines[4].kept


def test_stray_rows_leave_an_imported_body() -> None:
    cleaned = clean(
        "Kenya and Vietnam sign tea deal\n\n"
        "Kenya and Vietnam signed a deal on tea trade in Nairobi on Monday, the ministry said.\n\n"
        "The two ministers at the talks in Nairobi on Monday. KNA/XYZ Photo\n\n"
        "Trade between the two countries reached 200 million USD in 2025, up 9 percent.\n\n"
        "(Check against delivery)\n\n"
        "The post Kenya, Vietnam sign tea deal appeared first on Nairobi Daily.\n"
    )
    assert (cleaned.title, cleaned.body) == (
        "Kenya and Vietnam sign tea deal",
        "Kenya and Vietnam signed a deal on tea trade in Nairobi on Monday, the ministry said."
        "\n\nTrade between the two countries reached 200 million USD in 2025, up 9 percent.",
    )
