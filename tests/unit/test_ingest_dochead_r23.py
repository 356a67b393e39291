"""A document's head under its letterhead: the title under the kind line, the head's day."""

from briefer.ingest.dochead import head_day, title_under_kind
from briefer.ingest.metadata import reporter_in

_SPEECH_VI = """HỘI HỮU NGHỊ VIỆT NAM - PERU

Số 12 Phố Huế, Hai Bà Trưng, Hà Nội

Điện thoại: 024 3000 0000

DIỄN VĂN

Phát biểu tại Lễ kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - Peru

(Hà Nội, ngày 14 tháng 11 năm 2025)

Kính thưa các vị khách quý,
"""

_BULLETIN_EN = """MINISTRY OF TRADE

TRADE SECTION, EMBASSY IN GHANA

12 Independence Avenue, Accra

TRADE BULLETIN No. 4/2025

Issued: 2 May 2025

Distribution: Member firms

Ghana's cocoa exports to Asia climb

Prepared by: Le Thi Hoa, Counsellor
"""


def test_title_under_kind_line_over_address_vi() -> None:
    title = title_under_kind(_SPEECH_VI, "Số 12 Phố Huế, Hai Bà Trưng, Hà Nội")
    assert title == "Phát biểu tại Lễ kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - Peru"


def test_title_under_kind_line_past_fields_en() -> None:
    title = title_under_kind(_BULLETIN_EN, "12 Independence Avenue, Accra")
    assert title == "Ghana's cocoa exports to Asia climb"


def test_title_read_under_kind_line_is_kept() -> None:
    title = "Ghana's cocoa exports to Asia climb"
    assert title_under_kind(_BULLETIN_EN, title) == title
    assert title_under_kind("Một bài báo\n\nNội dung.", "Một bài báo") == "Một bài báo"


def test_head_day_from_note_and_issue_label() -> None:
    assert head_day(_SPEECH_VI) == "2025-11-14"
    assert head_day(_BULLETIN_EN) == "2025-05-02"
    assert head_day("Tin tức\n\nHôm nay trời đẹp.") == ""


def test_prepared_by_with_colon_names_writer() -> None:
    assert reporter_in("Prepared by: Le Thi Hoa, Counsellor") == "Le Thi Hoa"
    assert reporter_in("Prepared by Le Thi Hoa") == "Le Thi Hoa"


def test_kind_line_after_prose_heads_a_box() -> None:
    page = (
        "Trường X thăm Y\n\nNgày 2/3, đoàn đã đến thăm và làm việc với trường.\n\n"
        "THÔNG BÁO\n\nLịch thi học kỳ I\n"
    )
    assert title_under_kind(page, "Trường X thăm Y") == "Trường X thăm Y"
