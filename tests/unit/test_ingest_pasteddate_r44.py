"""A pasted page's day: the dateline under its headline, not the top bar's day."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.pasteddate import bar_day, headline_day, pasted_day
from tests.imported import imported

_EN = """Tuesday, March 3, 2026 | Lisbon 14°C
News World Markets Travel
Harbour authority approves new container terminal for the north quay
Ana Ribeiro · Mar 2, 2026 · 3 Comments
The port authority approved on Monday a new container terminal, officials said on the quay.
"""

_VI = """Thứ Ba, 03/03/2026 Đăng nhập
Trang chủ Thời sự Kinh tế
Tỉnh ven biển đẩy mạnh xuất khẩu tôm sang thị trường Trung Đông
Minh Thư | 08:10 | 01-03-2026
Sáng 28/2, sở công thương tỉnh tổ chức hội nghị kết nối doanh nghiệp tôm với nhà nhập khẩu.
"""

_EN_TITLE = "Harbour authority approves new container terminal for the north quay"
_VI_TITLE = "Tỉnh ven biển đẩy mạnh xuất khẩu tôm sang thị trường Trung Đông"


def test_dateline_under_the_headline() -> None:
    assert headline_day(_EN, _EN_TITLE) == "2026-03-02"
    assert headline_day(_VI, _VI_TITLE) == "2026-03-01"
    assert bar_day(_EN, _EN_TITLE) == "2026-03-03"


def test_dateline_over_no_day_a_year_or_the_top_bar() -> None:
    assert pasted_day(_EN, _EN_TITLE, "") == "2026-03-02"
    assert pasted_day(_VI, _VI_TITLE, "2026") == "2026-03-01"
    assert pasted_day(_VI, _VI_TITLE, "2026-03-03") == "2026-03-01"  # (the bar's today)


def test_a_day_the_text_read_otherwise_stays() -> None:
    assert pasted_day(_EN, _EN_TITLE, "2026-02-27") == ""
    assert pasted_day(_EN, "A headline that is not in the text at all", "") == ""


def test_a_pasted_page_imported_is_dated_by_its_dateline_not_its_top_bar(tmp_path: Path) -> None:
    # (through the import: the top bar's day, the day the page was copied, would be taken)
    assert imported(tmp_path, _EN).metadata.published_on == "2026-03-02"
