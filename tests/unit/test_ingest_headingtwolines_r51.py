"""A heading in capitals over two lines (r51): under a letterhead, "THÔNG TIN CƠ BẢN" over a
capitals line going on with it ("VỀ …") is one title, not a kind line over its headline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.corpus import build_docx
from briefer.ingest.analysis import analyse


def _note(tmp_path: Path, first: str, second: str) -> str:
    spec: dict[str, Any] = {
        "blocks": [
            {"table": [["BỘ NGOẠI GIAO", "VỤ CHÂU ÂU", "Số: 210/CAU-TH"],
                       ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "Hà Nội, ngày 3 tháng 12 năm 2025"]]},
            {"p": first, "bold": True, "align": "center"},
            {"p": second, "bold": True, "align": "center"},
            {"p": "I. KHÁI QUÁT", "bold": True},
            {"p": "Lát-vi-a là quốc gia vùng Baltic, dân số khoảng 1,9 triệu người."},
            {"p": "II. QUAN HỆ VỚI VIỆT NAM", "bold": True},
            {"p": "Hai nước thiết lập quan hệ ngoại giao ngày 12/2/1992; năm 2024 kim ngạch "
                  "thương mại đạt 95 triệu USD."},
        ]
    }  # fmt: skip
    path = tmp_path / "note.docx"
    build_docx(spec, path)
    return analyse(path).metadata.title


def test_a_second_line_going_on_with_the_first_is_the_rest_of_the_title(tmp_path: Path) -> None:
    title = _note(tmp_path, "THÔNG TIN CƠ BẢN", "VỀ CỘNG HÒA LÁT-VI-A VÀ QUAN HỆ HỢP TÁC HAI NƯỚC")
    assert title == "THÔNG TIN CƠ BẢN VỀ CỘNG HÒA LÁT-VI-A VÀ QUAN HỆ HỢP TÁC HAI NƯỚC"


def test_a_kind_line_over_a_headline_of_its_own_stays_a_kind(tmp_path: Path) -> None:
    title = _note(tmp_path, "BÁO CÁO", "Kết quả làm việc với Đại sứ quán Lát-vi-a năm 2025")
    assert title == "Kết quả làm việc với Đại sứ quán Lát-vi-a năm 2025"
