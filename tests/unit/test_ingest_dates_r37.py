"""Days of r37: a broadcast's head dates its airing; a series' running head dates its
number; a periodical dated by its month alone gives the month."""

from __future__ import annotations

from briefer.ingest.airday import air_day


def test_bulletin_head_dates_its_airing() -> None:
    text = (
        "ĐÀI PHÁT THANH X\nBAN THỜI SỰ\nBẢN TIN THỜI SỰ 19H00 - CHỦ NHẬT, 14/12/2025\n\n"
        "Sáng 13/12, tại thành phố X, …"
    )
    assert air_day(text, "2025-12-13") == "2025-12-14"
    english = "RADIO EXAMPLE\nEVENING NEWS – Saturday 7 March 2026\n\nOn Friday, …"
    assert air_day(english, "") == "2026-03-07"


def test_head_day_before_the_reported_day_is_no_airing() -> None:
    text = "BẢN TIN THỜI SỰ - 10/12/2025\n\nNgày 12/12/2025, …"
    assert air_day(text, "2025-12-12") == ""


def test_no_programme_no_air_day() -> None:
    assert air_day("BÁO CÁO\nHà Nội, ngày 14/12/2025\n\nNội dung.", "") == ""
