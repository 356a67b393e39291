"""Round 29: a mailed report's own headline in capitals over its first paragraph."""

from __future__ import annotations

from briefer.ingest.mailcaps import caps_heading
from briefer.ingest.mailhead import read_mail


def test_caps_headline_over_first_paragraph() -> None:
    body = [
        "Kính gửi: Lãnh đạo Vụ,",
        "VIỆT NAM - PERU: MỞ RỘNG XUẤT KHẨU GẠO SANG THỊ TRƯỜNG LIMA",
        "Ngày 3/4/2026, Thương vụ đã tổ chức buổi làm việc với các nhà nhập khẩu gạo tại Lima.",
    ]
    assert caps_heading(body) == "VIỆT NAM - PERU: MỞ RỘNG XUẤT KHẨU GẠO SANG THỊ TRƯỜNG LIMA"
    en = [
        "Dear colleagues,",
        "VIETNAM - CHILE: FRUIT EXPORTS HOLD UP IN MAY",
        "Vietnam's fruit exports to Chile rose 12% in May, the office said.",
    ]
    assert caps_heading(en) == "VIETNAM - CHILE: FRUIT EXPORTS HOLD UP IN MAY"


def test_label_in_capitals_is_no_headline() -> None:
    prose = "Ngày 3/4/2026, Thương vụ đã tổ chức buổi làm việc với nhà nhập khẩu."
    short = ["BÁO CÁO NHANH", prose]
    assert caps_heading(short) == ""
    issue = ["BẢN TIN THỊ TRƯỜNG CHÂU MỸ SỐ 12 NĂM 2026", prose]
    assert caps_heading(issue) == ""


def test_mail_title_is_the_printed_caps_headline() -> None:
    text = (
        "From: Trade Office <x@example.org>\nSent: 2 April 2026\nTo: Desk\n"
        "Subject: [Quick report] Seminar in Lima\n\nDear colleagues,\n"
        "VIETNAM - PERU: RICE EXPORTS TO LIMA GROW FAST\n"
        "Vietnam's rice exports to Peru grew 20% in the first quarter, the office reported.\n"
    )
    mail = read_mail(text)
    assert mail is not None
    assert mail.title == "VIETNAM - PERU: RICE EXPORTS TO LIMA GROW FAST"
