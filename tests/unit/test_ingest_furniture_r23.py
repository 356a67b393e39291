"""Furniture of letters and mailings, credits and datelines (round 23). Wording of our own.

A letter's foot (the contact block a sender closes with, the valediction and everything
under it), a bulletin's unit name printed over its masthead's rule, a photograph's labelled
credit ("Photograph: …"), a source's mark and day over the lead ("AGN - 4 March, 2025:").
"""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean
from briefer.ingest.closings import courtesy
from briefer.ingest.found import Line
from briefer.ingest.furniture import photo_credit
from briefer.ingest.leadtag import strip_mark_day
from briefer.ingest.mailfoot import (
    mailing_notice,
    mark_contact_block,
    mark_masthead_rule,
    mark_valediction,
)
from briefer.ingest.tail import mark_note

_LEAD_VI = (
    "Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2025, kim ngạch thương mại giữa Việt Nam "
    "và Chile đạt 1,2 tỷ USD, tăng 8% so với cùng kỳ năm trước."
)
_NEXT_VI = "Việt Nam chủ yếu xuất khẩu điện thoại, giày dép và hàng dệt may sang Chile."
_LEAD_EN = (
    "Two-way trade between Viet Nam and Peru reached US$1.1 billion in the first nine months "
    "of 2025, up 9 per cent on a year earlier, customs figures show."
)


def _lines(*texts: str) -> list[Line]:
    return [Line(t) for t in texts]


def test_contact_block_and_valediction_in_vietnamese_leave_the_body() -> None:
    text = "\n\n".join(
        [
            "Thương mại Việt Nam - Chile 9 tháng năm 2025",
            _LEAD_VI,
            _NEXT_VI,
            "Để biết thêm chi tiết, đề nghị liên hệ:",
            "Văn phòng Xúc tiến Thương mại tại Santiago",
            "Địa chỉ: Avenida Apoquindo 100, Las Condes, Santiago",
            "Trân trọng,",
            "Tham tán Thương mại",
            "Nguyễn Văn Bình",
            "Thư này được gửi tự động. Xin vui lòng không phản hồi thư này.",
        ]
    )
    body = clean(text).body
    assert body.split("\n\n") == [_LEAD_VI, _NEXT_VI]


def test_valediction_in_english_takes_the_signature_and_notices_with_it() -> None:
    lines = _lines(
        _LEAD_EN,
        "Kind regards,",
        "Trade Counsellor",
        "Embassy of Viet Nam",
        "To unsubscribe from this list, reply with 'Remove' in the subject line.",
    )
    mark_valediction(lines)
    assert lines[0].kept
    assert [line.reason for line in lines[1:]] == ["signature"] * 4


def test_valediction_without_text_above_or_before_more_article_is_kept() -> None:
    # (nothing of the letter above it: no foot yet)
    first = _lines("Sincerely,", _LEAD_EN)
    mark_valediction(first)
    assert all(line.kept for line in first)
    # (a quoted letter inside an article: long paragraphs follow, the article goes on)
    quoted = _lines(_LEAD_EN, "Best regards,", *[_LEAD_EN + " " + _LEAD_EN] * 2)
    quoted[2].text = quoted[2].text * 2
    mark_valediction(quoted)
    assert quoted[1].kept


def test_contact_head_over_a_sentence_is_the_texts_own() -> None:
    lines = _lines(
        _LEAD_EN,
        "For more information, please contact:",
        "the trade office will answer all questions from exporters before the fair opens.",
    )
    mark_contact_block(lines)
    assert all(line.kept for line in lines)


def test_contact_block_in_english_stops_at_prose() -> None:
    lines = _lines(
        _LEAD_EN,
        "For further information, please contact:",
        "Trade Office of Viet Nam in Lima",
        "Address: Av. Javier Prado 123, San Isidro",
        "Phone: +51 1 000 0000",
        _LEAD_EN,
    )
    mark_contact_block(lines)
    assert [line.kept for line in lines] == [True, False, False, False, False, True]


def test_unit_name_over_the_masthead_rule_is_masthead() -> None:
    lines = _lines(
        "BẢN TIN THỊ TRƯỜNG CHILE - SỐ 5/2025",
        "Văn phòng Xúc tiến Thương mại tại Santiago",
        "-----------------",
        "Thương mại Việt Nam - Chile 9 tháng năm 2025",
        _LEAD_VI,
    )
    lines[0].reason = "page furniture"
    lines[2].reason = "rule"
    mark_masthead_rule(lines)
    assert lines[1].reason == "masthead"
    assert lines[3].kept and lines[4].kept


def test_headline_over_a_rule_at_the_top_stays() -> None:
    # (a headline underlined as in plain text, nothing taken off above it)
    lines = _lines("Việt Nam - Chile thúc đẩy thương mại", "==========", _LEAD_VI)
    lines[1].reason = "rule"
    mark_masthead_rule(lines)
    assert lines[0].kept


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers at the signing in Lima. Photograph: Jane Roe/Reuters",
        "Coffee beans drying in Dak Lak province. Photograph: Getty Images",
    ],
)
def test_photograph_credit_ends_a_caption(text: str) -> None:
    assert photo_credit(text)


def test_a_sentence_about_a_photograph_is_no_credit() -> None:
    assert not photo_credit(
        "The exhibition shows a photograph of the first trade mission to Lima in 1994, "
        "when two-way trade was worth less than US$5 million."
    )


@pytest.mark.parametrize(
    ("first", "mark", "rest"),
    [
        ("AGN - 4 March, 2025:", "AGN - 4 March, 2025:", None),
        (
            "AGN - 4 March, 2025: Peru and Viet Nam agreed to resume talks.",
            "AGN - 4 March, 2025:",
            "Peru and Viet Nam agreed to resume talks.",
        ),
        (
            "TTXVN - 3/6: Sáng nay, hai bên đã ký kết.",
            "TTXVN - 3/6:",
            "Sáng nay, hai bên đã ký kết.",
        ),
    ],
)
def test_mark_and_day_over_the_lead_go(first: str, mark: str, rest: str | None) -> None:
    paragraphs = [first, _LEAD_EN]
    assert strip_mark_day(paragraphs) == mark
    assert paragraphs == ([rest] if rest else []) + [_LEAD_EN]


@pytest.mark.parametrize(
    "first",
    [
        "Việt Nam - Lào: Quan hệ đặc biệt",  # (a heading's pair of names, no day)
        "Quan hệ Việt Nam - Chile năm 2025: triển vọng",  # (words of a sentence before the dash)
        "Peru - the partner of 2025: a report",
    ],
)
def test_a_heading_with_a_dash_and_colon_stays(first: str) -> None:
    paragraphs = [first, _LEAD_EN]
    assert strip_mark_day(paragraphs) == ""
    assert paragraphs == [first, _LEAD_EN]


@pytest.mark.parametrize(
    "text",
    [
        "Thư này được gửi tự động từ hệ thống. Xin đừng trả lời thư này.",
        "Để ngừng nhận bản tin, vui lòng bấm vào đường dẫn dưới đây.",
        "Thư điện tử này có thể chứa thông tin bảo mật, chỉ dành cho người nhận.",
        "This email was sent automatically. Please do not reply to this email.",
        "To unsubscribe from these updates, click here.",
        "This message and its attachments are confidential and intended only for the addressee.",
    ],
)
def test_a_mailing_systems_notice_is_furniture(text: str) -> None:
    assert mailing_notice(text)
    body = clean("\n\n".join(["Việt Nam - Chile: thương mại 9 tháng", _LEAD_VI, text])).body
    assert text not in body and _LEAD_VI in body


@pytest.mark.parametrize(
    "text",
    [
        "Khách hàng có thể hủy đăng ký dịch vụ qua ứng dụng của ngân hàng trong vòng 5 phút.",
        "Bộ Công Thương khuyến cáo doanh nghiệp không trả lời các thư giả mạo cơ quan nhà nước.",
        "The email said the talks on the trade agreement were confidential until June.",
    ],
)
def test_an_article_sentence_about_mail_is_no_notice(text: str) -> None:
    assert not mailing_notice(text)


def test_contact_block_ends_with_its_last_field() -> None:
    lines = _lines(
        _LEAD_VI,
        "Mọi chi tiết xin liên hệ:",
        "Phòng Xúc tiến Thương mại",
        "Điện thoại: 024 0000 0000",
        "3. Tình hình đầu tư",
        _NEXT_VI,
    )
    mark_contact_block(lines)
    assert [line.kept for line in lines] == [True, False, False, False, True, True]
    # (a unit's name with no field under it: no contact block)
    bare = _lines(_LEAD_VI, "Thông tin liên hệ:", "Phòng Xúc tiến Thương mại", _NEXT_VI)
    mark_contact_block(bare)
    assert all(line.kept for line in bare)


@pytest.mark.parametrize(
    ("closing", "formula"),
    [
        ("Phòng Kinh tế kính báo cáo Ủy ban nhân dân huyện./.", True),
        ("Trân trọng thông báo./.", True),
        ("Trên đây là báo cáo tình hình hợp tác với Chile./.", True),
        ("Đề nghị các đơn vị trực thuộc khẩn trương triển khai./.", False),
        # (r26: a notice informing "for your information" is its form, as later sets keep it)
        ("Hiệp hội thông tin để các hội viên được biết./.", True),
    ],
)
def test_a_notes_courtesy_closing_goes_its_request_stays(closing: str, formula: bool) -> None:
    assert courtesy(closing) is formula
    lines = _lines("V/v hợp tác thương mại với Chile", _LEAD_VI, closing)
    mark_note(lines)
    assert lines[2].kept is not formula


@pytest.mark.parametrize(
    ("sentence", "closing"),
    [
        ("Đề nghị các đơn vị trực thuộc khẩn trương triển khai./.", True),
        ("Hiệp hội thông tin để các hội viên được biết, tham khảo./.", True),
        # a last sentence that still says something of the partner, or holds a figure
        ("Đề nghị các doanh nghiệp chủ động tìm hiểu thị trường Chile./.", False),
        ("Dự kiến năm 2026 kim ngạch đạt 2 tỷ USD./.", False),
        ("Đề nghị Sở Tư pháp hướng dẫn thủ tục ký kết Bản ghi nhớ hợp tác./.", False),
        ("Đề nghị các đơn vị trực thuộc khẩn trương triển khai.", False),
    ],
)
def test_a_notes_closing_request_is_kept_but_no_claim(sentence: str, closing: bool) -> None:
    from briefer.ingest.routine import closing_request

    assert closing_request(sentence) is closing
