"""Round 29: a document's own "posted on" stamp dates it over its dateline's day."""

from __future__ import annotations

from briefer.ingest.postedday import posted_day


def test_posted_stamp_vietnamese() -> None:
    text = "Hà Nội, ngày 10/6/2026\nPHÁT BIỂU\nNội dung.\nBan Tuyên giáo | Đăng ngày 11/6/2026"
    assert posted_day(text) == "2026-06-11"
    assert posted_day("Ngày đăng: 03-02-2025 | Lượt xem: 1.204") == "2025-02-03"


def test_posted_stamp_english() -> None:
    text = "Geneva, 2 May 2026\nStatement by the Minister\n…\nPublished on Monday, 4 May 2026"
    assert posted_day(text) == "2026-05-04"
    assert posted_day("Posted on: 2025-03-12") == "2025-03-12"


def test_no_stamp_or_stamp_without_day() -> None:
    assert posted_day("Hà Nội, ngày 10 tháng 6 năm 2026\nNội dung bài viết.") == ""
    assert posted_day("Published on our website in 2026 after review") == ""
    # (a day later in the row, after another figure, is not the stamp's own)
    assert posted_day("Đăng ngày 12 lượt, cập nhật 14/5/2026") == ""
