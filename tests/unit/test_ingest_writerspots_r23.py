"""Writers credited where the line rules do not read them (ingest/writerspots.py), on wording
of our own: the name beside the head's stamp (printed again as the sign-off, "Name in Place",
stacked labels with a reading time), a speech's office over the speaker's name, and a box's
heading at the foot that is no byline."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.writerspots import credited_name

_LEAD_VI = (
    "Ngày 3/2, tại Đà Nẵng, Sở Công Thương thành phố đã tiếp đoàn doanh nghiệp Phần Lan "
    "sang tìm hiểu cơ hội đầu tư vào ngành chế biến gỗ."
)
_MORE_VI = (
    "Năm 2025, kim ngạch thương mại song phương Việt Nam - Phần Lan đạt 512 triệu USD, "
    "tăng 8% so với năm trước."
)
_LEAD_EN = (
    "Finland and Vietnam agreed on Monday to open a joint research fund for forestry, the "
    "two ministers said after talks in Helsinki."
)
_MORE_EN = "Two-way trade reached US$512 million last year, up 8 percent from 2024."


def test_a_head_credit_reads_without_its_labels_reading_time_or_place() -> None:
    assert credited_name("Posted by Written by Maria Lindqvist   Reading Time: 6 minutes") == (
        "Maria Lindqvist"
    )
    assert credited_name("By: Oskar Virtanen · 3 min read") == "Oskar Virtanen"
    assert credited_name("Aino Korhonen in Helsinki") == "Aino Korhonen"
    assert credited_name("NGUYỄN MINH KHANG") == "Nguyễn Minh Khang"
    # a section's words, a stamp's words, a single word: no writer
    assert credited_name("Kinh tế vĩ mô") == ""
    assert credited_name("Cập nhật 2 giờ trước") == ""
    assert credited_name("Tin") == ""
    # the kind of text in capitals, a release's or a joint text's: no name
    assert credited_name("THÔNG CÁO BÁO CHÍ") == ""
    assert credited_name("Joint Press Release") == ""


def test_a_name_over_the_stamp_printed_again_as_the_sign_off_is_the_writer() -> None:
    # (printed twice, the name reads as a repeated caption to the caption rules)
    text = (
        "Báo Doanh Nghiệp Bắc Âu\nKinh tế\n"
        "Phần Lan tìm cơ hội đầu tư chế biến gỗ tại Đà Nẵng\n"
        "Minh Khang\n03/02/2026 - 08:15\n\n"
        f"{_LEAD_VI}\n\n{_MORE_VI}\n\nMinh Khang\n\nTin liên quan\n"
        "Doanh nghiệp gỗ Bình Định tìm thị trường mới\nGiá gỗ keo tăng mạnh đầu năm\n"
    )
    cleaned = clean(text)
    assert cleaned.metadata.author == "Minh Khang"
    assert "Minh Khang" not in cleaned.body


def test_a_name_under_the_stamp_is_the_writer() -> None:
    text = (
        "Phần Lan tìm cơ hội đầu tư chế biến gỗ tại Đà Nẵng\n"
        "Thứ Ba, 03/02/2026 | 08:15\nTrần Thu Hà\n\n"
        f"{_LEAD_VI}\n\n{_MORE_VI}\n\nTrần Thu Hà\n\n© 2026 Báo Doanh Nghiệp Bắc Âu\n"
    )
    assert clean(text).metadata.author == "Trần Thu Hà"


def test_an_english_byline_with_the_place_filed_from_names_the_writer() -> None:
    text = (
        "The Northern Ledger\nWORLD > EUROPE\n\n"
        "Finland and Vietnam set up a forestry research fund\n\n"
        "Aino Korhonen in Helsinki\nMon Feb 2 2026 - 06:00\n\n"
        f"{_LEAD_EN}\n\n{_MORE_EN}\n\n© 2026 The Northern Ledger\n"
    )
    assert clean(text).metadata.author == "Aino Korhonen"


def _docx(tmp_path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "note.docx"
    document.save(str(path))
    return path


_SPEECH_VI = [
    "HIỆP HỘI HỮU NGHỊ VIỆT NAM - PHẦN LAN",
    "Số: 07/HHN-VP",
    "Hà Nội, ngày 2 tháng 2 năm 2026",
    "Phát biểu của Chủ tịch Hiệp hội tại Lễ kỷ niệm quan hệ ngoại giao Việt Nam - Phần Lan",
    "Kính thưa Ngài Đại sứ Phần Lan,",
    "Kính thưa các vị khách quý!",
    _LEAD_VI,
    _MORE_VI,
    "Xin trân trọng cảm ơn!",
    "CHỦ TỊCH HIỆP HỘI",
    "TS. Lương Minh Khôi",
]


def test_a_speech_signed_with_the_office_over_the_name_names_the_speaker(
    tmp_path: Path,
) -> None:
    assert analyse(_docx(tmp_path, _SPEECH_VI)).metadata.author == "Lương Minh Khôi"


def test_a_speakers_name_under_a_deputys_office_and_the_signed_mark(tmp_path: Path) -> None:
    speech = [*_SPEECH_VI[:-2], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH HIỆP HỘI", "(Đã ký)", "Đào Thu Trang"]
    assert analyse(_docx(tmp_path, speech)).metadata.author == "Đào Thu Trang"


def test_an_english_speech_signed_with_the_office_over_the_name_names_the_speaker() -> None:
    text = (
        "EMBASSY OF FINLAND IN HANOI\n\n"
        "Remarks by the Ambassador at the Finland-Vietnam Forestry Forum\n\n"
        f"Excellencies, ladies and gentlemen,\n\n{_LEAD_EN}\n\n{_MORE_EN}\n\nThank you.\n\n"
        "AMBASSADOR OF FINLAND\nKaisa Mäkinen\n"
    )
    assert clean(text).metadata.author == "Kaisa Mäkinen"


def test_a_notes_signer_stays_no_author(tmp_path: Path) -> None:
    # the same signature under a note with its recipients: the issuer's head, no writer
    note = [
        "SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG",
        "Số: 112/SCT-QLTM",
        "Đà Nẵng, ngày 4 tháng 2 năm 2026",
        "BÁO CÁO",
        "Kết quả tiếp đoàn doanh nghiệp Phần Lan",
        "Kính gửi: Ủy ban nhân dân thành phố",
        _LEAD_VI,
        _MORE_VI,
        "Sở Công Thương kính báo cáo./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Lương Minh Khôi",
    ]
    assert analyse(_docx(tmp_path, note)).metadata.author == ""


def test_a_boxs_heading_at_the_foot_is_no_byline() -> None:
    text = (
        "FINNISH TRADE BOARD\n\nFinland and Vietnam set up a forestry research fund\n\n"
        f"{_LEAD_EN}\n\n{_MORE_EN}\n\n"
        "Share this: Facebook X LinkedIn\nLatest Stories\n"
        "Board opens office in Ho Chi Minh City\nExport credit line renewed for 2026\n"
        "© 2026 Finnish Trade Board. All Rights Reserved.\n"
    )
    assert clean(text).metadata.author == ""


def test_a_sign_off_right_under_the_last_paragraph_stays_the_writer() -> None:
    text = (
        "Finland and Vietnam set up a forestry research fund\n\n"
        f"{_LEAD_EN}\n\n{_MORE_EN}\n\nAino Korhonen\n"
        "Board opens office in Ho Chi Minh City\nExport credit line renewed for 2026\n"
    )
    assert clean(text).metadata.author == "Aino Korhonen"
