"""A scan's masthead in capitals as OCR misreads it ("GIỚl", "G1ỚI"): the I it printed, so
the masthead names its outlet (ocrcaps.py, asked by mastheads.masthead_name; wording of our
own)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.ocrcaps import caps_repaired


def test_an_l_or_a_1_among_capitals_is_the_i_printed() -> None:
    assert caps_repaired("AN NINH THẾ GIỚl") == "AN NINH THẾ GIỚI"
    assert caps_repaired("THẾ G1ỚI") == "THẾ GIỚI"
    assert caps_repaired("lNTERNATIONAL TRADE") == "INTERNATIONAL TRADE"


def test_a_line_not_in_capitals_or_a_code_is_left_alone() -> None:
    assert caps_repaired("Thế giới và Việt Nam") == "Thế giới và Việt Nam"
    assert caps_repaired("Hall H1, QUẬN Q1") == "Hall H1, QUẬN Q1"  # (a code's 1)
    assert caps_repaired("GlỚ") == "GlỚ"  # (too few letters to tell capitals)
    assert caps_repaired("BÁO THẾ GIỚI") == "BÁO THẾ GIỚI"


def test_a_scanned_masthead_misread_names_its_outlet(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_text(
        "BÁO THẾ GIỚl VÀ VIỆT NAM\n\nXuất khẩu cà phê sang Đức tăng mạnh\n\n"
        "Năm 2025, xuất khẩu cà phê của Việt Nam sang Đức đạt 1,2 tỷ USD, tăng 30% so với "
        "năm 2024.\n\nHai bên đang bàn mở rộng hợp tác thương mại.\n",
        encoding="utf-8",
    )
    meta = analyse(path).metadata
    assert meta.outlet == "Báo Thế giới và Việt Nam"  # (the title the masthead prints)
    assert meta.title == "Xuất khẩu cà phê sang Đức tăng mạnh"
