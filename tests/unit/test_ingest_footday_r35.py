"""A running foot's day dates a printed document (briefer.ingest.footday)."""

from briefer.ingest.footday import foot_day


def test_foot_day_vi() -> None:
    text = "Bài phát biểu\nNội dung.\nĐà Lạt, 7/9/2025 – Trang 3"
    assert foot_day(text) == "2025-09-07"


def test_foot_day_en() -> None:
    assert foot_day("Remarks\nText.\nSuva, 21/11/2025 | Page 2/6") == "2025-11-21"


def test_prose_day_is_no_foot() -> None:
    assert foot_day("Hội nghị diễn ra tại Huế, ngày 7/9/2025 với 200 đại biểu.") == ""
