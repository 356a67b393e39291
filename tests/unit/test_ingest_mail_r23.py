"""A mail pasted as text: its header block gives the title (the subject, as the body prints
it when it does) and the outlet (the sending unit, as the body writes its name); on wording of
our own, in Vietnamese and English."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.mailhead import printed_heading, read_mail, sender_body, subject_title

_VI = """From: Van phong Xuc tien Thuong mai tai Hai Phong <xttm@haiphong.gov.vn>
Sent: Monday, March 2, 2026 9:40 AM
To: doanhnghiep@lists.example.vn
Subject: Fwd: [Bản tin tuần] Na Uy - xuất khẩu thủy sản tháng 2/2026

VĂN PHÒNG XÚC TIẾN THƯƠNG MẠI TẠI HẢI PHÒNG

Bản tin thị trường Na Uy: Xuất khẩu thủy sản của Việt Nam tháng 2/2026 tăng mạnh

Tháng 2/2026, xuất khẩu thủy sản của Việt Nam sang Na Uy đạt 12 triệu USD, \
tăng 15% so với cùng kỳ năm 2025.

Trân trọng,
Văn phòng Xúc tiến Thương mại tại Hải Phòng
"""

_EN = """From: "Trade Office of the Embassy in Lima" <trade@example.org>
Date: 3 February 2026
Subject: RE: Peru coffee imports from Viet Nam, January 2026

Dear partners,

Peru imported coffee worth US$4 million from Viet Nam in January 2026, \
up 9 percent on a year earlier.
"""


def test_subject_without_client_marks_and_list_tag() -> None:
    assert subject_title("Fwd: TR: [Tin tuần] Xuất khẩu gạo quý I") == "Xuất khẩu gạo quý I"
    assert subject_title("RE: Coffee exports") == "Coffee exports"
    # (a colon inside the subject is its own: only the marks before it go)
    assert subject_title("Tin thị trường: gạo") == "Tin thị trường: gạo"


def test_the_heading_the_body_prints_in_full_is_the_title() -> None:
    mail = read_mail(_VI)
    assert mail is not None
    assert mail.title == (
        "Bản tin thị trường Na Uy: Xuất khẩu thủy sản của Việt Nam tháng 2/2026 tăng mạnh"
    )


def test_a_sender_without_accents_is_named_as_the_body_writes_it() -> None:
    mail = read_mail(_VI)
    assert mail is not None
    assert mail.sender == "Văn phòng Xúc tiến Thương mại tại Hải Phòng"


def test_an_english_subject_with_no_heading_in_the_body_is_the_title() -> None:
    mail = read_mail(_EN)
    assert mail is not None
    assert mail.title == "Peru coffee imports from Viet Nam, January 2026"
    assert mail.sender == "Trade Office of the Embassy in Lima"


def test_a_person_sending_is_no_outlet() -> None:
    assert sender_body("Nguyen Van Binh <binh@example.vn>", "Nguyễn Văn Bình") == ""
    assert sender_body("binh@example.vn", "") == ""
    # ("Đoàn" is a surname as well as the word a union's name opens on)
    assert sender_body("Doan Van Binh <binh@example.vn>", "Đoàn Văn Bình") == ""
    assert sender_body("Doan Thanh nien <dtn@example.vn>", "Đoàn Thanh niên") == "Đoàn Thanh niên"


def test_a_sentence_holding_the_subjects_words_is_no_heading() -> None:
    body = ["Xin gửi thông tin xuất khẩu thủy sản sang Na Uy tháng 2/2026 như sau:"]
    assert printed_heading("Na Uy - xuất khẩu thủy sản tháng 2/2026", body) == ""


def test_a_text_that_is_no_mail() -> None:
    assert read_mail("Xuất khẩu gạo tăng\n\nTừ đầu năm, xuất khẩu gạo tăng 10%.") is None
    # (a note's "Kính gửi:" line alone is no mail header)
    assert read_mail("Kính gửi: Các doanh nghiệp\n\nNội dung.") is None


def test_a_pasted_mail_names_its_title_and_outlet(tmp_path: Path) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(_VI, encoding="utf-8")
    meta = analyse(path).metadata
    assert meta.title.startswith("Bản tin thị trường Na Uy: Xuất khẩu thủy sản")
    assert meta.outlet == "Văn phòng Xúc tiến Thương mại tại Hải Phòng"
