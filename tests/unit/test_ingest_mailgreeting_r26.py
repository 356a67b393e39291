"""A mail's subject line and a letter's greeting leave the text; a speech's salutation stays."""

from __future__ import annotations

from briefer.ingest.clean import clean

_BODY_VI = (
    "Theo số liệu của Tổng cục Hải quan, 10 tháng năm 2025 kim ngạch thương mại Việt Nam - "
    "Estonia đạt 118 triệu USD, tăng 9% so với cùng kỳ."
)
_BODY_EN = (
    "Trade between Vietnam and Estonia reached 118 million USD in the first ten months of "
    "2025, up 9% on the same period a year earlier."
)


def test_vietnamese_mail_subject_and_greeting_go() -> None:
    text = "\n".join(
        [
            "Từ: Phòng Xúc tiến <xt@example.vn>",
            "Gửi: hoivien@example.vn",
            "Tiêu đề: [Thông tin thị trường số 7] Estonia 10 tháng năm 2025",
            "",
            "Kính gửi các hội viên Hiệp hội,",
            "",
            _BODY_VI,
        ]
    )
    cleaned = clean(text)
    assert "Tiêu đề:" not in cleaned.body
    assert "Kính gửi các hội viên" not in cleaned.body
    assert _BODY_VI in cleaned.paragraphs


def test_english_mail_greeting_goes_under_headers_only() -> None:
    mail = "\n".join(
        [
            "From: Trade Office <office@example.org>",
            "To: members@example.org",
            "Subject: Market brief: Estonia",
            "",
            "Dear members,",
            "",
            _BODY_EN,
        ]
    )
    assert "Dear members," not in clean(mail).body
    speech = "\n\n".join(["Dear friends,", _BODY_EN])
    assert "Dear friends," in clean(speech).body


def test_a_speechs_salutation_stays() -> None:
    text = "\n\n".join(["Kính thưa các quý vị đại biểu,", _BODY_VI])
    assert "Kính thưa các quý vị đại biểu," in clean(text).body


def test_a_bulletins_subject_printed_as_its_heading_goes() -> None:
    heading = "Thương mại Việt Nam - Estonia 10 tháng năm 2025 đạt 118 triệu USD"
    text = "\n".join(
        [
            "Từ: Phòng Xúc tiến <xt@example.vn>",
            "Gửi: hoivien@example.vn",
            f"Tiêu đề: [Bản tin số 7/2025] {heading}",
            "",
            "Kính gửi Quý hội viên,",
            "",
            heading,
            "",
            _BODY_VI,
        ]
    )
    assert clean(text).paragraphs == [_BODY_VI]
