"""Rules added after the held-out set ``unseen6`` was first measured (issue 19, seventh
round), each tested on wording of its own (other outlets, countries and names than the set's
files): a stamp's age or reading time, the site's clock, …
"""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean

_TITLE = "Hai tỉnh biên giới bàn cách mở rộng giao thương với Lào"
_LEAD = (
    "Sáng 12/6, tại TP Vinh, lãnh đạo tỉnh Nghệ An tiếp đoàn công tác của tỉnh "
    "Xiêng Khoảng (Lào) do Phó Tỉnh trưởng dẫn đầu."
)
_MORE = "Hai bên trao đổi về hợp tác nông nghiệp, y tế và du lịch trong thời gian tới."


def test_a_stamp_with_its_age_or_reading_time_dates_the_page() -> None:
    for stamp, day in (
        ("14/06/2023 09:40 (GMT+7) · 3 giờ trước", "2023-06-14"),
        ("March 9, 2024 · 6 min read", "2024-03-09"),
        ("21/02/2022 · 5 phút đọc", "2022-02-21"),
    ):
        cleaned = clean(f"{_TITLE}\n{stamp}\n{_LEAD}\n{_MORE}")
        assert cleaned.metadata.published_on == day, stamp
        assert "trước" not in cleaned.body and "read" not in cleaned.body


def test_the_sites_clock_above_the_page_never_dates_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Giao thương Lào</title></head><body>"
        '<div class="top"><span class="today">Thứ Hai, 01/12/2025</span></div>'
        f"<article><h1>{_TITLE}</h1>"
        '<p class="post-meta">Thứ Sáu, 13/6/2025, 10:20</p>'
        f"<p>{_LEAD}</p><p>{_MORE}</p></article></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.published_on == "2025-06-13"
