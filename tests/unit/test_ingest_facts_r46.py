"""Key facts and their readings (r46): a summary note is no news-in-brief column; a visit's
and a partnership's cues; which telling of a figure told twice is cited."""

from __future__ import annotations

from briefer.ingest.briefs import brief_column
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata


def _found(body: str, title: str = "", lang: str = "vi", day: str = "2025-11-20") -> list[Candidate]:
    return find_candidates(body, Metadata(title=title, language=lang, published_on=day))


def test_summary_note_is_no_brief_column() -> None:
    assert not brief_column("I. QUAN HỆ CHÍNH TRỊ", "Thông tin tóm tắt về quan hệ Việt Nam - Chile")
    assert brief_column("Xuất khẩu gạo tăng.", "Tin tóm tắt kinh tế ngày 3/11")
    assert brief_column("Xuất khẩu gạo tăng.", "Tin vắn quốc tế")


def test_summary_note_keeps_an_unnamed_flow_of_the_pair() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại song phương Việt Nam - Kenya đạt 210 triệu USD.\n\n"
        "6 tháng đầu năm 2025, kim ngạch thương mại hai chiều đạt 130 triệu USD; trong đó"
        " Việt Nam xuất khẩu 90 triệu USD và nhập khẩu 40 triệu USD."
    )
    found = _found(body, "Thông tin tóm tắt về quan hệ kinh tế Việt Nam - Kenya")
    flows = {c.value: (c.pair, c.period) for c in found if c.unit == "USD"}
    assert flows[130e6] == ("VN-KE", "2025-01..2025-06")
    assert flows[90e6] == ("VN-KE", "2025-01..2025-06")
