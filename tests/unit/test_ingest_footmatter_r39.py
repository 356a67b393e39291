"""Round 39: a publisher's disclaimer, a mail's header block and attachment pointer, a
handout's slide labels and title slide, a site's widget row of live readings."""

from briefer.ingest.clean import clean
from briefer.ingest.disclaimers import publisher_disclaimer
from briefer.ingest.found import Found, Line
from briefer.ingest.handoutslides import mark_slides, slide_label
from briefer.ingest.mailheaders import attachment_pointer, mark_header_block
from briefer.ingest.widgetrows import widget_row


def test_labelled_disclaimer_in_any_language() -> None:
    assert publisher_disclaimer(
        "Disclaimer: The figures in this note come from official statistics; the Council "
        "cannot guarantee their accuracy."
    )
    assert publisher_disclaimer("Miễn trừ trách nhiệm: Số liệu chỉ mang tính chất tham khảo.")
    assert publisher_disclaimer("Haftungsausschluss: Alle Angaben ohne Gewähr.")
    assert publisher_disclaimer("Descargo de responsabilidad: datos de fuentes públicas.")


def test_unlabelled_liability_denial_about_the_text() -> None:
    assert publisher_disclaimer(
        "The Chamber takes no responsibility for any decision made on the basis of this report."
    )
    assert publisher_disclaimer(
        "Trung tâm không chịu trách nhiệm về việc sử dụng thông tin trong bản tin này."
    )


def test_liability_in_the_news_is_no_disclaimer() -> None:
    assert not publisher_disclaimer(
        "The port operator said it accepts no liability for the delays caused by the storm."
    )
    assert not publisher_disclaimer("Hai bên nhất trí tăng kim ngạch lên 500 triệu USD.")


def test_disclaimer_leaves_the_body() -> None:
    text = (
        "Rice exports to the region climb in the first quarter\n\n"
        "Exports of rice to the region rose by 12% in the first quarter of the year.\n\n"
        "Shipments to the Philippines made up almost half of the total, traders said.\n\n"
        "Disclaimer: This brief relies on public data and is offered for information only."
    )
    assert clean(text).body == (
        "Exports of rice to the region rose by 12% in the first quarter of the year.\n\n"
        "Shipments to the Philippines made up almost half of the total, traders said."
    )


def test_header_block_fields_are_marked() -> None:
    lines = [
        Line("From: Trade Office <office@example.org>"),
        Line("To: Markets Department <markets@example.org>"),
        Line("Subject: Monthly market note"),
        Line("Dear colleagues,"),
        Line("To: the point, exports grew by a tenth last month."),
    ]
    mark_header_block(lines)
    assert [ln.reason for ln in lines[:3]] == ["mail header"] * 3
    assert lines[3].kept and lines[4].kept


def test_vietnamese_header_block() -> None:
    lines = [Line("Từ: Văn phòng A <a@example.vn>"), Line("Gửi: Phòng B <b@example.vn>")]
    mark_header_block(lines)
    assert all(ln.reason == "mail header" for ln in lines)


def test_a_lone_field_is_no_header_block() -> None:
    lines = [Line("Gửi: bạn đọc thân mến"), Line("Xuất khẩu tăng mạnh trong quý I.")]
    mark_header_block(lines)
    assert lines[0].kept


def test_attachment_pointer() -> None:
    assert attachment_pointer("(Số liệu chi tiết xem tại phụ lục kèm theo.)")
    assert attachment_pointer("(Full figures in the attached spreadsheet)")
    assert not attachment_pointer("(Ảnh: Minh Anh)")
    assert not attachment_pointer("Hai bên ký thỏa thuận kèm theo phụ lục về thuế quan.")


def test_slide_labels_and_title_slide() -> None:
    lines = [
        Line("Hợp tác nông nghiệp Việt Nam - Mông Cổ", reason="title"),
        Line("ThS. Lê Văn An – Viện Nghiên cứu Kinh tế Diễn đàn “Nông sản châu Á” – Huế, 5/3/2026"),
        Line("Slide 2 – Bối cảnh"),
        Line("Kim ngạch hai chiều năm 2025 đạt 90 triệu USD."),
        Line("Slide 3: Cảm ơn quý vị!"),
    ]
    found = Found()
    mark_slides(lines, found)
    assert lines[1].reason == "title slide"
    assert lines[2].reason == "slide label" and lines[4].reason == "slide label"
    assert lines[3].kept
    assert found.published == "2026-03-05"


def test_one_slide_label_is_no_deck() -> None:
    lines = [Line("Opening words"), Line("Slide 4 – Outlook"), Line("Trade grew by 8%.")]
    mark_slides(lines, Found())
    assert all(ln.kept for ln in lines)
    assert slide_label("Diapositive 5 – Perspectives") and slide_label("Slide 1/9")
    assert not slide_label("Slides from the talk are online.")


def test_widget_row_of_readings() -> None:
    assert widget_row("Almaty +18°C   USD 512.30 KZT   EUR 560.75 KZT")
    assert widget_row("Hải Phòng 30°C | USD 25.380 | JPY 168,20")
    assert not widget_row("Heatwave pushes Hanoi to 41°C as power demand hits record.")
    assert not widget_row("Vietnam, Kazakhstan sign USD 300 million deal on fertiliser")


def test_widget_row_is_no_title() -> None:
    text = (
        "Almaty +18°C   USD 512.30 KZT   EUR 560.75 KZT\n\n"
        "Kazakhstan and Vietnam open a new rail freight route\n\n"
        "The first container train left Almaty for Hanoi on Monday, carrying 60 containers "
        "of grain, the railway company said in a statement."
    )
    cleaned = clean(text)
    assert cleaned.title == "Kazakhstan and Vietnam open a new rail freight route"
    assert "KZT" not in cleaned.body


def test_a_mailed_note_keeps_only_its_text() -> None:
    # (its header block, its pointer to the attachment, a disclaimer: none is the note's)
    english = (
        "From: Trade Office <office@example.org>\nTo: Markets Department <markets@example.org>\n"
        "Subject: Monthly market note\n\nDear colleagues,\n\n"
        "Exports of coffee to Chile rose by 12% in the first quarter of the year.\n\n"
        "(Full figures in the attached spreadsheet)\n\nBest regards,\nAnna"
    )
    assert clean(english).body == (
        "Exports of coffee to Chile rose by 12% in the first quarter of the year."
    )
    vietnamese = (
        "Từ: Văn phòng Thương vụ <tv@example.vn>\nGửi: Phòng Thị trường <tt@example.vn>\n\n"
        "Tình hình xuất khẩu gạo sang Chile quý I\n\n"
        "Quý I năm 2026, xuất khẩu gạo của Việt Nam sang Chile đạt 20 triệu USD, tăng 12% so "
        "với cùng kỳ.\n\n(Số liệu chi tiết xem tại phụ lục kèm theo.)\n\n"
        "Miễn trừ trách nhiệm: Số liệu chỉ mang tính chất tham khảo."
    )
    cleaned = clean(vietnamese)
    assert cleaned.title == "Tình hình xuất khẩu gạo sang Chile quý I"
    assert cleaned.body == (
        "Quý I năm 2026, xuất khẩu gạo của Việt Nam sang Chile đạt 20 triệu USD, tăng 12% so "
        "với cùng kỳ."
    )
