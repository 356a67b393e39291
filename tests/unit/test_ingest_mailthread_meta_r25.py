"""A forwarded mail thread is read at its innermost mail: subject, sending unit, sent day
(ingest/mailthread.py, the metadata side)."""

from briefer.ingest.mailhead import read_mail
from briefer.ingest.mailthread import sent_day, thread_start

_VI = """---------- Forwarded message ---------
Từ: Nguyễn Văn An <annv@bo.gov.vn>
Date: Thứ Sáu, 7 thg 3, 2025 lúc 08:30
Subject: Fwd: Tình hình xuất khẩu sang Chile quý I
To: Phòng Tổng hợp <th@bo.gov.vn>

Chuyển các anh chị tham khảo.

---------- Forwarded message ---------
Từ: Thương vụ Việt Nam tại Chile <cl@bo.gov.vn>
Date: Thứ Năm, 6 thg 3, 2025 lúc 17:05
Subject: Tình hình xuất khẩu sang Chile quý I
To: Vụ Thị trường châu Mỹ <vtm@bo.gov.vn>

Kính gửi: Vụ Thị trường châu Mỹ
"""

_EN = """-----Original Message-----
From: Embassy of Viet Nam in Kenya <ke@mofa.gov.vn>
Sent: Tuesday, April 8, 2025 9:12 AM
To: Africa Desk <africa@mofa.gov.vn>
Subject: RE: Tea imports from Kenya

Dear colleagues,
"""


def test_thread_read_at_innermost_mail_vi() -> None:
    mail = read_mail(_VI)
    assert mail is not None
    assert mail.title == "Tình hình xuất khẩu sang Chile quý I"
    assert mail.sender == "Thương vụ Việt Nam tại Chile"
    assert mail.sent == "2025-03-06"


def test_thread_read_after_original_message_en() -> None:
    mail = read_mail(_EN)
    assert mail is not None
    assert mail.title == "Tea imports from Kenya"
    assert mail.sender == "Embassy of Viet Nam in Kenya"
    assert mail.sent == "2025-04-08"


def test_thread_start_only_when_text_opens_on_separator() -> None:
    lines = ["Kính gửi anh chị,", "---------- Forwarded message ---------", "From: A"]
    assert thread_start(lines) == 0
    assert thread_start(["", "Begin forwarded message:", "From: A"]) == 2


def test_sent_day_reads_both_languages() -> None:
    assert sent_day("Thứ Hai, 20 tháng 10, 2025 4:12 CH") == "2025-10-20"
    assert sent_day("Thursday, November 20, 2025 3:12 PM") == "2025-11-20"
    assert sent_day("20 Nov 2025 15:12") == "2025-11-20"
    assert sent_day("hôm qua") == ""
