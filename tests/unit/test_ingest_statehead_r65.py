"""A capitals line with a figure under a ministry's masthead is a title naming a country
("BẢN TIN THỊ TRƯỜNG X QUÝ II/2025"), not the foreign state whose ministry the masthead
would be (r65)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_TEXT = """BỘ CÔNG THƯƠNG - CỤC XUẤT NHẬP KHẨU

BẢN TIN THỊ TRƯỜNG BA LAN QUÝ II/2025

1. Thương mại song phương

Quý II/2025, kim ngạch thương mại Việt Nam - Ba Lan đạt 1,2 tỷ USD, tăng 8% so với cùng kỳ năm 2024.

Việt Nam xuất khẩu sang Ba Lan chủ yếu điện thoại, máy tính và cà phê.
"""


def test_title_with_figure_is_no_foreign_state(tmp_path: Path) -> None:
    path = tmp_path / "bantin.txt"
    path.write_text(_TEXT, encoding="utf-8")
    meta = analyse(path).metadata
    assert meta.title == "BẢN TIN THỊ TRƯỜNG BA LAN QUÝ II/2025"
    assert meta.outlet.startswith("Cục Xuất nhập khẩu")
