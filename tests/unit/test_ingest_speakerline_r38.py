"""A speech's kind line, then the line naming its speaker ("của …", "by …"), then the title."""

from pathlib import Path

from briefer.ingest.clean import clean
from briefer.ingest.dochead import title_under_kind
from tests.imported import imported

_SPEECH_VI = """HỘI HỮU NGHỊ VIỆT NAM - KENYA

Hà Nội, ngày 12 tháng 12 năm 2025

BÀI PHÁT BIỂU

của TS. Trần Văn Nam, Chủ tịch Hội Hữu nghị Việt Nam - Kenya

Tại Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Kenya

Kính thưa Ngài Đại sứ, thưa các vị khách quý!

Năm 2024, kim ngạch thương mại Việt Nam - Kenya đạt 250 triệu USD, tăng 12% so với năm trước.

Xin trân trọng cảm ơn!"""

_SPEECH_EN = """KENYA - VIETNAM FRIENDSHIP SOCIETY

Nairobi, 12 December 2025

REMARKS

by Dr. Jane Mwangi, Chair of the Kenya - Vietnam Friendship Society

At the reception marking 60 years of diplomatic relations between Kenya and Vietnam

Your Excellency, distinguished guests,

In 2024, trade between Kenya and Vietnam reached 250 million US dollars, up 12 percent.

Thank you."""


def test_the_speakers_line_under_a_speechs_kind_is_no_title() -> None:
    title = clean(_SPEECH_VI).title
    assert title == "Tại Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Kenya"


def test_the_title_under_the_kind_passes_over_the_speakers_line() -> None:
    assert title_under_kind(_SPEECH_EN, "KENYA - VIETNAM FRIENDSHIP SOCIETY") == (
        "At the reception marking 60 years of diplomatic relations between Kenya and Vietnam"
    )


def test_an_imported_speech_is_titled_by_its_occasion_and_names_its_speaker(
    tmp_path: Path,
) -> None:
    meta = imported(tmp_path, _SPEECH_VI).metadata
    assert (meta.title, meta.author, meta.published_on) == (
        "Tại Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Kenya",
        "Trần Văn Nam",
        "2025-12-12",
    )


def test_an_imported_english_speech_is_titled_by_its_occasion(tmp_path: Path) -> None:
    meta = imported(tmp_path, _SPEECH_EN).metadata
    assert meta.title == (
        "At the reception marking 60 years of diplomatic relations between Kenya and Vietnam"
    )
