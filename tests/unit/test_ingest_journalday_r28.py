"""A journal article dated only by its history's acceptance day takes that day, not a year
the text names ("giai đoạn 2015-2024" in its title or first figures)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse


def test_acceptance_day_outranks_a_year_in_the_text(tmp_path: Path) -> None:
    page = tmp_path / "bai-bao.txt"
    page.write_text(
        "TẠP CHÍ NGHIÊN CỨU CHÂU PHI\n\n"
        "Thương mại Việt Nam - Kenya giai đoạn 2014-2023: thực trạng và giải pháp\n\n"
        "Nguyễn Văn An\n\n"
        "Ngày nhận: 5/2/2025 - Ngày nhận lại: 1/3/2025 - Ngày duyệt đăng: 20/3/2025\n\n"
        "Kim ngạch thương mại song phương tăng từ 90 triệu USD năm 2014 lên 310 triệu USD năm "
        "2023, tốc độ tăng bình quân khoảng 15%/năm.\n\n"
        "Việt Nam và Kenya thiết lập quan hệ ngoại giao ngày 21/12/1995.\n",
        encoding="utf-8",
    )
    assert analyse(page).metadata.published_on == "2025-03-20"
