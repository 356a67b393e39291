"""Days of r37: a broadcast's head dates its airing; a series' running head dates its
number; a periodical dated by its month alone gives the month."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.airday import air_day
from briefer.ingest.analysis import analyse


def test_bulletin_head_dates_its_airing() -> None:
    text = (
        "ĐÀI PHÁT THANH X\nBAN THỜI SỰ\nBẢN TIN THỜI SỰ 19H00 - CHỦ NHẬT, 14/12/2025\n\n"
        "Sáng 13/12, tại thành phố X, …"
    )
    assert air_day(text, "2025-12-13") == "2025-12-14"
    english = "RADIO EXAMPLE\nEVENING NEWS – Saturday 7 March 2026\n\nOn Friday, …"
    assert air_day(english, "") == "2026-03-07"


def test_a_bulletin_script_is_dated_by_its_airing(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(
        "ĐÀI PHÁT THANH TỈNH MẪU\nBAN THỜI SỰ\nBẢN TIN THỜI SỰ 19H00 - CHỦ NHẬT, 14/12/2025\n\n"
        "Sáng 13/12/2025, tại thành phố Mẫu, Sở Công Thương tiếp đoàn doanh nghiệp Hàn Quốc. "
        "Năm 2025, xuất khẩu của tỉnh sang Hàn Quốc đạt 200 triệu USD.\n",
        encoding="utf-8",
    )
    assert analyse(path).metadata.published_on == "2025-12-14"  # (not the 13th it reports)


def test_head_day_before_the_reported_day_is_no_airing() -> None:
    text = "BẢN TIN THỜI SỰ - 10/12/2025\n\nNgày 12/12/2025, …"
    assert air_day(text, "2025-12-12") == ""


def test_no_programme_no_air_day() -> None:
    assert air_day("BÁO CÁO\nHà Nội, ngày 14/12/2025\n\nNội dung.", "") == ""


def test_series_running_head_dates_its_piece() -> None:
    from briefer.ingest.edgedays import series_day

    assert series_day(["Policy Brief No. 12 | 3 March 2026", "Page 1"]) == "2026-03-03"
    assert series_day(["Bình luận số 45 - 12/11/2025"]) == "2025-11-12"
    # (a browser's print header is no series: no number)
    assert series_day(["11/12/25, 9:14 AM Title - Site"]) == ""


def test_monthly_issue_gives_its_month() -> None:
    from briefer.ingest.edgedays import issue_month

    assert issue_month(["TẠP CHÍ KINH TẾ BIỂN - Số 7 (88) - Tháng 7/2026"]) == "2026-07"
    assert issue_month(["OCEAN REVIEW · No. 4 · April 2026"]) == "2026-04"
    # (a day: the paper's issue day, read elsewhere)
    assert issue_month(["BÁO X - Số 9 - 21/11/2025"]) == ""


def test_foot_with_postal_address_names_the_publisher() -> None:
    from briefer.ingest.footname import foot_publisher

    edges = [
        "Series #4 - 1 May 2026",
        "Harbour Policy Institute - 12 Quay Street, Auckland - Page 1",
    ]
    assert foot_publisher(edges) == "Harbour Policy Institute"
    assert foot_publisher(["Viện Kinh tế Biển · 12 phố Hàng Bài, Hà Nội · Trang 2"]) == (
        "Viện Kinh tế Biển"
    )
    assert foot_publisher(["Trang 1 - www.example.vn"]) == ""
