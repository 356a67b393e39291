"""Rows of a pasted or printed page's head and foot that are the site's, not the article's
(round r50)."""

from briefer.ingest.lines import Line
from briefer.ingest.strayrows import mark_menu_rows


def test_a_trail_from_the_home_link_in_mixed_case_is_the_menu() -> None:
    lines = [
        Line("BÁO ĐIỆN TỬ MIỀN TÂY"),
        Line("Trang chủ Thời sự Người Việt với quê nhà Ký sự"),
        Line("Ký sự"),
        Line("Cần Thơ mở đường bay thẳng sang Seoul từ tháng 10"),
        Line("Thứ Hai, 06/10/2025 | 08:15"),
    ]
    mark_menu_rows(lines)
    assert lines[1].reason == "menu"
    assert lines[3].kept
    row = [Line("Home Europe Asia Pacific Markets Opinion Video"), Line("Asia Pacific")]
    mark_menu_rows(row)
    assert row[0].reason == "menu"


def test_a_headline_with_a_short_line_under_it_stays() -> None:
    lines = [
        Line("Trang chủ"),
        Line("Homeowners in Da Nang Welcome New Flood Barrier"),
        Line("Da Nang"),
        Line("Home loans rise as rates fall in Ho Chi Minh City"),
        Line("Ho Chi Minh City"),
    ]
    mark_menu_rows(lines)
    assert lines[1].kept and lines[3].kept
