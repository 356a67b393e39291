"""A numbered section heading under a bulletin's title in capitals is the text's first part,
never the rest of the title (wording of our own)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import build_docx
from briefer.ingest.analysis import analyse


def test_a_numbered_section_heading_stays_in_the_body(tmp_path: Path) -> None:
    spec = {
        "blocks": [
            {"table": [["BỘ CÔNG THƯƠNG", "THƯƠNG VỤ VIỆT NAM TẠI KÊ-NI-A"],
                       ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "Nairobi, ngày 3 tháng 11 năm 2025"]]},
            {"p": "BẢN TIN THỊ TRƯỜNG KÊ-NI-A THÁNG 10/2025", "bold": True, "align": "center"},
            {"p": "1. TÌNH HÌNH THƯƠNG MẠI SONG PHƯƠNG", "bold": True},
            {"p": "9 tháng đầu năm 2025, kim ngạch thương mại Việt Nam - Kê-ni-a đạt 210 triệu "
                  "USD, tăng 7% so với cùng kỳ năm 2024."},
            {"p": "2. THÔNG TIN THỊ TRƯỜNG", "bold": True},
            {"p": "Kê-ni-a nhập khẩu chủ yếu gạo, thép và điện thoại từ Việt Nam."},
        ]
    }  # fmt: skip
    path = tmp_path / "bantin.docx"
    build_docx(spec, path)
    result = analyse(path)
    assert result.metadata.title == "BẢN TIN THỊ TRƯỜNG KÊ-NI-A THÁNG 10/2025"
    assert "1. TÌNH HÌNH THƯƠNG MẠI SONG PHƯƠNG" in result.cleaned.body
